import { randomInt } from 'node:crypto';
import type { Difficulty } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import { MAX_PAGE, type Filter } from '../../store/types';
import { shownBy } from './question-seal';
import { quizRepository } from './quiz.repository';
import type { QuestionDoc } from './quiz.types';

/** Keys are 47 random bits as a fraction in [0, 1) (randomInt takes a range below 2^48): exact in a double. */
const KEY_SPACE = 2 ** 47;

/** The random key a question is stored with (`randKey`); draws walk the bank in key order from a random point. */
export function randomKey(): number {
  return randomInt(KEY_SPACE) / KEY_SPACE;
}

/**
 * Random draws of active questions from the banks on a unit path, without loading or counting the bank:
 * one indexed read of the next `count` questions in `randKey` order from a random key, wrapping around to
 * the lowest keys when the range runs out. Already chosen ids are excluded, and so are questions sealed past
 * `revealAt`, when this paper's answers will be shown (see question-seal).
 */
export async function drawQuestions(
  ctx: CallContext,
  bankUnitIds: string[],
  count: number,
  exclude: Set<string>,
  revealAt: number,
  criteria: { tag?: string; difficulty?: Difficulty } = {},
): Promise<string[]> {
  const filter: Filter = {
    ...shownBy(revealAt),
    status: 'active',
    bankUnitId: { $in: bankUnitIds },
    ...(exclude.size ? { _id: { $nin: [...exclude] } } : {}),
    ...(criteria.tag ? { tags: criteria.tag } : {}),
    ...(criteria.difficulty ? { difficulty: criteria.difficulty } : {}),
  };
  const start = randomKey();
  const picked = await inKeyOrder(ctx, { ...filter, randKey: { $gte: start } }, count);
  if (picked.length < count)
    picked.push(...(await inKeyOrder(ctx, { ...filter, randKey: { $lt: start } }, count - picked.length)));
  return picked;
}

/** Up to `count` ids matching `filter` in key order, a page (MAX_PAGE) per read. */
async function inKeyOrder(ctx: CallContext, filter: Filter, count: number): Promise<string[]> {
  const { questions } = quizRepository(ctx.store);
  const ids: string[] = [];
  let after: number | null = null;
  while (ids.length < count) {
    const limit = Math.min(MAX_PAGE, count - ids.length);
    const page: QuestionDoc[] = await questions.find(
      after === null ? filter : { $and: [filter, { randKey: { $gt: after } }] },
      { sort: [['randKey', 1]], limit },
    );
    ids.push(...page.map((doc) => doc._id));
    if (page.length < limit) break;
    after = page[page.length - 1]!.randKey;
  }
  return ids;
}

/** A random order of `n` positions (Fisher–Yates). */
export function shuffledOrder(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
