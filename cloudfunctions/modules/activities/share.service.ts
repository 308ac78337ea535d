import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import { chinaDateTime } from '../shared/china-time';
import { activitiesRepository } from './activities.repository';
import type { ActivityDoc } from './activities.types';
import { canManage, loadActivity } from './activity-access';
import { QUEUE_ORDER } from './queue-order';

/**
 * Activity cards in group chats: the updatable share message that shows the live count, the group a card
 * was opened from, and the plain-text 接龙 roster. In H5 and locally the platform ports record instead.
 */
function countText(activity: ActivityDoc): string {
  const seats =
    activity.capacity === null
      ? `${activity.confirmedCount} 人已报名`
      : `${activity.confirmedCount}/${activity.capacity} 人已报名`;
  return activity.waitlistCount > 0 ? `${seats}，${activity.waitlistCount} 人候补` : seats;
}

/** Pushes the current count to the card in every chat it was shared to (WeChat keeps one id per activity). */
export async function refreshShareCard(ctx: CallContext, activityId: string): Promise<void> {
  const activity = await activitiesRepository(ctx.store).activities.get(activityId);
  if (!activity?.share || activity.share.expiresAt <= ctx.now) return;
  const full = activity.capacity !== null && activity.confirmedCount >= activity.capacity;
  await ctx.platform.updatable.setUpdatableMsg(activity.share.id, full || ctx.now >= activity.startAt ? 1 : 0, [
    { name: 'member_count', value: String(activity.confirmedCount) },
    { name: 'room_limit', value: String(activity.capacity ?? 0) },
  ]);
}

export async function shareInfo(ctx: CallContext, activityId: string) {
  const activity = await loadActivity(ctx, activityId);
  let share = activity.share;
  // The id lives 24 hours; a card shared after that gets a fresh one.
  if (!share || share.expiresAt <= ctx.now + 60_000) {
    const created = await ctx.platform.updatable.createActivityId(callerOpenid(ctx));
    share = { id: created.activityId, expiresAt: created.expiresAt };
    await activitiesRepository(ctx.store).activities.updateWhere({ _id: activityId }, { $set: { share } });
  }
  return {
    title: `${activity.title}（${countText(activity)}）`,
    path: `/packages/activity/pages/detail/index?activityId=${activityId}`,
    updatableActivityId: share.id,
    countText: countText(activity),
  };
}

export async function groupEnter(ctx: CallContext, cloudID: string) {
  const openGId = await ctx.platform.groups.openGIdOf(cloudID);
  if (!openGId) return { unitId: null, unitName: null };
  const group = await activitiesRepository(ctx.store).groups.get(openGId);
  if (!group) return { unitId: null, unitName: null };
  const unit = await membersRepository(ctx.store).unitById(group.unitId);
  return { unitId: group.unitId, unitName: unit?.name ?? null };
}

export async function bindGroup(ctx: CallContext, unitId: string, cloudID: string) {
  const openGId = await ctx.platform.groups.openGIdOf(cloudID);
  if (!openGId) throw new AppError('VALIDATION_FAILED', '无法识别这个群，请在群聊中打开活动卡片后再绑定。');
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND');
  const admin = requireMember(ctx);
  const { groups } = activitiesRepository(ctx.store);
  const existing = await groups.get(openGId);
  if (existing) await groups.updateWhere({ _id: openGId }, { $set: { unitId, boundBy: admin._id, boundAt: ctx.now } });
  else await groups.insert({ _id: openGId, unitId, boundBy: admin._id, boundAt: ctx.now });
  await appendAudit(ctx, {
    action: 'group.bind',
    summary: `将一个微信群绑定到「${unit.name}」`,
    targetId: unit._id,
    targetName: unit.name,
    unitPath: [...unit.path, unit._id],
  });
  return { unitId, unitName: unit.name };
}

/** Who signed up, as the organiser allows, with a numbered plain-text list for pasting into a chat. */
export async function roster(ctx: CallContext, activityId: string) {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  if (!activity.showRoster && !canManage(activity, member)) throw new AppError('FORBIDDEN', '组织者没有公开报名名单。');
  const { signups } = activitiesRepository(ctx.store);
  const byArrival = (status: 'confirmed' | 'waitlisted') =>
    findAll((skip) => signups.find({ activityId, status }, { sort: QUEUE_ORDER, skip, limit: 100 }));
  const [confirmed, waitlisted] = await Promise.all([byArrival('confirmed'), byArrival('waitlisted')]);
  const unitName = await membersRepository(ctx.store).unitNames(confirmed.map((s) => s.unitId));
  const lines = [
    `【${activity.title}】`,
    `时间：${chinaDateTime(activity.startAt)}`,
    `地点：${activity.place.text}`,
    `已报名（${countText(activity)}）：`,
    ...confirmed.map((s, i) => `${i + 1}. ${s.memberName}`),
    ...(waitlisted.length ? ['候补：', ...waitlisted.map((s, i) => `${i + 1}. ${s.memberName}`)] : []),
  ];
  return {
    confirmed: confirmed.map((s) => ({ name: s.memberName, unitName: unitName.get(s.unitId) ?? '' })),
    waitlisted: waitlisted.map((s, i) => ({ name: s.memberName, position: i + 1 })),
    text: lines.join('\n'),
  };
}
