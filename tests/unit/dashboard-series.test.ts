import type { Dashboard } from '../../types/schemas/dashboard';
import {
  attendanceTrend,
  childQuizBars,
  childStudyBars,
  heldCount,
  monthLabel,
  partyAgeBars,
  percentOf,
  partyMemberCount,
  passRate,
  pointsBars,
  scoreBars,
  stageSlices,
  studyTrend,
  weeklyTrends,
} from '../../src/features/dashboard/series';
import { barChart, donutChart } from '../../src/features/charts/specs';

const NOW = new Date(2026, 2, 20).getTime();

const idle = {
  studyMinutes: 0,
  itemsCompleted: 0,
  attemptsHandedIn: 0,
  attemptsGraded: 0,
  attemptsPassed: 0,
  signups: 0,
  leave: 0,
  checkins: 0,
  pointsAwarded: 0,
  ballotsCast: 0,
};

const composition = {
  members: 12,
  activeMembers: 10,
  byStage: { applicant: 1, activist: 0, candidate: 2, probationary: 1, full: 6 },
  byStatus: { normal: 9, mobile: 1, suspended: 1, transferred: 1 },
  byPartyAge: { under_5: 2, from_5_to_10: 3, from_10_to_20: 1, from_20_to_30: 0, over_30: 1, none: 3 },
};

const dashboard = {
  serverNow: NOW,
  composition,
  weeks: [
    { ...idle, weekStart: '2026-03-02', studyMinutes: 90, signups: 8, checkins: 6 },
    { ...idle, weekStart: '2026-03-09', studyMinutes: 0 },
    { ...idle, weekStart: '2026-03-16', studyMinutes: 45, signups: 2, checkins: 3 },
  ],
  children: [
    {
      unitId: 'u-1',
      name: '第一支部',
      kind: 'branch',
      composition: { ...composition, activeMembers: 4 },
      activity: { ...idle, studyMinutes: 130, attemptsHandedIn: 5, attemptsPassed: 3 },
    },
    {
      unitId: 'u-2',
      name: '第二支部',
      kind: 'branch',
      composition: { ...composition, activeMembers: 0 },
      activity: { ...idle, studyMinutes: 20 },
    },
  ],
  scoreBands: [
    { from: 0, to: 9, attempts: 1 },
    { from: 90, to: 100, attempts: 4 },
  ],
  points: {
    byRule: {},
    balanceBands: [
      { from: 0, to: 49, members: 3 },
      { from: 200, to: null, members: 2 },
    ],
  },
} as unknown as Dashboard;

test('the ring leaves out stages nobody is in, 正式党员 first, each label with its count', () => {
  expect(stageSlices(dashboard)).toEqual([
    { label: '正式党员 6人', value: 6 },
    { label: '预备党员 1人', value: 1 },
    { label: '发展对象 2人', value: 2 },
    { label: '入党申请人 1人', value: 1 },
  ]);
});

test('every 党龄 band is drawn, the youngest first', () => {
  expect(partyAgeBars(dashboard).map((bar) => `${bar.label}:${bar.value}`)).toEqual([
    '5年以下:2',
    '5–10年:3',
    '10–20年:1',
    '20–30年:0',
    '30年以上:1',
    '未入党:3',
  ]);
});

test('study minutes per week, labelled by the week’s first day', () => {
  expect(studyTrend(dashboard)).toEqual([
    { series: '学习时长（分钟）', label: '3月2日', value: 90 },
    { series: '学习时长（分钟）', label: '3月9日', value: 0 },
    { series: '学习时长（分钟）', label: '3月16日', value: 45 },
  ]);
});

test('the pass rate is over graded hand-ins only, and none without any', () => {
  expect(passRate({ attemptsGraded: 4, attemptsPassed: 3 })).toBe(75);
  expect(passRate({ attemptsGraded: 0, attemptsPassed: 0 })).toBeNull();
});

test('党员 counts 正式 and 预备 only, not applicants, activists or 发展对象', () => {
  expect(partyMemberCount(composition)).toBe(7);
});

test('weekly trends stop at the server’s today, attendance at the last week that is over, labels short', () => {
  const later = { ...idle, weekStart: '2026-03-23', studyMinutes: 0, signups: 0, checkins: 0 };
  const trends = weeklyTrends({ ...dashboard, weeks: [...dashboard.weeks, later] });
  const startingToday = weeklyTrends({ ...dashboard, serverNow: new Date(2026, 2, 16, 10).getTime() });
  expect(startingToday.study.map((point) => point.label)).toEqual(['3/2', '3/9']);
  expect(trends.study.map((point) => `${point.label}:${point.value}`)).toEqual(['3/2:90', '3/9:0', '3/16:45']);
  expect(trends.attendance.map((point) => `${point.label}:${point.value}`)).toEqual(['3/2:75']);
});

test('attendance leaves out weeks without activities and never passes 100%', () => {
  expect(attendanceTrend(dashboard).map((point) => `${point.label}:${point.value}`)).toEqual([
    '3月2日:75',
    '3月16日:100',
  ]);
});

test('child units compare per active member; a unit without members counts 0', () => {
  expect(childStudyBars(dashboard)).toEqual([
    { label: '第一支部', value: 33 },
    { label: '第二支部', value: 0 },
  ]);
  expect(childQuizBars(dashboard).slice(0, 2)).toEqual([
    { series: '交卷', label: '第一支部', value: 5 },
    { series: '通过', label: '第一支部', value: 3 },
  ]);
});

test('score and points bands are labelled as ranges, the last points band open-ended', () => {
  expect(scoreBars(dashboard).map((bar) => bar.label)).toEqual(['0', '90']);
  expect(pointsBars(dashboard)).toEqual([
    { label: '0–49', value: 3 },
    { label: '200以上', value: 2 },
  ]);
});

test('percentages, months and held meetings', () => {
  expect(percentOf(1, 3)).toBe(33);
  expect(percentOf(5, 0)).toBe(0);
  expect(monthLabel('2026-03', false)).toBe('3月');
  expect(monthLabel('2026-03', true)).toBe('2026年3月');
  expect(heldCount({ committee_meeting: 1, party_lecture: 2 })).toBe(3);
});

test('a chart spec is an F2 chart over the mapped data, with its geometry and axes', () => {
  const data = partyAgeBars(dashboard);
  const spec = barChart(data, { horizontal: true });
  expect(spec.props.data).toBe(data);
  expect(spec.props.coord).toEqual({ transposed: true });
  const children = spec.props.children as Array<{ props: Record<string, unknown> }>;
  expect(children.map((child) => child.props.field ?? `${child.props.x}×${child.props.y}`)).toEqual([
    'label',
    'value',
    'label×value',
  ]);
  const ring = donutChart(stageSlices(dashboard));
  expect(ring.props.coord).toMatchObject({ type: 'polar', transposed: true });
  expect(ring.props.data).toHaveLength(4);
});
