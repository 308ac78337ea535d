import type { CallContext } from '../../kernel/context';
import type { SubscribeMessagePort } from '../../platform/messaging';
import type { MemberDoc } from '../members/members.types';
import { noteNoticeSent } from '../home/summary-notes';
import { noticesCollection } from './notices.repository';

/**
 * Tells a member something: an in-app notice always (what the app shows locally, and a record of what was
 * sent), and a subscribe message in WeChat when they have a WeChat identity.
 */
export async function notify(
  ctx: CallContext,
  member: Pick<MemberDoc, '_id' | 'openid'>,
  title: string,
  body: string,
  template: Parameters<SubscribeMessagePort['send']>[1] = 'activity_reminder',
) {
  await noticesCollection(ctx.store).insert({
    _id: `n-${ctx.now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    memberId: member._id,
    title,
    body,
    createdAt: ctx.now,
  });
  await noteNoticeSent(ctx, member._id, title, ctx.now);
  if (member.openid)
    await ctx.platform.subscribe.send(member.openid, template, { thing1: title, thing2: body.slice(0, 20) });
}
