import type { Difficulty, QuestionType } from '../../../types/labels';
import type { DraftOrigin, QuestionDraftStatus } from '../../../types/schemas/question-drafts';

/**
 * A question draft, in its own collection (`question_drafts`) that no quiz draw reads: it reaches the bank
 * only when an admin accepts it, as a new question; `bankPath` is the bank unit's path (scope checks).
 */
export interface QuestionDraftDoc {
  _id: string;
  bankUnitId: string;
  bankPath: string[];
  contentId: string;
  contentTitle: string;
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
  explanation: string;
  tags: string[];
  difficulty: Difficulty;
  passage: string;
  passageRef: string;
  origin: DraftOrigin;
  status: QuestionDraftStatus;
  /** Set once accepted: the question it became. Null while it is being put into the bank. */
  questionId: string | null;
  version: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  decidedBy?: string;
  decidedAt?: number;
}
