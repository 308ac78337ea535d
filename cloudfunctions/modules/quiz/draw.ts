import { randomInt } from 'node:crypto';
import type { Difficulty } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { shownBy } from './question-seal';
import { quizRepository } from './quiz.repository';

/**
 * Random draws of active questions from the banks on a unit path, without loading the bank: count the
 * matches, then fetch single documents at random offsets. Already chosen ids are excluded, and so are
 * questions sealed past `revealAt`, when this paper's answers will be shown (see question-seal).
 */
export async function drawQuestions(
  ctx: CallContext,
  bankUnitIds: string[],
  count: number,
  exclude: Set<string>,
  revealAt: number,
  criteria: { tag?: string; difficulty?: Difficulty } = {},
): Promise<string[]> {
  const { questions } = quizRepository(ctx.store);
  const filter: Filter = {
    ...shownBy(revealAt),
    status: 'active',
    bankUnitId: { $in: bankUnitIds },
    ...(exclude.size ? { _id: { $nin: [...exclude] } } : {}),
    ...(criteria.tag ? { tags: criteria.tag } : {}),
    ...(criteria.difficulty ? { difficulty: criteria.difficulty } : {}),
  };
  const available = await questions.count(filter);
  const offsets = new Set<number>();
  while (offsets.size < Math.min(count, available)) offsets.add(randomInt(available));
  const picked: string[] = [];
  for (const offset of offsets) {
    const [doc] = await questions.find(filter, { sort: [['_id', 1]], skip: offset, limit: 1 });
    if (doc) picked.push(doc._id);
  }
  return picked;
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
