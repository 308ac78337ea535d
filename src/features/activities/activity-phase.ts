import type { ActivitySummary } from '@contract/schemas/activities';

export type ActivityPhase = 'upcoming' | 'running' | 'ended';

export const PHASE_LABELS: Record<ActivityPhase, string> = { upcoming: '未开始', running: '进行中', ended: '已结束' };

/** Where the activity stands in time, which is all a list card knows about it. */
export function activityPhase(activity: Pick<ActivitySummary, 'startAt' | 'endAt'>, now = Date.now()): ActivityPhase {
  if (now < activity.startAt) return 'upcoming';
  return now <= activity.endAt ? 'running' : 'ended';
}
