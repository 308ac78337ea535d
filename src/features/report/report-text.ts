import type { ReportFigures } from '@contract/schemas/report';
import { ACTIVITY_TYPE_LABELS, STAGE_LABELS, STAGES, THREE_MEETINGS } from '@contract/labels';
import { countText } from '@/lib/format';

/** 2026年11月 from `2026-11`. */
export const monthTitle = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** 85.5%, or — when there was nothing to divide by. */
export const rateText = (value: number | null) => (value === null ? '—' : `${value}%`);

export const meetingsHeld = (figures: ReportFigures) =>
  THREE_MEETINGS.reduce((sum, type) => sum + (figures.meetings.held[type] ?? 0), 0);

export const meetingsRequired = (figures: ReportFigures) =>
  Object.values(figures.meetings.required).reduce((sum, n) => sum + (n ?? 0), 0);

export const missingText = (figures: ReportFigures) =>
  figures.meetings.missing.map((type) => ACTIVITY_TYPE_LABELS[type]).join('、');

/** The rows of the side-by-side table: the figures a committee compares its branches by. */
export const COMPARED_ROWS: Array<[label: string, value: (f: ReportFigures) => string]> = [
  ['学习时长（分钟）', (f) => countText(f.study.minutes)],
  ['学习人数（人）', (f) => countText(f.study.members)],
  ['人均学习（分钟）', (f) => (f.study.minutesPerMember === null ? '—' : countText(f.study.minutesPerMember))],
  ['完成学习内容（项）', (f) => countText(f.study.itemsCompleted)],
  ['交卷（人次）', (f) => countText(f.quizzes.attemptsHandedIn)],
  ['及格率', (f) => rateText(f.quizzes.passRate)],
  ['平均得分', (f) => (f.quizzes.averageScore === null ? '—' : String(f.quizzes.averageScore))],
  ['签到（人次）', (f) => countText(f.activities.checkins)],
  ['参加活动人数（人）', (f) => countText(f.activities.members)],
  ['出勤率', (f) => rateText(f.activities.attendanceRate)],
  ['三会一课（次）', (f) => countText(meetingsHeld(f))],
  ['三会一课缺项', (f) => missingText(f) || '无'],
  ['发放积分（分）', (f) => countText(f.points.awarded)],
  ['在册人员（人）', (f) => countText(f.pipeline.members)],
  ...STAGES.map((stage): [string, (f: ReportFigures) => string] => [
    `${STAGE_LABELS[stage]}（人）`,
    (f) => countText(f.pipeline.byStage[stage] ?? 0),
  ]),
];
