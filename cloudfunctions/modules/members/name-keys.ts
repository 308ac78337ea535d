import type { CallContext } from '../../kernel/context';
import { pinyinSortKey } from '../shared/pinyin-order';
import { membersRepository } from './members.repository';

const BATCH = 100;

/**
 * Gives every member the pinyin sort key of their name: records stored before the key existed, and any
 * whose key another ICU version computed differently. Run by `system.setup`; returns how many it updated.
 */
export async function refreshNameKeys(ctx: CallContext): Promise<number> {
  const { members } = membersRepository(ctx.store);
  let updated = 0;
  let after = '';
  for (;;) {
    const page = await members.find({ _id: { $gt: after } }, { sort: [['_id', 1]], limit: BATCH });
    for (const member of page) {
      const nameKey = pinyinSortKey(member.name);
      // Matched on the name too, so a rename racing this run keeps the key its own write set.
      if (member.nameKey !== nameKey)
        updated += await members.updateWhere({ _id: member._id, name: member.name }, { $set: { nameKey } });
    }
    if (page.length < BATCH) return updated;
    after = page[page.length - 1]!._id;
  }
}
