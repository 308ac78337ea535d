import type { Handlers } from '../../kernel/handler-types';
import { closePeriod } from './close.service';
import { draftGuidance, myGuidance, sendGuidance } from './guidance.service';
import { addHonour, memberHonours, myHonours } from './honours.service';
import { addItem, decideItem, listItems } from './items.service';
import { listSchemes, saveScheme } from './schemes.service';
import { exportScores } from './scores-export';
import { memberAssessment, myAssessment, unitScores } from './scores.service';
import { showcaseStories } from './showcase.service';

export const assessmentRoutes = {
  'admin.assessmentSchemeSave': (input, ctx) => saveScheme(ctx, input),
  'admin.assessmentSchemes': (input, ctx) => listSchemes(ctx, input.unitId),
  'admin.assessmentItemAdd': (input, ctx) => addItem(ctx, input),
  'admin.assessmentItems': (input, ctx) => listItems(ctx, input.unitId, input.status),
  'admin.assessmentItemDecide': (input, ctx) => decideItem(ctx, input),
  'admin.assessmentScores': (input, ctx) => unitScores(ctx, input.unitId, input.periodId),
  'admin.assessmentMember': (input, ctx) => memberAssessment(ctx, input.memberId, input.periodId),
  'admin.assessmentClose': (input, ctx) => closePeriod(ctx, input.unitId, input.periodId),
  'admin.assessmentExport': (input, ctx) => exportScores(ctx, input.unitId, input.periodId),
  'me.assessment': (input, ctx) => myAssessment(ctx, input.periodId),
  'admin.honourAdd': (input, ctx) => addHonour(ctx, input),
  'admin.honours': (input, ctx) => memberHonours(ctx, input),
  'me.honours': (_input, ctx) => myHonours(ctx),
  'showcase.list': (_input, ctx) => showcaseStories(ctx),
  'admin.guidanceDraft': (input, ctx) => draftGuidance(ctx, input.memberId, input.periodId),
  'admin.guidanceSend': (input, ctx) => sendGuidance(ctx, input.guidanceId, input.message),
  'me.guidance': (_input, ctx) => myGuidance(ctx),
} satisfies Partial<Handlers>;
