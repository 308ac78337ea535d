/**
 * Branches work in China Standard Time (UTC+8, no daylight saving), whatever time zone the server runs in.
 * Server-side text with dates (exports, 接龙, audit entries) is formatted here.
 */
const OFFSET_MS = 8 * 3600_000;

/** `YYYY-MM-DD` of an instant, in China time. */
export function chinaDay(epoch: number): string {
  return new Date(epoch + OFFSET_MS).toISOString().slice(0, 10);
}

/** `M月D日 HH:mm` of an instant, in China time. */
export function chinaDateTime(epoch: number): string {
  const iso = new Date(epoch + OFFSET_MS).toISOString();
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`;
}

/** The instant a China-time calendar day begins. */
export function chinaDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** [start, end) of a period: a month `YYYY-MM` or a quarter `YYYY-Qn`, in China time. */
export function chinaPeriod(period: string): { start: number; end: number; months: number } {
  const year = Number(period.slice(0, 4));
  const quarter = /Q(\d)$/.exec(period);
  const firstMonth = quarter ? (Number(quarter[1]) - 1) * 3 + 1 : Number(period.slice(5, 7));
  const months = quarter ? 3 : 1;
  const startDay = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const endMonth = firstMonth + months;
  const endDay = endMonth > 12 ? `${year + 1}-01-01` : `${year}-${String(endMonth).padStart(2, '0')}-01`;
  return { start: chinaDayStart(startDay), end: chinaDayStart(endDay), months };
}
