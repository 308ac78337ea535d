import type { ActivitySummary } from '@contract/schemas/activities';

type Seats = Pick<ActivitySummary, 'capacity' | 'confirmedCount' | 'waitlistCount'>;

/** 已报名 12/30 (or 12 人 without a limit), with the waitlist when there is one. */
export function seatsText(activity: Seats): string {
  const seats =
    activity.capacity === null
      ? `已报名 ${activity.confirmedCount} 人`
      : `已报名 ${activity.confirmedCount}/${activity.capacity}`;
  return activity.waitlistCount > 0 ? `${seats}，候补 ${activity.waitlistCount} 人` : seats;
}

/** How full the activity is, 0–100; null without a limit. */
export function seatsPercent(activity: Seats): number | null {
  if (activity.capacity === null || activity.capacity === 0) return null;
  return Math.min(100, Math.round((activity.confirmedCount / activity.capacity) * 100));
}
