import { maxTotalOf, scoreIndicators } from '../../cloudfunctions/modules/assessment/scoring';
import type { RawValues } from '../../cloudfunctions/modules/assessment/indicators';
import { SchemeSaveInput } from '../../types/schemas/assessment';

/** 违纪扣分 (a deduction indicator) lowers the score and never raises the maximum. */
const indicators = [
  { key: 'meetings_attended', label: '三会一课', source: 'meetings_attended' as const, weight: 5, cap: 40 },
  { key: 'volunteer', label: '志愿服务', source: 'manual' as const, weight: 1, cap: 10 },
  { key: 'discipline', label: '违纪扣分', source: 'manual' as const, weight: 1, cap: 15, deduction: true },
];

const raw = (meetings: number, manual: Record<string, number>): RawValues => ({
  study_minutes: 0,
  items_completed: 0,
  plans_completed: 0,
  exams_passed: 0,
  meetings_attended: meetings,
  activities_attended: 0,
  tasks_done: 0,
  points: 0,
  volunteer_hours: 0,
  manual,
});

test('the maximum counts only the indicators that add points', () => {
  expect(maxTotalOf(indicators)).toBe(50);
  // The same scheme without the flag would have counted the 15 points of 违纪扣分 as attainable.
  expect(maxTotalOf(indicators.map(({ deduction: _flag, ...rest }) => rest))).toBe(65);
});

test('a deduction lowers the total and the share of the maximum', () => {
  const score = scoreIndicators(indicators, raw(8, { volunteer: 5, discipline: -6 }));
  expect(score.indicators.find((i) => i.key === 'discipline')).toMatchObject({ points: -6, cap: 15, deduction: true });
  expect(score.total).toBe(39);
  expect(score.percent).toBe(78);
  expect(score.grade).toBe('good');
});

test('a deduction takes away at most its cap and never adds', () => {
  const heavy = scoreIndicators(indicators, raw(8, { discipline: -40 }));
  expect(heavy.indicators.find((i) => i.key === 'discipline')?.points).toBe(-15);
  expect(heavy.total).toBe(25);
  // A 加分 entered under 违纪扣分 offsets earlier 扣分 but never counts as points of its own.
  const offset = scoreIndicators(indicators, raw(8, { discipline: 3 }));
  expect(offset.indicators.find((i) => i.key === 'discipline')?.points).toBe(0);
  expect(offset.total).toBe(40);
});

test('the total never goes below 0', () => {
  const score = scoreIndicators(indicators, raw(1, { discipline: -15 }));
  expect(score.total).toBe(0);
  expect(score.percent).toBe(0);
  expect(score.grade).toBe('weak');
});

test('a scheme may mark only manual indicators as deductions, and needs one indicator that adds', () => {
  const base = { unitId: 'u-1', name: '年度考核', periodKind: 'year' as const };
  expect(SchemeSaveInput.safeParse({ ...base, indicators }).success).toBe(true);
  const systemDeduction = SchemeSaveInput.safeParse({
    ...base,
    indicators: [indicators[1], { ...indicators[0], deduction: true }],
  });
  expect(systemDeduction.error?.issues[0]?.message).toBe('只有手工录入的指标可以设为扣分项');
  const onlyDeductions = SchemeSaveInput.safeParse({ ...base, indicators: [indicators[2]] });
  expect(onlyDeductions.error?.issues[0]?.message).toBe('请至少设置一个加分指标，否则方案没有满分');
});
