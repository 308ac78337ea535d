import { chinaDay } from '../shared/china-time';
import { STREAK_DAYS } from './summary-records';
import { dayKey, type MemberStudySummary } from './study-views';

const DAY_MS = 86_400_000;

/** The study home's figures from a member's summary: today, the last seven days, the streak, items, points. */
export function studyFigures(summary: Pick<MemberStudySummary, 'days' | 'completed' | 'points'>, now: number) {
  const minutesOn = (day: string) => Math.floor((summary.days[dayKey(day)] ?? 0) / 60);
  const today = chinaDay(now);
  const lastSevenDays = Array.from({ length: 7 }, (_, index) => {
    const day = chinaDay(now - (6 - index) * DAY_MS);
    return { day, minutes: minutesOn(day) };
  });
  // A streak counts days with at least a minute of study, back from today (or yesterday, if today has none yet).
  let streakDays = 0;
  for (let back = minutesOn(today) > 0 ? 0 : 1; back < STREAK_DAYS; back += 1) {
    if (minutesOn(chinaDay(now - back * DAY_MS)) === 0) break;
    streakDays += 1;
  }
  return {
    todayMinutes: minutesOn(today),
    weekMinutes: lastSevenDays.reduce((sum, day) => sum + day.minutes, 0),
    streakDays,
    lastSevenDays,
    completedCount: Object.keys(summary.completed).length,
    points: summary.points,
  };
}
