import type { CallContext } from '../../kernel/context';
import { quizRepository } from './quiz.repository';
import type { AttemptDoc, QuizDoc } from './quiz.types';
import { reviewOpen, reviewOpensAt } from './review-policy';
import { recordInWrongBook } from './wrong-book';

/**
 * The wrong-answer book shows each question's answer and explanation, so an attempt's questions enter it
 * only when its quiz's review opens: at once (daily, review, `after_submit`), at the close (`after_close`,
 * kept sealed meanwhile), or never (`never`). Sealed attempts are opened when the member next reads their
 * book, home or review, with the grades the attempt holds then (a correction's re-grade included).
 */
export async function recordWhenReviewOpens(ctx: CallContext, attempt: AttemptDoc, quiz: QuizDoc | null) {
  const opensAt = reviewOpensAt(quiz);
  if (opensAt === null) return;
  if (reviewOpen(quiz, ctx.now)) return recordAttempt(ctx, attempt);
  await quizRepository(ctx.store).sealedOutcomes.insert({ _id: attempt._id, memberId: attempt.memberId, opensAt });
}

async function recordAttempt(ctx: CallContext, attempt: AttemptDoc): Promise<void> {
  await recordInWrongBook(
    ctx,
    attempt.memberId,
    attempt.questionIds
      .filter((id) => attempt.results?.[id])
      .map((id) => ({ questionId: id, correct: attempt.results?.[id]?.correct ?? false })),
  );
}

/** Opens the member's sealed attempts whose review has opened: one indexed read, usually empty. */
export async function openSealedOutcomes(ctx: CallContext, memberId: string): Promise<void> {
  const { sealedOutcomes, attempts, quizzes } = quizRepository(ctx.store);
  const due = await sealedOutcomes.find({ memberId, opensAt: { $lte: ctx.now } }, { limit: 20 });
  for (const sealed of due) {
    const attempt = await attempts.get(sealed._id);
    const quiz = attempt?.quizId ? await quizzes.get(attempt.quizId) : null;
    // The quiz may have been edited since: a later close waits, `never` drops the entry.
    const opensAt = reviewOpensAt(quiz);
    if (attempt && opensAt !== null && !reviewOpen(quiz, ctx.now)) {
      await sealedOutcomes.updateWhere({ _id: sealed._id }, { $set: { opensAt } });
      continue;
    }
    // Claimed by removal, so two reads at once record the attempt once.
    if (!(await sealedOutcomes.removeWhere({ _id: sealed._id }))) continue;
    if (attempt && opensAt !== null) await recordAttempt(ctx, attempt);
  }
}
