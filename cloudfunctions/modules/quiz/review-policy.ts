import type { QuizDoc } from './quiz.types';

/**
 * When a quiz's answers may be shown: the one rule behind every member-facing read (result, wrong-answer
 * book, review). Answer keys, explanations and per-question right/wrong stay on the server until then.
 * The daily quiz, today's review and challenge runs have no quiz and show answers after hand-in.
 */
export function reviewOpensAt(quiz: Pick<QuizDoc, 'reviewPolicy' | 'closesAt'> | null): number | null {
  const policy = quiz?.reviewPolicy ?? 'after_submit';
  if (policy === 'after_submit') return 0;
  if (policy === 'after_close') return quiz!.closesAt;
  return null;
}

export function reviewOpen(quiz: Pick<QuizDoc, 'reviewPolicy' | 'closesAt'> | null, now: number): boolean {
  const opensAt = reviewOpensAt(quiz);
  return opensAt !== null && now > opensAt;
}
