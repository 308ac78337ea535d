import type { ReviewGrade, ReviewPhase } from '../../../types/review-labels';

export type GradeCounts = Record<ReviewGrade, number>;

/**
 * A branch's 民主评议 round for one year; its id is `<unitId>_<year>`, so a branch has one round a year.
 * `roster` is fixed when it opens: the full and probationary members then in good standing, who are
 * reviewed; those of them who are full members rate (`raters`).
 */
export interface ReviewRoundDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  year: number;
  phase: ReviewPhase;
  deadlines: Record<'self' | 'rating' | 'grading' | 'publicity', number>;
  roster: Array<{ memberId: string; name: string; rates: boolean }>;
  /** Counts per grade of the 组织评定, set when published. */
  outcome?: GradeCounts;
  openedBy: string;
  openedAt: number;
  publishedAt?: number;
}

/** A member's self-assessment (自我评价); its id is `<roundId>_<memberId>`. */
export interface ReviewSelfDoc {
  _id: string;
  roundId: string;
  memberId: string;
  text: string;
  updatedAt: number;
}

/**
 * "Has rated": its id is the round and a keyed hash (server key) of the round and the rater, and it holds
 * nothing else once the rater's grades are stored. Between the two writes it carries them encrypted.
 */
export interface RaterMarkDoc {
  _id: string;
  roundId: string;
  pending?: string;
}

/** One grade from one anonymous sheet: a random id, the round, the member graded, the grade. Nothing else. */
export interface ReviewRatingDoc {
  _id: string;
  roundId: string;
  rateeId: string;
  grade: ReviewGrade;
}

/** The branch's 组织评定 of one member; its id is `<roundId>_<memberId>`, so a member has one grade. */
export interface ReviewGradeDoc {
  _id: string;
  roundId: string;
  unitId: string;
  memberId: string;
  memberName: string;
  grade: ReviewGrade;
  reason: string;
  gradedBy: string;
  gradedAt: number;
}

/** 支部评星定级 of one branch for one year; its id is `<unitId>_<year>`. */
export interface BranchRatingDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  year: number;
  stars: number;
  note: string;
  ratedBy: string;
  ratedAt: number;
}
