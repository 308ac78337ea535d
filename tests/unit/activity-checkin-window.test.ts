import { checkinOpenNow } from '../../src/features/activities/checkin-window';

/** Which activities the check-in page offers: the server's window, 30 minutes either side of the activity. */
const MINUTE = 60_000;
const activity = { startAt: 100 * MINUTE, endAt: 160 * MINUTE };

test('open from 30 minutes before the start to 30 minutes after the end, inclusive', () => {
  expect(checkinOpenNow(activity, 70 * MINUTE)).toBe(true);
  expect(checkinOpenNow(activity, 130 * MINUTE)).toBe(true);
  expect(checkinOpenNow(activity, 190 * MINUTE)).toBe(true);
});

test('closed just outside the window', () => {
  expect(checkinOpenNow(activity, 70 * MINUTE - 1)).toBe(false);
  expect(checkinOpenNow(activity, 190 * MINUTE + 1)).toBe(false);
});
