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
  const { from, to } = countedStretch(activity, signup.checkedInAt, signup.checkedOutAt);
  return Math.max(0, Math.round((to - from) / MINUTE));
}

/** Check-in to check-out held to the activity's window: arriving early or staying late does not count. */
export function countedStretch(
  activity: Pick<ActivityDoc, 'startAt' | 'endAt'>,
  checkedInAt: number,
  checkedOutAt: number,
): { from: number; to: number } {
  const from = Math.max(checkedInAt, activity.startAt);
  return { from, to: Math.max(from, Math.min(checkedOutAt, activity.endAt)) };
}
