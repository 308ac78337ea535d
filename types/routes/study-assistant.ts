/** Issue #19's drafting and path routes: question drafts (AI 出题) for admins, the member's learning path. */
import { Empty } from '../schemas/common';
import {
  DraftAcceptOutput,
  DraftIdInput,
  DraftListInput,
  DraftListOutput,
  DraftRejectOutput,
  DraftsGenerateInput,
  DraftsGenerateOutput,
  DraftUpdateInput,
  QuestionDraft,
} from '../schemas/question-drafts';
import { PathDismissInput, PathDismissOutput, StudyPath } from '../schemas/study-path';
import { route } from '../route-def';

export const studyAssistantApiRoutes = {
  'study.path': route({
    input: Empty,
    output: StudyPath,
    access: { role: 'member' },
    writes: false,
    summary: '学习路径: the next three items with reasons (weak tags, plans, recent study) and today’s review set.',
  }),
  'study.pathDismiss': route({
    input: PathDismissInput,
    output: PathDismissOutput,
    access: { role: 'member', audience: 'content' },
    writes: true,
    summary: 'Hide an item from my learning path (不感兴趣).',
  }),
};

export const studyAssistantAdminRoutes = {
  'admin.questionDraftsGenerate': route({
    input: DraftsGenerateInput,
    output: DraftsGenerateOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Draft questions from a content item for a unit’s bank (model, else key sentences); none enter the bank.',
  }),
  'admin.questionDrafts': route({
    input: DraftListInput,
    output: DraftListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Drafts for a unit’s bank, by content item and status, newest first.',
  }),
  'admin.questionDraftUpdate': route({
    input: DraftUpdateInput,
    output: QuestionDraft,
    access: { role: 'branch_admin', scope: 'questionDraft' },
    writes: true,
    summary: 'Edit a pending draft before accepting it.',
  }),
  'admin.questionDraftAccept': route({
    input: DraftIdInput,
    output: DraftAcceptOutput,
    access: { role: 'branch_admin', scope: 'questionDraft' },
    writes: true,
    summary: 'Put a reviewed draft into the bank as a question citing its passage; accepting again changes nothing.',
  }),
  'admin.questionDraftReject': route({
    input: DraftIdInput,
    output: DraftRejectOutput,
    access: { role: 'branch_admin', scope: 'questionDraft' },
    writes: true,
    summary: 'Discard a pending draft.',
  }),
};
