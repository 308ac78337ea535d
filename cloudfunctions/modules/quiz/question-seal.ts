import type { CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { quizRepository } from './quiz.repository';
import type { QuizDoc } from './quiz.types';
import { reviewOpensAt } from './review-policy';

/**
 * Banks are shared: a fixed question of a sealed exam could otherwise come up in the daily quiz, a challenge
 * run or an exam that shows answers at once, and give its key away there. When a quiz is saved, its fixed
 * questions carry `sealedUntil` (the latest review opening among such quizzes; `never` seals them for good),
 * and every draw leaves out questions sealed past the time its own answers are shown. Questions a quiz draws
 * at random are not sealed: they are the bank's practice questions by the admin's choice, and sealing each
 * paper's draw would soon empty a small bank of practice until the close.
 */
export const SEALED_FOR_GOOD = Number.MAX_SAFE_INTEGER;

/** When the answers of this quiz's papers are shown; SEALED_FOR_GOOD for never. */
export function revealTime(quiz: Pick<QuizDoc, 'reviewPolicy' | 'closesAt'> | null, now: number): number {
  const opensAt = reviewOpensAt(quiz);
  return opensAt === null ? SEALED_FOR_GOOD : Math.max(opensAt, now);
}

/** Seals the questions until the quiz's review opens (only ever later, never earlier). */
export async function sealQuestions(ctx: CallContext, quiz: QuizDoc, questionIds: string[]): Promise<void> {
  const until = revealTime(quiz, ctx.now);
  if (until <= ctx.now) return;
  const { questions } = quizRepository(ctx.store);
  for (const id of questionIds)
    await questions.updateWhere(
      { _id: id, $or: [{ sealedUntil: { $exists: false } }, { sealedUntil: { $lt: until } }] },
      { $set: { sealedUntil: until } },
    );
}

/** The draw filter for a paper whose answers are shown at `revealAt`. */
export function shownBy(revealAt: number): Filter {
  return { $or: [{ sealedUntil: { $exists: false } }, { sealedUntil: { $lte: revealAt } }] };
}
