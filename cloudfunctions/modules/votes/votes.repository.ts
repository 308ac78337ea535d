import type { DocStore } from '../../store/types';
import type { BallotDoc, ParticipationDoc, VoteDoc } from './votes.types';

export function votesRepository(store: DocStore) {
  return {
    votes: store.collection<VoteDoc>('votes'),
    participations: store.collection<ParticipationDoc>('vote_participations'),
    ballots: store.collection<BallotDoc>('vote_ballots'),
  };
}

export const participationId = (voteId: string, memberId: string) => `${voteId}_${memberId}`;
