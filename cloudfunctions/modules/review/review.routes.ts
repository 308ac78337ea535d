import type { FunctionHandlers } from '../../kernel/handler-types';
import { branchRatings, rateBranch } from './branch-rating.service';
import { recordGrade, tally } from './grading.service';
import { currentReview, rate, submitSelf } from './member-review.service';
import { advanceRound, listRounds, openRound, publishRound } from './rounds.service';
import { reviewSummary } from './summary.service';

export const reviewApiRoutes = {
  'review.current': (_input, ctx) => currentReview(ctx),
  'review.selfSubmit': (input, ctx) => submitSelf(ctx, input.roundId, input.text),
  'review.rate': (input, ctx) => rate(ctx, input.roundId, input.grades),
} satisfies Partial<FunctionHandlers<'api'>>;

export const reviewAdminRoutes = {
  'admin.reviewRounds': (input, ctx) => listRounds(ctx, input.unitId),
  'admin.reviewRoundOpen': (input, ctx) => openRound(ctx, input),
  'admin.reviewRoundAdvance': (input, ctx) => advanceRound(ctx, input.roundId),
  'admin.reviewTally': (input, ctx) => tally(ctx, input.roundId),
  'admin.reviewGrade': (input, ctx) => recordGrade(ctx, input),
  'admin.reviewPublish': (input, ctx) => publishRound(ctx, input.roundId),
  'admin.reviewSummary': (input, ctx) => reviewSummary(ctx, input.unitId, input.year),
  'admin.branchRating': (input, ctx) => rateBranch(ctx, input),
  'admin.branchRatings': (input, ctx) => branchRatings(ctx, input.unitId, input.year),
} satisfies Partial<FunctionHandlers<'admin'>>;
