import { arrivalStamps } from '../../cloudfunctions/modules/activities/queue-order';

/** Arrival stamps decide who is promoted from a waitlist, so they must never run backwards in a process. */
const NOW = 1_795_334_400_000;

test('more than a thousand sign-ups in one millisecond keep their arrival order', () => {
  const stamp = arrivalStamps();
  const stamps = Array.from({ length: 2500 }, () => stamp(NOW));
  expect(stamps).toEqual([...new Set(stamps)].sort((a, b) => a - b));
});

test('a burst that spills past its millisecond still stamps every later arrival behind it', () => {
  const stamp = arrivalStamps();
  const burst = Array.from({ length: 1200 }, () => stamp(NOW));
  const next = stamp(NOW + 1);
  expect(next).toBeGreaterThan(Math.max(...burst));
});

test('a wall clock stepping back does not move a new arrival ahead of the queue', () => {
  const stamp = arrivalStamps();
  const before = stamp(NOW);
  expect(stamp(NOW - 5_000)).toBeGreaterThan(before);
});

test('stamps follow server time when calls are spread out', () => {
  const stamp = arrivalStamps();
  expect(stamp(NOW)).toBe(NOW * 1000);
  expect(stamp(NOW + 2)).toBe((NOW + 2) * 1000);
});
