import { chinaDayStart } from '../shared/china-time';

/** A report period as the records need it: China-time days [fromDay, toDay) and instants [start, end). */
export interface ReportWindow {
  at: string;
  fromDay: string;
  toDay: string;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month (`YYYY-MM`) or year (`YYYY`) named by `at`, as a window of days and instants. */
export function reportWindow(period: 'month' | 'year', at: string): ReportWindow {
  const year = Number(at.slice(0, 4));
  let fromDay: string;
  let toDay: string;
  if (period === 'year') {
    fromDay = `${year}-01-01`;
    toDay = `${year + 1}-01-01`;
  } else {
    const month = Number(at.slice(5, 7));
    fromDay = `${year}-${pad(month)}-01`;
    toDay = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  }
  return { at, fromDay, toDay, start: chinaDayStart(fromDay), end: chinaDayStart(toDay) };
}

/** The period before `at`: the month before, or the year before. */
export function previousPeriod(period: 'month' | 'year', at: string): string {
  const year = Number(at.slice(0, 4));
  if (period === 'year') return String(year - 1);
  const month = Number(at.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}
