import type { CallContext } from '../../kernel/context';
import { randomKey } from './draw';
import { quizRepository } from './quiz.repository';

const BATCH = 100;

/**
 * Gives every question stored before random keys existed its `randKey`: without one a question is never
 * drawn. Run by `system.setup`; returns how many it updated.
 */
export async function giveQuestionsRandomKeys(ctx: CallContext): Promise<number> {
  const { questions } = quizRepository(ctx.store);
  let updated = 0;
  for (;;) {
    // Each pass takes the first keyless page; the ones just keyed no longer match, so this ends.
    const page = await questions.find({ randKey: { $exists: false } }, { sort: [['_id', 1]], limit: BATCH });
    for (const question of page)
      updated += await questions.updateWhere(
        { _id: question._id, randKey: { $exists: false } },
        { $set: { randKey: randomKey() } },
      );
    if (page.length < BATCH) return updated;
  }
}
