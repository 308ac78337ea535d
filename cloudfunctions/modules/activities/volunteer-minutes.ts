import type { ActivityDoc, SignupDoc } from './activities.types';

/**
 * The minutes a member served at a 志愿服务 activity, from their own check-in and check-out, both held to
 * the activity's window. Without a check-out nothing counts until the organiser confirms minutes
 * (admin.volunteerConfirm): otherwise checking in and leaving would earn the full activity.
 */
const MINUTE = 60_000;

export function servedMinutes(
  activity: Pick<ActivityDoc, 'startAt' | 'endAt'>,
  signup: Pick<SignupDoc, 'checkedInAt' | 'checkedOutAt'>,
): number {
  if (signup.checkedInAt === undefined || signup.checkedOutAt === undefined) return 0;
  const from = Math.max(signup.checkedInAt, activity.startAt);
  const to = Math.min(signup.checkedOutAt, activity.endAt);
  return Math.max(0, Math.round((to - from) / MINUTE));
}
