import type { ActivityDoc } from './activities.types';

/** The rotation of check-in codes: a QR token and its numeric code belong to one 10-second window. */
export const WINDOW_MS = 10_000;

/** Check-in is open from 30 minutes before an activity starts to 30 minutes after it ends. */
const EARLY_MS = 30 * 60_000;
const LATE_MS = 30 * 60_000;

export const CHECKIN_CLOSED = '现在不在这个活动的签到时间内（开始前 30 分钟到结束后 30 分钟）。';

/** The first and last instant check-in is accepted. */
export function checkinWindow(activity: Pick<ActivityDoc, 'startAt' | 'endAt'>): { opensAt: number; closesAt: number } {
  return { opensAt: activity.startAt - EARLY_MS, closesAt: activity.endAt + LATE_MS };
}

export function checkinOpen(activity: ActivityDoc, now: number): boolean {
  const { opensAt, closesAt } = checkinWindow(activity);
  return now >= opensAt && now <= closesAt;
}
