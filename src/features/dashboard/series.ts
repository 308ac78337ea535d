import dayjs from 'dayjs';
import type { Dashboard } from '@contract/schemas/dashboard';
import { ACTIVITY_TYPE_LABELS, STAGE_LABELS, STAGES, type ActivityType } from '@contract/labels';
import type { Datum, SeriesDatum } from '@/features/charts/specs';
import { shortDateText } from '@/lib/format';

/** How the dashboard turns the server's counts into what each chart draws. Pure, so it is tested alone. */

type PartyAgeBand = keyof Dashboard['composition']['byPartyAge'];

export const PARTY_AGE_LABELS: Record<PartyAgeBand, string> = {
  under_5: '5年以下',
  from_5_to_10: '5–10年',
  from_10_to_20: '10–20年',
  from_20_to_30: '20–30年',
  over_30: '30年以上',
  none: '未入党',
};

const BAND_ORDER = Object.keys(PARTY_AGE_LABELS) as PartyAgeBand[];

/** Whole percent of `part` in `whole`; 0 when there is no whole, never above 100. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
}

/**
 * 答题通过率: passes per graded hand-in (quizzes with a pass mark); null when nothing graded was handed in, so a
 * month of daily practice alone reads "—", never 0%.
 */
export function passRate(totals: Pick<Dashboard['totals'], 'attemptsGraded' | 'attemptsPassed'>): number | null {
  return totals.attemptsGraded > 0 ? percentOf(totals.attemptsPassed, totals.attemptsGraded) : null;
}

/** The hint under a pass rate that cannot be given. */
export const NO_GRADED_HINT = '暂无设及格线的考试';

/**
 * Active members by stage, 正式党员 first (so the largest slice takes the Party red), each label with its
 * count for the legend; stages nobody is in are left out (empty slices say nothing).
 */
export function stageSlices(dashboard: { composition: Pick<Dashboard['composition'], 'byStage'> }): Datum[] {
  return [...STAGES]
    .reverse()
    .map((stage) => {
      const value = dashboard.composition.byStage[stage] ?? 0;
      return { label: `${STAGE_LABELS[stage]} ${value}人`, value };
    })
    .filter((slice) => slice.value > 0);
}

/** Active members by 党龄 band, youngest first; every band shown so the shape of the branch reads at a glance. */
export function partyAgeBars(dashboard: Pick<Dashboard, 'composition'>): Datum[] {
  return BAND_ORDER.map((band) => ({
    label: PARTY_AGE_LABELS[band],
    value: dashboard.composition.byPartyAge[band] ?? 0,
  }));
}

/** 3月2日 for a week starting on 2026-03-02 (the year only when it is not this year's). */
export function weekLabel(weekStart: string, now: number): string {
  return shortDateText(dayjs(weekStart).valueOf(), now);
}

/** 党员 proper: 正式党员 and 预备党员 among the active members (applicants and activists are not yet members). */
export function partyMemberCount(composition: Pick<Dashboard['composition'], 'byStage'>): number {
  return (composition.byStage.full ?? 0) + (composition.byStage.probationary ?? 0);
}

/** Study minutes credited per week. */
export function studyTrend(dashboard: Pick<Dashboard, 'weeks' | 'serverNow'>): SeriesDatum[] {
  return dashboard.weeks.map((week) => ({
    series: '学习时长（分钟）',
    label: weekLabel(week.weekStart, dashboard.serverNow),
    value: week.studyMinutes,
  }));
}

/**
 * Attendance per week: check-ins as a share of the places held (a walk-in can check in without a place, so
 * the share stops at 100). Weeks without any activity are left out rather than drawn as 0%.
 */
export function attendanceTrend(dashboard: Pick<Dashboard, 'weeks' | 'serverNow'>): SeriesDatum[] {
  return dashboard.weeks
    .filter((week) => week.signups + week.checkins > 0)
    .map((week) => ({
      series: '出勤率（%）',
      label: weekLabel(week.weekStart, dashboard.serverNow),
      value: percentOf(week.checkins, Math.max(week.signups, week.checkins)),
    }));
}

/**
 * The period's weeks with at least a whole day gone by the server's clock (a week to come, or one that
 * starts today, would draw a fall to zero), labelled 11/16 so a quarter's thirteen weeks fit side by side. Attendance counts only weeks that are
 * over: a week in progress would read as a dip.
 */
export function weeklyTrends(dashboard: Pick<Dashboard, 'weeks' | 'serverNow'>) {
  const today = dayjs(dashboard.serverNow);
  const started = dashboard.weeks.filter((week) => dayjs(week.weekStart).isBefore(today, 'day'));
  const ended = started.filter((week) => !dayjs(week.weekStart).add(7, 'day').isAfter(today));
  const short = new Map(
    dashboard.weeks.map((week) => [
      weekLabel(week.weekStart, dashboard.serverNow),
      dayjs(week.weekStart).format('M/D'),
    ]),
  );
  const relabel = (data: SeriesDatum[]) =>
    data.map((datum) => ({ ...datum, label: short.get(datum.label) ?? datum.label }));
  return {
    study: relabel(studyTrend({ ...dashboard, weeks: started })),
    attendance: relabel(attendanceTrend({ ...dashboard, weeks: ended })),
  };
}

/** Study minutes per active member in each child unit: units of different sizes compare fairly. */
export function childStudyBars(dashboard: Pick<Dashboard, 'children'>): Datum[] {
  return dashboard.children.map((child) => ({
    label: child.name,
    value:
      child.composition.activeMembers > 0
        ? Math.round(child.activity.studyMinutes / child.composition.activeMembers)
        : 0,
  }));
}

/** Quiz attempts handed in and passed in each child unit, side by side. */
export function childQuizBars(dashboard: Pick<Dashboard, 'children'>): SeriesDatum[] {
  return dashboard.children.flatMap((child) => [
    { series: '交卷', label: child.name, value: child.activity.attemptsHandedIn },
    { series: '通过', label: child.name, value: child.activity.attemptsPassed },
  ]);
}

/** Attempts per score band, each named by where it starts (0, 10 … 90): ten ranges fit one axis that way. */
export function scoreBars(dashboard: Pick<Dashboard, 'scoreBands'>): Datum[] {
  return dashboard.scoreBands.map((band) => ({ label: `${band.from}`, value: band.attempts }));
}

/** Members per points balance band; the last band is open-ended. */
export function pointsBars(dashboard: Pick<Dashboard, 'points'>): Datum[] {
  return dashboard.points.balanceBands.map((band) => ({
    label: band.to === null ? `${band.from}以上` : `${band.from}–${band.to}`,
    value: band.members,
  }));
}

/** True when a chart's data holds nothing but zeros (an empty card says so instead of drawing flat bars). */
export function allZero(data: Datum[]): boolean {
  return data.every((datum) => datum.value === 0);
}

/** 3月 (with the year when the period spans two). */
export function monthLabel(month: string, withYear: boolean): string {
  const [year, number] = month.split('-');
  return withYear ? `${year}年${Number(number)}月` : `${Number(number)}月`;
}

/** 支委会、党课 */
export function meetingTypesText(types: readonly ActivityType[]): string {
  return types.map((type) => ACTIVITY_TYPE_LABELS[type]).join('、');
}

/** Meetings held in a month, every type summed. */
export function heldCount(held: Partial<Record<ActivityType, number>>): number {
  return Object.values(held).reduce((sum, count) => sum + (count ?? 0), 0);
}
