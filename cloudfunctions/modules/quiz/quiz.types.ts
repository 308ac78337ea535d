import type {
  AttemptMode,
  Difficulty,
  PartialCredit,
  QuestionStatus,
  QuestionType,
  QuizKind,
  ReviewPolicy,
} from '../../../types/labels';
import type { Answer } from '../../../types/schemas/quiz';

/** The editable content of a question; earlier versions are kept in `history`. */
export interface QuestionContent {
  stem: string;
  options: string[];
  /** Option letters, 对/错, or the accepted blank answers (the admin's notation). */
  answer: string[];
  explanation: string;
}

/** A question of a unit's bank; `bankPath` is the bank unit's path ending with the unit (scope checks). */
export interface QuestionDoc extends QuestionContent {
  _id: string;
  bankUnitId: string;
  bankPath: string[];
  type: QuestionType;
  /** The stem normalised (width, spaces, punctuation): an index to find duplicate candidates (question-identity). */
  stemKey: string;
  /** A random key in [0, 1), set on creation: random draws read the bank in key order from a random point (draw). */
  randKey: number;
  tags: string[];
  difficulty: Difficulty;
  source: string;
  status: QuestionStatus;
  /** A fixed question of a quiz whose answers are not shown yet: drawn only for papers whose answers wait as long. */
  sealedUntil?: number;
  version: number;
  history: Array<QuestionContent & { version: number; at: number; by: string }>;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** An exam or competition. Questions are fixed ones plus random draws, composed per attempt. */
export interface QuizDoc {
  _id: string;
  kind: QuizKind;
  title: string;
  unitId: string;
  unitPath: string[];
  audienceUnitIds: string[];
  /** Competitions: members of each audience unit at publication, the base of participation. */
  audienceCounts?: Record<string, number>;
  fixedQuestionIds: string[];
  draws: Array<{ tag?: string; difficulty?: Difficulty; count: number }>;
  opensAt: number;
  closesAt: number;
  timeLimitMinutes: number | null;
  attemptLimit: number;
  passPercent: number;
  shuffle: boolean;
  reviewPolicy: ReviewPolicy;
  partialCredit: PartialCredit;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface GradedAnswer {
  given: Answer | null;
  correct: boolean;
  score: number;
}

/**
 * One attempt. Exam attempts are `<quiz>_<member>_<n>` with n ≤ the attempt limit, daily ones
 * `daily_<member>_<day>`: the ids themselves make limits hold under races. `optionOrders[q][i]` is the
 * original index of the option shown at position i. Handing in is claimed on `status: 'open'`.
 */
export interface AttemptDoc {
  _id: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitPath: string[];
  mode: AttemptMode;
  quizId: string | null;
  title: string;
  questionIds: string[];
  optionOrders: Record<string, number[]>;
  partialCredit: PartialCredit;
  startedAt: number;
  deadline: number | null;
  /** By slot `s<position in questionIds>` (see attempts.service). */
  saved: Record<string, { answer: Answer; at: number }>;
  status: 'open' | 'submitted';
  submittedAt?: number;
  results?: Record<string, GradedAnswer>;
  score?: number;
  maxScore: number;
  percent?: number;
  passed?: boolean | null;
  /** Too fast to have read the questions: kept off boards and points until an admin confirms it. */
  flagged?: boolean;
  /** An admin's decision on a flagged attempt (see flags.service). */
  flagDecision?: FlagDecision;
  /** Fewer than half of the questions answered: never earns points or a rank. */
  blank?: boolean;
  seconds?: number;
  /** Challenge: the question being answered now. */
  current?: string;
  pointsAwarded?: number;
}

/** A member's best on a board (a quiz, or `challenge`): leaderboards and "my rank" are indexed queries on it. */
export interface ScoreDoc {
  _id: string;
  board: string;
  /** `<board>|<score>`: one indexed equality finds the members holding a score. */
  scoreKey: string;
  memberId: string;
  unitPath: string[];
  score: number;
  seconds: number;
  at: number;
}

/** Members per score on a board (`counts.s<score>`), kept as bests change. */
export interface HistogramDoc {
  _id: string;
  counts: Record<string, number>;
}

/** Per board and unit: participants and the sum of their best scores (see leaderboard.service). */
export interface UnitScoreDoc {
  _id: string;
  board: string;
  unitId: string;
  participants: number;
  sum: number;
}

/** A wrong-answer book entry: the FSRS card of one question for one member. */
export interface WrongCardDoc {
  _id: string;
  memberId: string;
  questionId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: number | null;
  updatedAt: number;
}

export interface ReportDoc {
  _id: string;
  questionId: string;
  bankPath: string[];
  memberId: string;
  reporterName: string;
  reason: string;
  status: 'open' | 'resolved' | 'dismissed';
  createdAt: number;
  resolvedBy?: string;
}

export type FlagDecision = 'confirmed' | 'voided';

/**
 * A flagged attempt waiting for (or carrying) an admin's decision, `_id` = the attempt's id. `reviewPath` is
 * the unit path whose admins decide: the quiz organiser's for exams and competitions, the member's for the
 * daily quiz. Kept apart from attempts so the console lists them by an index without slowing answer saves.
 */
export interface FlagDoc {
  _id: string;
  reviewPath: string[];
  memberId: string;
  memberName: string;
  unitId: string;
  mode: AttemptMode;
  quizId: string | null;
  title: string;
  percent: number;
  seconds: number;
  /** What a person needs at least to read the answered questions. */
  neededSeconds: number;
  submittedAt: number;
  status: 'pending' | FlagDecision;
  reason: string;
  decidedBy: string | null;
  decidedAt: number | null;
}

/**
 * Answers of an attempt whose quiz does not show answers yet (`after_close`), `_id` = the attempt's id: they
 * enter the wrong-answer book when the review opens, since the book shows every answer and explanation.
 */
export interface SealedOutcomeDoc {
  _id: string;
  memberId: string;
  opensAt: number;
}
