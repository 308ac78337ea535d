import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { CallContext } from '../../kernel/context';
import { chinaDay, chinaDayStart } from '../shared/china-time';
import { upsert } from '../shared/upsert';
import { quizRepository } from './quiz.repository';
import type { WrongCardDoc } from './quiz.types';

/**
 * The wrong-answer book on FSRS (ts-fsrs, no fuzz so schedules are reproducible): a wrong answer enters the
 * question (or brings it back, Again); a right answer to a question in the book pushes it out (Good).
 * "今日复习" serves the entries due today (China calendar day), so the page and the count agree.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toCard(doc: WrongCardDoc): Card {
  return {
    due: new Date(doc.due),
    stability: doc.stability,
    difficulty: doc.difficulty,
    elapsed_days: doc.elapsedDays,
    scheduled_days: doc.scheduledDays,
    learning_steps: doc.learningSteps,
    reps: doc.reps,
    lapses: doc.lapses,
    state: doc.state,
    last_review: doc.lastReview === null ? undefined : new Date(doc.lastReview),
  } as Card;
}

function fromCard(memberId: string, questionId: string, card: Card, now: number): WrongCardDoc {
  return {
    _id: `${memberId}_${questionId}`,
    memberId,
    questionId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: (card as Card & { learning_steps?: number }).learning_steps ?? 0,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
    updatedAt: now,
  };
}

/** The next card after an answer; a pure step, tested on a fake clock. */
export function scheduleAnswer(
  existing: WrongCardDoc | null,
  memberId: string,
  questionId: string,
  correct: boolean,
  now: number,
) {
  if (!existing && correct) return null;
  const card = existing ? toCard(existing) : createEmptyCard(new Date(now));
  const next = scheduler.next(card, new Date(now), correct ? Rating.Good : Rating.Again).card;
  return fromCard(memberId, questionId, next, now);
}

/** Records the answers of a handed-in attempt in the member's book. */
export async function recordInWrongBook(
  ctx: CallContext,
  memberId: string,
  outcomes: Array<{ questionId: string; correct: boolean }>,
) {
  const { wrongBook } = quizRepository(ctx.store);
  const ids = outcomes.map((o) => `${memberId}_${o.questionId}`);
  const existing = ids.length ? await wrongBook.find({ _id: { $in: ids } }, { limit: ids.length }) : [];
  const byId = new Map(existing.map((doc) => [doc._id, doc]));
  for (const outcome of outcomes) {
    const current = byId.get(`${memberId}_${outcome.questionId}`) ?? null;
    const next = scheduleAnswer(current, memberId, outcome.questionId, outcome.correct, ctx.now);
    if (!next) continue;
    const { _id: _, ...fields } = next;
    await upsert(wrongBook, next, { $set: fields });
  }
}

/** The first instant of tomorrow, China time: a card due before it is today's review. */
export const reviewDueBefore = (now: number) => chinaDayStart(chinaDay(now)) + 86_400_000;

export async function dueCards(ctx: CallContext, memberId: string, limit: number) {
  return quizRepository(ctx.store).wrongBook.find(
    { memberId, due: { $lt: reviewDueBefore(ctx.now) } },
    { sort: [['due', 1]], limit },
  );
}
