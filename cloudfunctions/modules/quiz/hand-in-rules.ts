import type { Answer } from '../../../types/schemas/quiz';
import { normaliseBlank } from './grading';
import type { AttemptDoc, QuestionDoc } from './quiz.types';

/*
 * What a hand-in must show before it counts for points and boards: answers to at least half of the
 * questions (a blank or near-blank paper earns nothing), at a pace a person can read (else it is flagged for
 * an admin to confirm or void).
 */

/** What a person needs at least to read a question: 1.5 s, or 25 characters a second. */
const MIN_READ_SECONDS = 1.5;
const READ_CHARS_PER_SECOND = 25;

/** An empty choice, an empty text or no answer at all is not an answer. */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'boolean') return true;
  if (typeof answer === 'string') return normaliseBlank(answer) !== '';
  return answer.length > 0;
}

/** Near-blank: fewer than half of the questions answered (2 of the daily 5, 4 of 8). */
export function isNearBlank(answered: number, questions: number): boolean {
  return answered * 2 < questions;
}

/** Seconds a person needs at least to read the answered questions. */
export function neededSeconds(questions: Map<string, QuestionDoc>, answered: string[]): number {
  const seconds = answered.reduce((sum, id) => {
    const question = questions.get(id);
    const chars = question ? question.stem.length + question.options.join('').length : 0;
    return sum + Math.max(MIN_READ_SECONDS, chars / READ_CHARS_PER_SECOND);
  }, 0);
  return Math.round(seconds * 10) / 10;
}

/** Whether a handed-in attempt counts for points, boards and plans: not near-blank, and not an unconfirmed flag. */
export function countsForRewards(attempt: Pick<AttemptDoc, 'blank' | 'flagged' | 'flagDecision'>): boolean {
  return !attempt.blank && (!attempt.flagged || attempt.flagDecision === 'confirmed');
}

/** Whether a flagged attempt is still kept out of figures: pending or voided. */
export function flagHolds(attempt: Pick<AttemptDoc, 'flagged' | 'flagDecision'>): boolean {
  return Boolean(attempt.flagged) && attempt.flagDecision !== 'confirmed';
}
