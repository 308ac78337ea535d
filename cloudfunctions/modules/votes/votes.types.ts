import type { VoteKind, VoteResultPolicy } from '../../../types/labels';

/** A vote of a unit's members; `unitPath` ends with the unit (scope checks and audiences). */
export interface VoteDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  kind: VoteKind;
  title: string;
  description: string;
  /** An election's options are its candidates, each with a short profile. */
  options: Array<{ optionId: string; text: string; profile?: string }>;
  /** In an election, the number to elect. */
  maxChoices: number;
  opensAt: number;
  /** Closing early moves this to the moment of closing. */
  closesAt: number;
  resultPolicy: VoteResultPolicy;
  /** Members entitled to vote when it was published: the denominator of the turnout. */
  eligibleCount: number;
  createdBy: string;
  createdAt: number;
}

/**
 * That a member has voted, and nothing of how. Its id is `<voteId>_<memberId>`, so inserting it is the vote:
 * a second one cannot exist on any store.
 */
export interface ParticipationDoc {
  _id: string;
  voteId: string;
  memberId: string;
  /**
   * SHA-256 of the cast id the member's device chose, the vote and the choices: a retry of the same ballot
   * matches it, a different ballot does not. Without the cast id, which is never stored, it tells nothing.
   * Absent when setup migrated the participation from a ballot stored before secrecy: with no cast id to
   * match, any further ballot by the member is refused.
   */
  receipt?: string;
  /**
   * The ballot (random id and choices), encrypted with the server key, only between the participation and
   * the ballot being stored; removed as soon as the ballot exists, so a crash in between loses nothing.
   */
  pending?: string;
}

/**
 * One anonymous ballot: a random id, the vote and the choices. No member, no time: nothing stored ties it
 * to a participation. The count is taken from the ballots themselves; there is no counter to drift.
 */
export interface BallotDoc {
  _id: string;
  voteId: string;
  choices: string[];
}
