import type { FunctionHandlers } from '../../kernel/handler-types';
import { closePeriod } from './close.service';
import { draftGuidance, myGuidance, sendGuidance } from './guidance.service';
import { addHonour, memberHonours, myHonours } from './honours.service';
import { addItem, decideItem, listItems } from './items.service';
import { listSchemes, saveScheme } from './schemes.service';
import { exportScores } from './scores-export';
import { memberAssessment, myAssessment, unitScores } from './scores.service';
import { showcaseStories } from './showcase.service';

export const assessmentApiRoutes = {
  'me.assessment': (input, ctx) => myAssessment(ctx, input.periodId),
  'me.honours': (_input, ctx) => myHonours(ctx),
  'showcase.list': (_input, ctx) => showcaseStories(ctx),
  'me.guidance': (_input, ctx) => myGuidance(ctx),
} satisfies Partial<FunctionHandlers<'api'>>;

export const assessmentAdminRoutes = {
  'admin.assessmentSchemeSave': (input, ctx) => saveScheme(ctx, input),
  'admin.assessmentSchemes': (input, ctx) => listSchemes(ctx, input.unitId),
  'admin.assessmentItemAdd': (input, ctx) => addItem(ctx, input),
  'admin.assessmentItems': (input, ctx) => listItems(ctx, input.unitId, input.status),
  'admin.assessmentItemDecide': (input, ctx) => decideItem(ctx, input),
  'admin.assessmentScores': (input, ctx) => unitScores(ctx, input.unitId, input.periodId),
  'admin.assessmentMember': (input, ctx) => memberAssessment(ctx, input.memberId, input.periodId),
  'admin.assessmentClose': (input, ctx) => closePeriod(ctx, input.unitId, input.periodId),
  'admin.assessmentExport': (input, ctx) => exportScores(ctx, input.unitId, input.periodId),
  'admin.honourAdd': (input, ctx) => addHonour(ctx, input),
  'admin.honours': (input, ctx) => memberHonours(ctx, input),
  'admin.guidanceDraft': (input, ctx) => draftGuidance(ctx, input.memberId, input.periodId),
  'admin.guidanceSend': (input, ctx) => sendGuidance(ctx, input.guidanceId, input.message),
} satisfies Partial<FunctionHandlers<'admin'>>;
