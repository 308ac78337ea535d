import type { CallContext } from '../../kernel/context';
import { quizRepository } from '../quiz/quiz.repository';
import { reviewDueBefore } from '../quiz/wrong-book';
import type { WeakTag } from './path-rank';

/**
 * What the wrong-answer book says about a member: the tags they miss most, and today's review set — the
 * questions due, shown by stem and tags only. Answers stay in the quiz, shown after answering (今日复习).
 */
const BOOK_READ = 100;
const REVIEW_SHOWN = 5;
const WEAK_TAGS_SHOWN = 5;

/** A card enters the book with a wrong answer; each later lapse is another. */
const missesOf = (card: { lapses: number }) => card.lapses + 1;

export async function wrongBookFacts(ctx: CallContext, memberId: string) {
  const { wrongBook, questions } = quizRepository(ctx.store);
  const dueBefore = reviewDueBefore(ctx.now);
  const [cards, dueCount] = await Promise.all([
    wrongBook.find({ memberId }, { sort: [['due', 1]], limit: BOOK_READ }),
    wrongBook.count({ memberId, due: { $lt: dueBefore } }),
  ]);
  const ids = cards.map((card) => card.questionId);
  const docs = ids.length ? await questions.find({ _id: { $in: ids } }, { limit: ids.length }) : [];
  const byId = new Map(docs.filter((doc) => doc.status !== 'retired').map((doc) => [doc._id, doc]));
  const misses = new Map<string, number>();
  for (const card of cards)
    for (const tag of byId.get(card.questionId)?.tags ?? []) misses.set(tag, (misses.get(tag) ?? 0) + missesOf(card));
  const weakTags: WeakTag[] = [...misses]
    .map(([tag, count]) => ({ tag, misses: count }))
    .sort((a, b) => b.misses - a.misses || a.tag.localeCompare(b.tag, 'zh-CN'))
    .slice(0, WEAK_TAGS_SHOWN);
  const items = cards
    .filter((card) => card.due < dueBefore && byId.has(card.questionId))
    .slice(0, REVIEW_SHOWN)
    .map((card) => {
      const question = byId.get(card.questionId)!;
      return {
        questionId: question._id,
        type: question.type,
        stem: question.stem,
        tags: question.tags,
        misses: missesOf(card),
      };
    });
  return { weakTags, review: { dueCount, items } };
}
