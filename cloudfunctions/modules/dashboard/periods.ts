import type { DashboardPeriod } from '../../../types/schemas/dashboard';
import type { z } from 'zod';

/** First and last day (`YYYY-MM-DD`, inclusive) of the month, quarter or year holding `anchor`. */
export function periodDays(period: z.output<typeof DashboardPeriod>, anchor: string): { from: string; to: string } {
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7));
  const first = period === 'year' ? 1 : period === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  const count = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
  const last = first + count - 1;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** The months (`YYYY-MM`) from `from` to `to`. */
export function periodMonths(from: string, to: string): string[] {
  const months: string[] = [];
  for (let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))]; `${y}-${pad(m)}` <= to.slice(0, 7);) {
    months.push(`${y}-${pad(m)}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/** The Monday of the week holding `day`. */
export function weekStartOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');
