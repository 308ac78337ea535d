import type { z } from 'zod';
import type { MonthlyReport, MonthlyReportInput, ReportUnit } from '../../../types/schemas/report';
import { DEVELOPMENT_STEPS } from '../../../types/development-steps';
import { THREE_MEETINGS, type ActivityType } from '../../../types/labels';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';
import { chinaDay } from '../shared/china-time';
import { aggregateCollections, type Counts, type UnitMonthDoc } from '../dashboard/aggregates';
import { meetingCell, REQUIRED_MONTHLY } from '../dashboard/dashboard.service';
import { monthChanges } from './report-changes';
import { planCompletionIn } from '../study/plans.service';
import { studyRepository } from '../study/study.repository';
import { meetingsHeld, percentOf, reportFigures, type MeetingTally } from './report-figures';

const MAX_BRANCHES = 100;

/**
 * `admin.monthlyReport` from the aggregates only (ADR 0015): the unit, its branches (≤ 100), their month
 * documents for this month and last, and their snapshots — reads that depend on the number of branches,
 * never on the members.
 */
export async function monthlyReport(
  ctx: CallContext,
  input: MonthlyReportInput,
): Promise<z.input<typeof MonthlyReport>> {
  if (input.month > chinaDay(ctx.now).slice(0, 7))
    throw new AppError('VALIDATION_FAILED', '这个月还没有到，请选择本月或之前的月份。', {
      month: '请选择本月或之前的月份',
    });
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  const previousMonth = monthBefore(input.month);
  const subtreeBranches = { path: unit._id, kind: 'branch', archived: { $ne: true } };
  const [branches, branchTotal] =
    unit.kind === 'branch'
      ? [[] as UnitDoc[], 0]
      : await Promise.all([
          repo.units.find(subtreeBranches, { sort: [['name', 1]], limit: MAX_BRANCHES }),
          repo.units.count(subtreeBranches),
        ]);
  const ids = [unit._id, ...branches.map((branch) => branch._id)];
  const { months, snapshots } = aggregateCollections(ctx.store);
  const [monthDocs, branchSnapshots, ownSnapshot] = await Promise.all([
    pages((skip) =>
      months.find(
        { unitId: { $in: ids }, month: { $in: [input.month, previousMonth] } },
        { sort: [['_id', 1]], skip, limit: 100 },
      ),
    ),
    branches.length
      ? snapshots.find({ _id: { $in: branches.map((branch) => branch._id) } }, { limit: MAX_BRANCHES })
      : Promise.resolve([]),
    snapshots.get(unit._id),
  ]);
  const snapshotDocs = [...branchSnapshots, ...(ownSnapshot ? [ownSnapshot] : [])];
  const docOf = (unitId: string, month: string) => monthDocs.find((d) => d.unitId === unitId && d.month === month);
  const snapshotOf = (unitId: string) => snapshotDocs.find((d) => d._id === unitId)?.c ?? {};

  /** A unit's report: the branches it stands for decide what 三会一课 it owes. */
  const reportOf = (of: UnitDoc, owing: UnitDoc[]): z.input<typeof ReportUnit> => {
    const tallyIn = (month: string) => meetingTally(ctx.now, of, owing, month, monthDocs);
    const [now, before] = [tallyIn(input.month), tallyIn(previousMonth)];
    const counts = (month: string): Counts => docOf(of._id, month)?.c ?? {};
    const figures = reportFigures(counts(input.month), snapshotOf(of._id), now);
    const last = reportFigures(counts(previousMonth), snapshotOf(of._id), before);
    return {
      unitId: of._id,
      name: of.name,
      kind: of.kind,
      figures,
      changes: monthChanges([
        { figure: '学习时长', unit: '分钟', current: figures.study.minutes, previous: last.study.minutes },
        { figure: '学习人数', unit: '人', current: figures.study.members, previous: last.study.members },
        {
          figure: '完成学习内容',
          unit: '项',
          current: figures.study.itemsCompleted,
          previous: last.study.itemsCompleted,
        },
        {
          figure: '交卷',
          unit: '人次',
          current: figures.quizzes.attemptsHandedIn,
          previous: last.quizzes.attemptsHandedIn,
        },
        {
          figure: '答题及格率',
          unit: '%',
          current: figures.quizzes.passRate ?? null,
          previous: last.quizzes.passRate ?? null,
          rate: true,
        },
        { figure: '活动签到', unit: '人次', current: figures.activities.checkins, previous: last.activities.checkins },
        {
          figure: '参加活动人数',
          unit: '人',
          current: figures.activities.members,
          previous: last.activities.members,
        },
        {
          figure: '出勤率',
          unit: '%',
          current: figures.activities.attendanceRate ?? null,
          previous: last.activities.attendanceRate ?? null,
          rate: true,
        },
        { figure: '三会一课', unit: '次', current: meetingsHeld(now), previous: meetingsHeld(before) },
        { figure: '发放积分', unit: '分', current: figures.points.awarded, previous: last.points.awarded },
        // A development step nobody took in either month says nothing.
        ...DEVELOPMENT_STEPS.map(({ stage, label }) => ({
          figure: label,
          unit: '人',
          current: figures.pipeline.reachedThisMonth[stage] ?? 0,
          previous: last.pipeline.reachedThisMonth[stage] ?? 0,
        })).filter((step) => step.current || step.previous),
      ]),
    };
  };

  return {
    ...reportOf(unit, unit.kind === 'branch' ? [unit] : branches),
    month: input.month,
    previousMonth,
    generatedAt: ctx.now,
    branches: branches.map((branch) => reportOf(branch, [branch])),
    branchTotal,
    plans: await plansDue(ctx, unit, input.month),
  };
}

