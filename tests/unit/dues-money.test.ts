import { fenOf, monthText, shiftMonth, yuanText } from '../../src/features/dues/money';

/** The app reads and shows money as integer fen, never through floating point. */
test('typed yuan become fen exactly, and anything else is refused', () => {
  expect(fenOf('6500')).toBe(650_000);
  expect(fenOf(' 6500.5 ')).toBe(650_050);
  expect(fenOf('0.29')).toBe(29);
  expect(fenOf('1234.56')).toBe(123_456);
  for (const bad of ['', '6,500', '-1', '1.234', 'abc', '1e3', '.5']) expect(fenOf(bad)).toBeNull();
});

test('fen read as yuan with two decimals', () => {
  expect(yuanText(9_750)).toBe('97.50');
  expect(yuanText(20)).toBe('0.20');
  expect(yuanText(0)).toBe('0.00');
  expect(yuanText(123_456)).toBe('1234.56');
});

test('months step across years', () => {
  expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  expect(shiftMonth('2026-11', 0)).toBe('2026-11');
  expect(monthText('2026-03')).toBe('2026年3月');
});
