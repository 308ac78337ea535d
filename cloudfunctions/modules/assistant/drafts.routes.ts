import type { FunctionHandlers } from '../../kernel/handler-types';
import { acceptDraft, generateDrafts, listDrafts, rejectDraft, updateDraft } from './drafts.service';

export const draftsAdminRoutes = {
  'admin.questionDraftsGenerate': (input, ctx) => generateDrafts(ctx, input),
  'admin.questionDrafts': (input, ctx) => listDrafts(ctx, input),
  'admin.questionDraftUpdate': (input, ctx) => updateDraft(ctx, input),
  'admin.questionDraftAccept': (input, ctx) => acceptDraft(ctx, input.draftId),
  'admin.questionDraftReject': (input, ctx) => rejectDraft(ctx, input.draftId),
} satisfies Partial<FunctionHandlers<'admin'>>;
