import type { CallContext } from '../../kernel/context';
import { upsert } from '../shared/upsert';
import { homeRepository, stampId } from './home.repository';

/**
 * Tells the home feeds of these units' subtrees that something addressed to them changed (content, a vote, a
 * plan, a banner, the unit's name). Called after the record is written: a feed built from older records saw
 * an older stamp, so the next home of each unit below rebuilds its feed.
 */
export async function bumpHomeFeeds(ctx: CallContext, unitIds: string[]): Promise<void> {
  const { views } = homeRepository(ctx.store);
  for (const unitId of new Set(unitIds))
    await upsert(views, { _id: stampId(unitId), kind: 'stamp', rev: 1 }, { $inc: { rev: 1 } });
}
