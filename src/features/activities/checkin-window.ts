import type { ActivitySummary } from '@contract/schemas/activities';

/** The server takes check-ins from 30 minutes before the start to 30 minutes after the end. */
const CHECKIN_MARGIN_MS = 30 * 60_000;

/** Whether the member could check in to this activity now, so the check-in page can offer it. */
export function checkinOpenNow(activity: Pick<ActivitySummary, 'startAt' | 'endAt'>, now = Date.now()): boolean {
  return now >= activity.startAt - CHECKIN_MARGIN_MS && now <= activity.endAt + CHECKIN_MARGIN_MS;
}
