import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import { chinaDateTime } from '../shared/china-time';
import { activitiesRepository, signupId } from './activities.repository';
import { activityLabel, loadActivity } from './activity-access';
import { notify } from '../notices/notify';

/**
 * Reminders before an activity starts. A member subscribes (in WeChat after accepting a subscribe-message
 * prompt, which needs their tap); the `jobs` function sends due reminders on a timer. Each reminder is
 * claimed with a conditional update before it is sent, so overlapping runs send it exactly once.
 */
const LEAD_MS = 60 * 60_000;

export async function subscribeReminder(ctx: CallContext, activityId: string) {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  const signup = await activitiesRepository(ctx.store).signups.get(signupId(activityId, member._id));
  if (!signup || !['confirmed', 'waitlisted', 'pending'].includes(signup.status)) {
    throw new AppError('CONFLICT', '报名后才能订阅活动提醒。');
  }
  if (signup.checkedInAt !== undefined) throw new AppError('CONFLICT', '您已经签到，不需要提醒了。');
  if (ctx.now >= activity.startAt) throw new AppError('CONFLICT', '活动已经开始了。');
  const dueAt = Math.max(ctx.now, activity.startAt - LEAD_MS);
  try {
    await activitiesRepository(ctx.store).reminders.insert({
      _id: signupId(activityId, member._id),
      activityId,
      memberId: member._id,
      openid: callerOpenid(ctx),
      dueAt,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  return { dueAt };
}

export async function sendDueReminders(ctx: CallContext) {
  const { reminders } = activitiesRepository(ctx.store);
  let sent = 0;
  for (;;) {
    const due = await reminders.find(
      { dueAt: { $lte: ctx.now }, sentAt: { $exists: false } },
      { sort: [['dueAt', 1]], limit: 100 },
    );
    if (due.length === 0) break;
    for (const reminder of due) {
      const claimed = await reminders.updateWhere(
        { _id: reminder._id, sentAt: { $exists: false } },
        { $set: { sentAt: ctx.now } },
      );
      if (claimed === 0) continue;
      const [activity, member] = await Promise.all([
        activitiesRepository(ctx.store).activities.get(reminder.activityId),
        membersRepository(ctx.store).memberById(reminder.memberId),
      ]);
      if (!activity || !member) continue;
      await notify(
        ctx,
        member,
        '活动即将开始',
        `${activityLabel(activity)}将于 ${chinaDateTime(activity.startAt)} 在${activity.place.text}开始。`,
      );
      sent += 1;
    }
  }
  return { sent };
}
