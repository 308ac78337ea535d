import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { activitiesRepository, signupId } from './activities.repository';
import { loadActivity } from './activity-access';
import { getMinutes } from './meetings.service';
import { mayReadMinutes } from './minutes-readers';

/** A meeting's minutes for the members it concerned (see minutes-readers.ts). */
export async function readMinutes(ctx: CallContext, activityId: string) {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  if (!activity.minutes) throw new AppError('NOT_FOUND', '这次会议还没有会议记录，组织者记录后即可查看。');
  const signup = await activitiesRepository(ctx.store).signups.get(signupId(activityId, member._id));
  if (!mayReadMinutes(activity, member, signup))
    throw new AppError('FORBIDDEN', '会议记录只给应参加或参加了这次会议的党员查看。');
  return getMinutes(ctx, activityId);
}
