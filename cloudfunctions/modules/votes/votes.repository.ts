import type { DocStore } from '../../store/types';
import type { BallotDoc, VoteDoc } from './votes.types';

export function votesRepository(store: DocStore) {
  return {
    votes: store.collection<VoteDoc>('votes'),
    ballots: store.collection<BallotDoc>('vote_ballots'),
  };
}

export const ballotId = (voteId: string, memberId: string) => `${voteId}_${memberId}`;
