import { requireMember, type CallContext } from '../../kernel/context';
import { noticesCollection } from './notices.repository';

/** The signed-in member's latest notices, newest first. */
export async function myNotices(ctx: CallContext) {
  const member = requireMember(ctx);
  const items = await noticesCollection(ctx.store).find(
    { memberId: member._id },
    { sort: [['createdAt', -1]], limit: 20 },
  );
  return { items: items.map((n) => ({ noticeId: n._id, title: n.title, body: n.body, createdAt: n.createdAt })) };
}
