import type { CallContext } from '../../kernel/context';
import { bulletinsRepository } from './bulletins.repository';

/**
 * A member's live, unexpired notices not yet read, and must-read ones not yet confirmed, counted from the
 * receipts: what the home summary starts from when it is rebuilt (a notice expiring leaves the count then).
 */
export async function bulletinCounts(ctx: CallContext, memberId: string) {
  const { receipts } = bulletinsRepository(ctx.store);
  const showing = { memberId, live: true, showUntil: { $gt: ctx.now } };
  const [unread, mustRead] = await Promise.all([
    receipts.count({ ...showing, readFlag: 0 }),
    receipts.count({ ...showing, mustRead: true, confirmedAt: null }),
  ]);
  return { unread, mustRead };
}
