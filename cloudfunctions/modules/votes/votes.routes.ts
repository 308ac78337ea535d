import type { FunctionHandlers } from '../../kernel/handler-types';
import {
  castBallot,
  closeVote,
  createVote,
  listMyVotes,
  listUnitVotes,
  voteDetail,
  voteResults,
} from './votes.service';

export const votesApiRoutes = {
  'vote.list': (input, ctx) => listMyVotes(ctx, input.skip, input.limit),
  'vote.detail': (input, ctx) => voteDetail(ctx, input.voteId),
  'vote.cast': (input, ctx) => castBallot(ctx, input.voteId, input.optionIds, input.castId),
} satisfies Partial<FunctionHandlers<'api'>>;

export const votesAdminRoutes = {
  'admin.voteCreate': (input, ctx) => createVote(ctx, input),
  'admin.voteList': (input, ctx) => listUnitVotes(ctx, input.unitId, input.skip, input.limit),
  'admin.voteResults': (input, ctx) => voteResults(ctx, input.voteId),
  'admin.voteClose': (input, ctx) => closeVote(ctx, input.voteId),
} satisfies Partial<FunctionHandlers<'admin'>>;
