import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { activitiesRepository, signupId } from './activities.repository';
import { loadActivity } from './activity-access';
import { type CheckinProof, verifyToken } from './checkin.service';
import { verifyCode } from './checkin-code';
import { checkinWindow } from './checkin-window';
import { countedStretch, servedMinutes } from './volunteer-minutes';

/**
 * 志愿服务 check-out: the member shows the same proof as at check-in (the organiser's rotating QR code or its
 * 6-digit code) when they leave, so their hours run from check-in to check-out. The time is claimed by a
 * conditional write on a signup that has checked in and not yet out: a repeated or concurrent check-out
 * on another host changes nothing and answers the first one's time.
 */
export async function checkOut(ctx: CallContext, proof: CheckinProof) {
  const member = requireMember(ctx);
  const { activityId } = 'token' in proof ? verifyToken(ctx, proof.token) : proof;
  const activity = await loadActivity(ctx, activityId);
  if (activity.type !== 'volunteer') throw new AppError('CONFLICT', '只有“志愿服务”类活动需要签退，其他活动签到即可。');
  const { signups } = activitiesRepository(ctx.store);
  const id = signupId(activityId, member._id);
  const before = await signups.get(id);
  if (before?.checkedInAt === undefined)
    throw new AppError('CONFLICT', '您还没有签到这个活动，请先签到；如已到场，请联系组织者代签。');
  if (before.checkedOutAt === undefined) {
    if (ctx.now > checkinWindow(activity).closesAt)
      throw new AppError('CONFLICT', '签退时间已过（活动结束后 30 分钟内），请联系组织者确认您的服务时长。');
    if ('code' in proof) await verifyCode(ctx, activityId, member._id, proof.code);
    await signups.updateWhere(
      { _id: id, checkedInAt: { $exists: true }, checkedOutAt: { $exists: false } },
      { $set: { checkedOutAt: ctx.now, updatedAt: ctx.now } },
    );
  }
  const after = (await signups.get(id)) ?? before;
  const checkedInAt = after.checkedInAt ?? before.checkedInAt;
  const checkedOutAt = after.checkedOutAt ?? ctx.now;
  const counted = countedStretch(activity, checkedInAt, checkedOutAt);
  return {
    activityId,
    title: activity.title,
    checkedInAt,
    checkedOutAt,
    countedFrom: counted.from,
    countedTo: counted.to,
    minutes: servedMinutes(activity, after),
  };
}
