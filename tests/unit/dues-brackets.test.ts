import { bracketOf, DUES_RULES, monthlyDueFen } from '../../types/dues-brackets';

/** The published brackets as data: whole-base rates, inclusive bounds, half-up rounding to the fen. */
describe('monthly dues by the brackets', () => {
  test.each([
    // salaried: ≤3000 0.5%, ≤5000 1%, ≤10000 1.5%, above 2%
    ['salaried', 300_000, 1_500],
    ['salaried', 300_001, 3_000],
    ['salaried', 500_000, 5_000],
    ['salaried', 650_000, 9_750],
    ['salaried', 1_000_000, 15_000],
    ['salaried', 1_000_001, 20_000],
    ['salaried', 123_456, 617], // 617.28 → 617
    ['salaried', 100_100, 501], // 500.5 → 501 (half up)
    // retired: ≤5000 0.5%, above 1%
    ['retired', 500_000, 2_500],
    ['retired', 500_001, 5_000],
    ['retired', 320_000, 1_600],
    // students and members in hardship: a fixed 0.2 元
    ['student', 999_999, 20],
    // farmers: the branch's choice between 0.2 and 1 元
    ['farmer', 50, 50],
    ['farmer', 5, 20],
    ['farmer', 500, 100],
  ] as const)('%s on %i fen pays %i fen', (category, amount, due) => {
    expect(monthlyDueFen(category, amount)).toBe(due);
    expect(Number.isInteger(monthlyDueFen(category, amount))).toBe(true);
  });

  test('each bracket category ends with an open bracket, bounds rising', () => {
    for (const rule of Object.values(DUES_RULES)) {
      if (rule.kind !== 'brackets') continue;
      const bounds = rule.brackets.map((b) => b.upToFen);
      expect(bounds.at(-1)).toBeNull();
      const finite = bounds.slice(0, -1) as number[];
      expect([...finite].sort((a, b) => a - b)).toEqual(finite);
    }
    expect(bracketOf('salaried', 300_000)?.rateBp).toBe(50);
    expect(bracketOf('student', 300_000)).toBeNull();
  });
});
