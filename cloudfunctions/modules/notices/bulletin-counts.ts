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

/**
 * The newest must-read notice the member has not confirmed, for the home's to-do: one read of the receipts
 * (which carry title and deadline); a receipt written before they did falls back to the notice itself.
 */
export async function firstMustRead(ctx: CallContext, memberId: string) {
  const { receipts, bulletins } = bulletinsRepository(ctx.store);
  const [receipt] = await receipts.find(
    { memberId, live: true, showUntil: { $gt: ctx.now }, mustRead: true, confirmedAt: null },
    { sort: [['publishedAt', -1]], limit: 1 },
  );
  if (!receipt) return null;
  const notice = receipt.title === undefined ? await bulletins.get(receipt.bulletinId) : null;
  return {
    noticeId: receipt.bulletinId,
    title: receipt.title ?? notice?.title ?? '',
    deadline: (receipt.title === undefined ? notice?.deadline : receipt.deadline) ?? null,
  };
}