const MAX_PLANS = 5;

/**
 * Study plans due in `month` that reach the unit's members (assigned to it, above it or inside its subtree),
 * each with its completion counted as the plan report counts it: these read the plans' members and
 * completions, the only figures of the report not kept in the aggregates.
 */
async function plansDue(ctx: CallContext, unit: UnitDoc, month: string) {
  const { plans } = studyRepository(ctx.store);
  const due = { deadline: { $gte: chinaMonthStart(month), $lt: chinaMonthStart(monthAfter(month)) } };
  const [inside, above] = await Promise.all([
    plans.find({ unitPath: unit._id, ...due }, { sort: [['deadline', 1]], limit: MAX_PLANS }),
    unit.path.length
      ? plans.find({ unitId: { $in: unit.path }, ...due }, { sort: [['deadline', 1]], limit: MAX_PLANS })
      : Promise.resolve([]),
  ]);
  const chosen = [...above, ...inside].sort((a, b) => a.deadline - b.deadline).slice(0, MAX_PLANS);
  const out = [];
  for (const plan of chosen) {
    const { members, completedMembers } = await planCompletionIn(ctx, plan, unit._id);
    out.push({
      planId: plan._id,
      title: plan.title,
      deadline: plan.deadline,
      members,
      completedMembers,
      completionRate: percentOf(completedMembers, members),
    });
  }
  return out;
}

/** 00:00 China time on the first day of `YYYY-MM`. */
const chinaMonthStart = (month: string) => Date.parse(`${month}-01T00:00:00+08:00`);

function monthAfter(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * 三会一课 of `unit` in `month`: meetings held anywhere in its subtree (its own month document holds them all),
 * what each branch it stands for must hold, and which of those branches still miss one.
 */
function meetingTally(
  now: number,
  unit: UnitDoc,
  owing: UnitDoc[],
  month: string,
  monthDocs: UnitMonthDoc[],
): MeetingTally {
  const own = meetingCell(
    now,
    unit,
    month,
    monthDocs.filter((d) => d.unitId === unit._id),
  );
  const missing = new Set<ActivityType>();
  let branchesMissing = 0;
  for (const branch of owing) {
    const cell = meetingCell(
      now,
      branch,
      month,
      monthDocs.filter((d) => d.unitId === branch._id),
    );
    cell.missing.forEach((type) => missing.add(type));
    if (cell.missing.length) branchesMissing += 1;
  }
  const required = Object.fromEntries(
    Object.entries(REQUIRED_MONTHLY).map(([type, perBranch]) => [type, perBranch * owing.length]),
  ) as MeetingTally['required'];
  return {
    held: own.held,
    required,
    missing: THREE_MEETINGS.filter((type) => missing.has(type)),
    branchesMissing,
  };
}

/** The month before `YYYY-MM`. */
export function monthBefore(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

async function pages<T>(fetchPage: (skip: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await fetchPage(skip);
    all.push(...page);
    if (page.length < 100) return all;
  }
}
