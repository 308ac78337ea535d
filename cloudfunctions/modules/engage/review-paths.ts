import type { CallContext } from '../../kernel/context';
import type { Collection, Doc, Filter } from '../../store/types';
import { engageRepository } from './engage.repository';

/**
 * A task report waiting for review carries its task's unit path (`reviewPath`), so the console's 任务待审
 * badge is one indexed count over the subtree instead of a read of every task in it.
 */
export function countReportsToReview(ctx: CallContext, unitId: string): Promise<number> {
  return engageRepository(ctx.store).assignments.count({ reviewPath: unitId, state: 'submitted' });
}

/**
 * The nightly reconcile's repair (and the backfill of reports from before the path): every waiting report
 * carries its task's path and no other report carries one. Returns how many it changed.
 */
export async function repairReviewPaths(ctx: CallContext): Promise<number> {
  const { tasks, assignments } = engageRepository(ctx.store);
  let repaired = 0;
  for await (const page of pages(assignments, { state: 'submitted' })) {
    const taskIds = [...new Set(page.map((doc) => doc.taskId))];
    const found = await tasks.find({ _id: { $in: taskIds } }, { limit: 100 });
    const pathOf = new Map(found.map((task) => [task._id, task.unitPath]));
    for (const doc of page) {
      const want = pathOf.get(doc.taskId) ?? [];
      if ((doc.reviewPath ?? []).join('/') === want.join('/')) continue;
      await assignments.updateWhere({ _id: doc._id, state: 'submitted' }, { $set: { reviewPath: want } });
      repaired += 1;
    }
  }
  for await (const page of pages(assignments, { state: { $ne: 'submitted' }, reviewPath: { $exists: true } }))
    for (const doc of page) {
      if ((doc.reviewPath ?? []).length === 0) continue;
      await assignments.updateWhere({ _id: doc._id, state: doc.state }, { $set: { reviewPath: [] } });
      repaired += 1;
    }
  return repaired;
}

async function* pages<T extends Doc>(collection: Collection<T>, filter: Filter): AsyncGenerator<T[]> {
  for (let after = ''; ;) {
    const page = await collection.find({ ...filter, _id: { $gt: after } }, { sort: [['_id', 1]], limit: 100 });
    if (page.length > 0) yield page;
    if (page.length < 100) return;
    after = page[page.length - 1]!._id;
  }
}
