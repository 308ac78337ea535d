import type { PeriodKind } from '../../../types/assessment-labels';
import { chinaDay, chinaDayStart } from '../shared/china-time';

/**
 * Assessment periods in China time: a year `2026`, a half `2026-H1`, a quarter `2026-Q3`. Each is [from, to).
 */
export interface Period {
  periodId: string;
  label: string;
  from: number;
  to: number;
}

const monthStart = (year: number, month: number) =>
  month > 12 ? chinaDayStart(`${year + 1}-01-01`) : chinaDayStart(`${year}-${String(month).padStart(2, '0')}-01`);

export function periodOf(periodId: string): Period {
  const year = Number(periodId.slice(0, 4));
  const half = /-H([12])$/.exec(periodId);
  const quarter = /-Q([1-4])$/.exec(periodId);
  if (half) {
    const first = half[1] === '1' ? 1 : 7;
    return {
      periodId,
      label: `${year}年${half[1] === '1' ? '上' : '下'}半年`,
      from: monthStart(year, first),
      to: monthStart(year, first + 6),
    };
  }
  if (quarter) {
    const first = (Number(quarter[1]) - 1) * 3 + 1;
    return {
      periodId,
      label: `${year}年第${'一二三四'[Number(quarter[1]) - 1]}季度`,
      from: monthStart(year, first),
      to: monthStart(year, first + 3),
    };
  }
  return { periodId, label: `${year}年度`, from: monthStart(year, 1), to: monthStart(year, 13) };
}

/** The period of a kind an instant falls in. */
export function periodAt(kind: PeriodKind, at: number): Period {
  const day = chinaDay(at);
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (kind === 'half') return periodOf(`${year}-H${month <= 6 ? 1 : 2}`);
  if (kind === 'quarter') return periodOf(`${year}-Q${Math.ceil(month / 3)}`);
  return periodOf(year);
}

/** The periods of a kind that have begun, newest first: this year's and last year's. */
export function recentPeriods(kind: PeriodKind, now: number): Period[] {
  const periods: Period[] = [];
  let at = now;
  const stop = periodOf(String(Number(chinaDay(now).slice(0, 4)) - 1)).from;
  while (at >= stop) {
    const period = periodAt(kind, at);
    periods.push(period);
    at = period.from - 1;
  }
  return periods;
}
