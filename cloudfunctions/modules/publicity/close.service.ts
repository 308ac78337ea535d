import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { publicityRepository } from './publicity.repository';

/**
 * The close timer: every item whose period ended gets one closing record (its id is the item's), counted
 * from the objections themselves, then `closed`. A second run, or two at once, writes nothing more.
 */
const BATCH = 100;

export async function closeEndedItems(ctx: CallContext): Promise<{ closed: number }> {
  const { items, objections, closings } = publicityRepository(ctx.store);
  let closed = 0;
  for (;;) {
    const due = await items.find(
      { closed: false, withdrawn: false, endsAt: { $lte: ctx.now } },
      { sort: [['endsAt', 1]], limit: BATCH },
    );
    for (const item of due) {
      const [objectionCount, handledCount] = await Promise.all([
        objections.count({ itemId: item._id }),
        objections.count({ itemId: item._id, handled: true }),
      ]);
      let written = true;
      try {
        await closings.insert({
          _id: item._id,
          itemId: item._id,
          unitPath: item.unitPath,
          closedAt: item.endsAt,
          objectionCount,
          handledCount,
        });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        written = false;
      }
      await items.updateWhere({ _id: item._id }, { $set: { closed: true } });
      if (!written) continue;
      closed += 1;
      await appendAudit(ctx, {
        action: 'publicity.close',
        summary: `公示「${item.title}」期满结束，共收到异议 ${objectionCount} 条，已处理 ${handledCount} 条`,
        targetId: item._id,
        targetName: item.title,
        unitPath: item.unitPath,
      });
    }
    if (due.length < BATCH) return { closed };
  }
}
