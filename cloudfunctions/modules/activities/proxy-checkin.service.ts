import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { refreshHomeSignups } from '../home/summary-signups';
import { membersRepository } from '../members/members.repository';
import { activitiesRepository, signupId } from './activities.repository';
import { activityLabel, loadActivity } from './activity-access';
import { inAudience } from './audience';
import { signupChanged } from './signup-events';
import { confirmWithSeat } from './signup.service';

const CHECKED_IN = { status: 'confirmed', checkedIn: true } as const;

/**
 * 代签: an organiser checks someone in on their behalf, with a reason, audited. The router has checked that
 * the member is in the organiser's subtree and of a lower role; here they must also be someone the activity
 * is for, and they get a seat from the same ledger as a sign-up, so the count cannot drift past capacity.
 */
export async function proxyCheckIn(ctx: CallContext, activityId: string, memberId: string, reason: string) {
  const admin = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，可能已被删除，请返回刷新。');
  if (!inAudience(activity, member) && !activity.expectedMemberIds.includes(member._id)) {
    throw new AppError('FORBIDDEN', '这位党员不在这个活动的参加范围内，不能代签。');
  }
  const { signups } = activitiesRepository(ctx.store);
  const id = signupId(activityId, memberId);
  if ((await signups.get(id))?.checkedInAt !== undefined) return;
  await confirmWithSeat(ctx, activity, member);
  const stamped = await signups.updateWhere(
    { _id: id, status: 'confirmed', checkedInAt: { $exists: false } },
    { $set: { checkedInAt: ctx.now, proxy: { by: admin._id, reason }, updatedAt: ctx.now } },
  );
  if (stamped === 0) return;
  await signupChanged(ctx, activity, member, { status: 'confirmed', checkedIn: false }, CHECKED_IN);
  await refreshHomeSignups(ctx, member._id);
  await appendAudit(ctx, {
    action: 'activity.proxy_checkin',
    summary: `为 ${member.name} 代签${activityLabel(activity)}：${reason}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: activity.organiserPath,
  });
}
