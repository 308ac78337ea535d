import dayjs from 'dayjs';
import type { ActivitySummary } from '@contract/schemas/activities';

/** How activities read on every screen: one time format and one count format. */
export function timeRange(startAt: number, endAt: number): string {
  const start = dayjs(startAt);
  const end = dayjs(endAt);
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD');
  return `${start.format('M月D日 HH:mm')} – ${sameDay ? end.format('HH:mm') : end.format('M月D日 HH:mm')}`;
}

export function seatsText(activity: Pick<ActivitySummary, 'capacity' | 'confirmedCount' | 'waitlistCount'>): string {
  const seats =
    activity.capacity === null
      ? `已报名 ${activity.confirmedCount} 人`
      : `已报名 ${activity.confirmedCount}/${activity.capacity}`;
  return activity.waitlistCount > 0 ? `${seats}，候补 ${activity.waitlistCount} 人` : seats;
}
