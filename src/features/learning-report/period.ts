import type { LearningReport } from './report-type';

export type ReportPeriod = LearningReport['period'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The month (`YYYY-MM`) or year (`YYYY`) holding `now`, on the device's calendar (China for this app's users). */
export function periodAt(period: ReportPeriod, now: number): string {
  const day = new Date(now);
  return period === 'year' ? String(day.getFullYear()) : `${day.getFullYear()}-${pad(day.getMonth() + 1)}`;
}

/** 2026年11月, 2026年. */
export function periodText(at: string): string {
  const year = `${Number(at.slice(0, 4))}年`;
  return at.length > 4 ? `${year}${Number(at.slice(5, 7))}月` : year;
}

/** 较上月 / 较去年. */
export const comparedText = (period: ReportPeriod) => (period === 'year' ? '较去年' : '较上月');

/** +12, −3, 持平: a figure against the period before. */
export function deltaText(now: number, before: number): string {
  if (now === before) return '持平';
  return now > before ? `+${now - before}` : `−${before - now}`;
}

/** The months or years a member may pick: from `earliestYear` up to the period holding `now`. */
export function pickerColumns(period: ReportPeriod, now: number, earliestYear: number) {
  const today = new Date(now);
  const years = [];
  for (let year = today.getFullYear(); year >= earliestYear; year -= 1)
    years.push({ label: `${year}年`, value: String(year) });
  if (period === 'year') return [years];
  const months = Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, value: pad(i + 1) }));
  return [years, months];
}

/** The picked wheel values as a period, never after the one holding `now`. */
export function pickedAt(period: ReportPeriod, values: Array<string | number>, now: number): string {
  const picked = period === 'year' ? String(values[0]) : `${values[0]}-${values[1]}`;
  const latest = periodAt(period, now);
  return picked > latest ? latest : picked;
}
