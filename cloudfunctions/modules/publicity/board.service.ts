import { CLOSED_SHOWN_DAYS, MAX_OBJECTIONS_PER_MEMBER } from '../../../types/publicity-labels';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { loadItem } from './items.service';
import { publicityRepository } from './publicity.repository';
import { card, statusAt } from './publicity-views';

/**
 * What members see: the boards of their unit and its ancestors, items open now first (ending soonest
 * first), then those closed in the last days marked 已结束. Objections are never counted here.
 */
const DAY = 86_400_000;
const SHOWN = 100;

export async function boardItems(ctx: CallContext) {
  const member = requireMember(ctx);
  const docs = await publicityRepository(ctx.store).items.find(
    {
      unitId: { $in: member.unitPath },
      withdrawn: false,
      startsAt: { $lte: ctx.now },
      endsAt: { $gt: ctx.now - CLOSED_SHOWN_DAYS * DAY },
    },
    { sort: [['endsAt', -1]], limit: SHOWN },
  );
  const cards = docs.map((item) => card(item, ctx.now));
  const open = cards.filter((c) => c.status === 'open').sort((a, b) => a.endsAt - b.endsAt);
  return { items: [...open, ...cards.filter((c) => c.status === 'closed')] };
}

/** An item a member may read: withdrawn and not-yet-open items do not exist for them (admins see them). */
export async function visibleItem(ctx: CallContext, publicityId: string) {
  const item = await loadItem(ctx, publicityId);
  const status = statusAt(item, ctx.now);
  if (status === 'withdrawn' || status === 'scheduled')
    throw new AppError('NOT_FOUND', '这条公示尚未开始或已撤回，请返回公示栏查看其他公示。');
  return { item, status };
}

export async function boardItem(ctx: CallContext, publicityId: string) {
  const member = requireMember(ctx);
  const { item, status } = await visibleItem(ctx, publicityId);
  const mine = await publicityRepository(ctx.store).objections.find(
    { itemId: item._id, memberId: member._id },
    { sort: [['createdAt', 1]], limit: MAX_OBJECTIONS_PER_MEMBER },
  );
  const inAudience = member.unitPath.includes(item.unitId);
  return {
    ...card(item, ctx.now),
    body: item.body,
    mine: mine.map((o) => ({ objectionId: o._id, text: o.text, handled: o.handled, createdAt: o.createdAt })),
    inAudience,
    objectionsLeft: status === 'open' && inAudience ? MAX_OBJECTIONS_PER_MEMBER - mine.length : 0,
  };
}
