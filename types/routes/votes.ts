/** The votes module's routes: members cast one secret ballot; admins publish, close and read the count. */
import * as z from 'zod';
import { Id } from '../schemas/common';
import {
  AdminVoteListInput,
  AdminVoteListOutput,
  VoteCastInput,
  VoteCreateInput,
  VoteDetail,
  VoteIdInput,
  VoteListInput,
  VoteListOutput,
} from '../schemas/votes';
import { route } from '../route-def';

export const voteApiRoutes = {
  'vote.list': route({
    input: VoteListInput,
    output: VoteListOutput,
    access: { role: 'member' },
    writes: false,
    summary: 'Votes of my units, open ones first, with whether I have voted.',
  }),
  'vote.detail': route({
    input: VoteIdInput,
    output: VoteDetail,
    access: { role: 'member', audience: 'vote' },
    writes: false,
    summary: 'One vote: options, my ballot, and the count once the result policy allows.',
  }),
  'vote.cast': route({
    input: VoteCastInput,
    output: VoteDetail,
    access: { role: 'member', audience: 'vote' },
    writes: true,
    summary: 'Casts my one ballot; the same ballot again is a no-op, a different one is refused.',
  }),
};

export const voteAdminRoutes = {
  'admin.voteCreate': route({
    input: VoteCreateInput,
    output: z.object({ voteId: Id }),
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Publishes a vote to a unit’s members, fixing who is entitled to vote.',
  }),
  'admin.voteList': route({
    input: AdminVoteListInput,
    output: AdminVoteListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The votes of a unit’s subtree with turnout.',
  }),
  'admin.voteResults': route({
    input: VoteIdInput,
    output: VoteDetail,
    access: { role: 'branch_admin', scope: 'vote' },
    writes: false,
    summary: 'The count of a vote at any time (never who chose what).',
  }),
  'admin.voteClose': route({
    input: VoteIdInput,
    output: VoteDetail,
    access: { role: 'branch_admin', scope: 'vote' },
    writes: true,
    summary: 'Ends a vote now; ballots after this are refused.',
  }),
};
