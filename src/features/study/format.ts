import dayjs from 'dayjs';

// The admin screens still read the date this way; the one formatter lives in src/lib/format.ts.
export { dateText } from '@/lib/format';

/** 3:05 — seconds read or watched, as a timer shows them. */
export const clockText = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** Calendar days from today to a deadline: 0 on the day itself, negative once it has passed. */
export const daysLeft = (deadline: number, now = Date.now()) =>
  dayjs(deadline).startOf('day').diff(dayjs(now).startOf('day'), 'day');
