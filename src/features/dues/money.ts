/** Money is integer fen everywhere; these turn it into text and back without floating point. */

/** 9750 → "97.50". */
export const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** "6500" / "6500.5" / "6500.50" → 650050; null when it is not an amount with at most two decimals. */
export function fenOf(text: string): number | null {
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** "2026-11" → "2026年11月". */
export const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** "2026-11" → "11月". */
export const shortMonthText = (month: string) => `${Number(month.slice(5, 7))}月`;

/** The month before or after a `YYYY-MM`. */
export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
