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
  options: Array<{ optionId: string; text: string }>;
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
 * One member's ballot; its id is `<voteId>_<memberId>`, so a second ballot cannot exist. The count is
 * taken from the ballots themselves: there is no counter to drift from them.
 */
export interface BallotDoc {
  _id: string;
  voteId: string;
  memberId: string;
  choices: string[];
  castAt: number;
}
