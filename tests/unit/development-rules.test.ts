import {
  addSpan,
  chinaDayStart,
  DEVELOPMENT_STEP_KEYS,
  DEVELOPMENT_STEPS,
  spanText,
} from '../../types/development-rules';

/** The rules as data hold together, and dates move by calendar days and months in China time. */
const china = (iso: string) => Date.parse(`${iso}T00:00:00+08:00`);

test('every step is listed once, in the declared order, and its intervals count from earlier steps', () => {
  expect(DEVELOPMENT_STEPS.map((s) => s.key)).toEqual([...DEVELOPMENT_STEP_KEYS]);
  DEVELOPMENT_STEPS.forEach((step, index) => {
    for (const interval of step.intervals) {
      const from = DEVELOPMENT_STEP_KEYS.indexOf(interval.from);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(from).toBeLessThan(index);
      expect(interval.notBefore ?? interval.within).toBeDefined();
    }
  });
});

test('the path moves through the stages forward only, ending with 正式党员', () => {
  const moves = DEVELOPMENT_STEPS.flatMap((s) => (s.movesTo ? [s.movesTo] : []));
  expect(moves).toEqual(['applicant', 'activist', 'candidate', 'probationary', 'full']);
});

test('a month later is the same day, or the last day of a shorter month, in China time', () => {
  expect(addSpan(china('2026-01-31'), { count: 1, unit: 'month' })).toBe(china('2026-02-28'));
  expect(addSpan(china('2025-03-10') + 23 * 3_600_000, { count: 12, unit: 'month' })).toBe(china('2026-03-10'));
  expect(addSpan(china('2026-12-30'), { count: 5, unit: 'day' })).toBe(china('2027-01-04'));
  expect(chinaDayStart(Date.parse('2026-11-21T17:00:00Z'))).toBe(china('2026-11-22'));
  expect([spanText({ count: 12, unit: 'month' }), spanText({ count: 7, unit: 'month' })]).toEqual(['1年', '7个月']);
});
