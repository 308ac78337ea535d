import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { INACTIVE_MEMBER_STATUSES, THREE_MEETINGS } from '../../types/labels';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoReportMonths } from '../../scripts/seed/demo-report';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { seededStore } from '../support/seeded-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * The monthly branch report (admin.monthlyReport, admin.monthlyReportExport): every figure against direct
 * counts over the seeded records for a branch and for a committee with its branches side by side, the changes
 * against last month, scoping to the caller's subtree, refused months, and the XLSX it exports.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;
const DAY = 86_400_000;
const chinaDay = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
const MONTH = chinaDay(FIXED_NOW).slice(0, 7);
const PREVIOUS = `${MONTH.slice(0, 4)}-${String(Number(MONTH.slice(5, 7)) - 1).padStart(2, '0')}`;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoStudy(store, FIXED_NOW);
  await seedDemoQuiz(store, FIXED_NOW);
  await seedDemoReportMonths(store, FIXED_NOW);
  await seedQuizAndPoints();
  d = await dispatcherFor(store);
  // Seeding writes records without events: the reconcile is the backfill.
  await ok(d.system('system.reconcileAggregates'));
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Hand-ins and awards over both months for some members of every branch (the demo seeds none). */
async function seedQuizAndPoints() {
  const members = await store.collection<any>('members').find({ role: 'member' }, { sort: [['_id', 1]], limit: 100 });
  // Two members of the east branch became 发展对象 this month; one last month.
  const east = members.filter((m) => m.unitId === 'u-b-east').slice(0, 3);
  for (const [index, member] of east.entries()) {
    const at = index < 2 ? FIXED_NOW - DAY : FIXED_NOW - 31 * DAY;
    await store.collection<any>('members').updateWhere(
      { _id: member._id },
      {
        $set: {
          stage: 'candidate',
          stageSince: at,
          stageHistory: [
            { stage: 'activist', at: FIXED_NOW - 400 * DAY, recordedBy: null },
            { stage: 'candidate', at, recordedBy: null },
          ],
        },
      },
    );
  }
  for (const [index, member] of members.entries()) {
    for (const [month, at] of [
      [PREVIOUS, FIXED_NOW - 30 * DAY],
      [MONTH, FIXED_NOW - (index % 5) * DAY],
    ] as const) {
      if (index % 3 === 2 && month === MONTH) continue;
      const percent = 40 + ((index * 17) % 61) + 0.4;
      await store.collection<any>('attempts').insert({
        _id: `att-report-${month}-${member._id}`,
        memberId: member._id,
        status: 'submitted',
        submittedAt: at,
        percent,
        // Every fourth is daily practice (no pass mark): handed in, never graded, never in a pass rate.
        passed: index % 4 === 1 ? null : percent >= 60,
      });
      await store.collection<any>('points_awards').insert({
        _id: `award-report-${month}-${member._id}`,
        memberId: member._id,
        rule: 'daily_quiz',
        objectId: `att-report-${month}-${member._id}`,
        day: chinaDay(at),
        points: 1 + (index % 3),
        reason: '完成每日答题',
        at,
      });
    }
  }
}

const report = (admin: string, unitId: string, month = MONTH) =>
  ok(d.as(admin)('admin.monthlyReport', { unitId, month }));

async function all(name: string, filter: Record<string, unknown> = {}): Promise<any[]> {
  const out: any[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await store.collection<any>(name).find(filter, { sort: [['_id', 1]], skip, limit: 100 });
    out.push(...page);
    if (page.length < 100) return out;
  }
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** The report's figures of `unitId` in `month`, counted from the records. */
async function direct(unitId: string, month: string) {
  const inMonth = (at: number | undefined) => at !== undefined && chinaDay(at).startsWith(month);
  const members = await all('members', { unitPath: unitId });
  const ids = new Set(members.map((m) => m._id));
  const active = members.filter((m) => !INACTIVE_MEMBER_STATUSES.includes(m.status));
  const mine = (records: any[]) => records.filter((r) => ids.has(r.memberId));
  const studyDays = mine(await all('study_days')).filter((s) => s.day.startsWith(month));
  const minutes = Math.floor(studyDays.reduce((sum, s) => sum + s.seconds, 0) / 60);
  const completed = mine(await all('study_progress', { completedAt: { $exists: true } })).filter((p) =>
    inMonth(p.completedAt),
  );
  const attempts = mine(await all('attempts', { status: 'submitted' })).filter((a) => inMonth(a.submittedAt));
  const passed = attempts.filter((a) => a.passed === true).length;
  const graded = attempts.filter((a) => typeof a.passed === 'boolean').length;
  const activities = new Map((await all('activities')).map((a) => [a._id, a]));
  const signups = mine(await all('signups')).filter((s) => inMonth(activities.get(s.activityId)?.startAt));
  const confirmed = signups.filter((s) => s.status === 'confirmed').length;
  const checkins = signups.filter((s) => s.checkedInAt !== undefined).length;
  const awards = mine(await all('points_awards')).filter((a) => inMonth(a.at));
  const meetings = [...activities.values()].filter(
    (a) =>
      THREE_MEETINGS.includes(a.type) && a.organiserPath.includes(unitId) && inMonth(a.startAt) && a.endAt <= FIXED_NOW,
  );
  const reached: Record<string, number> = {};
  for (const member of members)
    (member.stageHistory as Array<{ stage: string; at: number }>).forEach((step, index, history) => {
      if (index > 0 && step.stage !== history[index - 1]!.stage && inMonth(step.at))
        reached[step.stage] = (reached[step.stage] ?? 0) + 1;
    });
  const byStage: Record<string, number> = {};
  for (const m of active) byStage[m.stage] = (byStage[m.stage] ?? 0) + 1;
  return {
    study: {
      minutes,
      itemsCompleted: completed.length,
      minutesPerMember: active.length ? Math.floor(minutes / active.length) : null,
      members: new Set(studyDays.map((s) => s.memberId)).size,
    },
    quizzes: {
      attemptsHandedIn: attempts.length,
      attemptsGraded: graded,
      attemptsPassed: passed,
      passRate: percent(passed, graded),
      averageScore: attempts.length
        ? Math.round((attempts.reduce((sum, a) => sum + Math.round(a.percent ?? 0), 0) / attempts.length) * 10) / 10
        : null,
    },
    activities: {
      signups: confirmed,
      leave: signups.filter((s) => s.status === 'leave').length,
      checkins,
      attendanceRate: percent(checkins, confirmed),
      members: new Set(signups.filter((s) => s.checkedInAt !== undefined).map((s) => s.memberId)).size,
    },
    meetingsHeld: meetings.length,
    pointsAwarded: awards.reduce((sum, a) => sum + a.points, 0),
    pipeline: { members: members.length, activeMembers: active.length, byStage, reachedThisMonth: reached },
  };
}

function asDirect(figures: any) {
  const { scoreBands: _bands, ...quizzes } = figures.quizzes;
  return {
    study: figures.study,
    quizzes,
    activities: figures.activities,
    meetingsHeld: Object.values(figures.meetings.held as Record<string, number>).reduce((a, b) => a + b, 0),
    pointsAwarded: figures.points.awarded,
    pipeline: {
      ...figures.pipeline,
      byStage: Object.fromEntries(Object.entries(figures.pipeline.byStage).filter(([, n]) => (n as number) > 0)),
      reachedThisMonth: Object.fromEntries(
        Object.entries(figures.pipeline.reachedThisMonth).filter(([, n]) => (n as number) > 0),
      ),
    },
  };
}

test('a branch’s figures equal direct counts over the records, this month and last', async () => {
  const got = await report(DEMO.eastBranchAdmin, 'u-b-east');
  expect(got.kind).toBe('branch');
  expect(got.branches).toEqual([]);
  expect(asDirect(got.figures)).toEqual(await direct('u-b-east', MONTH));
  // The seeded month is not empty, so equal figures mean something.
  const { study, quizzes, activities, points } = got.figures;
  for (const n of [study.minutes, quizzes.attemptsHandedIn, activities.checkins, points.awarded])
    expect(n).toBeGreaterThan(0);
  expect(study.members).toBeGreaterThan(0);
  expect(got.figures.pipeline.reachedThisMonth.candidate).toBe(2);
  expect(activities.members).toBeGreaterThan(0);
  // A mix: some hand-ins have no pass mark, so graded < handed in and the rate is over graded ones only.
  expect(quizzes.attemptsGraded).toBeGreaterThan(0);
  expect(quizzes.attemptsGraded).toBeLessThan(quizzes.attemptsHandedIn);
  expect(got.figures.meetings.held.committee_meeting).toBe(1);
  const last = await report(DEMO.eastBranchAdmin, 'u-b-east', PREVIOUS);
  expect(asDirect(last.figures)).toEqual(await direct('u-b-east', PREVIOUS));
  expect(got.previousMonth).toBe(PREVIOUS);
});

test('a committee sees every branch of its subtree side by side, each equal to its direct counts', async () => {
  const got = await report(DEMO.orgAdmin, 'u-committee');
  expect(asDirect(got.figures)).toEqual(await direct('u-committee', MONTH));
  const branches = await all('units', { path: 'u-committee', kind: 'branch' });
  expect(got.branches.map((b: any) => b.unitId).sort()).toEqual(branches.map((b) => b._id).sort());
  expect(got.branchTotal).toBe(branches.length);
  for (const branch of got.branches) expect(asDirect(branch.figures)).toEqual(await direct(branch.unitId, MONTH));
  const required = got.figures.meetings.required as Record<string, number>;
  expect(required.committee_meeting).toBe(branches.length);
  expect(got.figures.meetings.branchesMissing).toBe(
    got.branches.filter((b: any) => b.figures.meetings.missing.length > 0).length,
  );
});

test('changes against last month give the direction and a plain sentence for each figure', async () => {
  const [now, last] = [await direct('u-committee', MONTH), await direct('u-committee', PREVIOUS)];
  const got = await report(DEMO.orgAdmin, 'u-committee');
  const study = got.changes.find((c: any) => c.figure === '学习时长');
  expect(study).toMatchObject({ current: now.study.minutes, previous: last.study.minutes });
  const points = got.changes.find((c: any) => c.figure === '发放积分');
  expect(points).toMatchObject({ current: now.pointsAwarded, previous: last.pointsAwarded });
  for (const change of got.changes) {
    const expected = change.current > change.previous ? 'up' : change.current < change.previous ? 'down' : 'same';
    expect(change.direction).toBe(expected);
    expect(change.text).toMatch(expected === 'up' ? /增加/ : expected === 'down' ? /减少/ : /持平/);
    expect(change.text).toContain(change.figure);
  }
});

test('a branch admin reaches only their subtree', async () => {
  const refused = await d.as(DEMO.eastBranchAdmin)('admin.monthlyReport', { unitId: 'u-committee', month: MONTH });
  expect(refused.ok).toBe(false);
  expect(refused.error.code).toBe('OUT_OF_SCOPE');
  const sibling = await d.as(DEMO.eastBranchAdmin)('admin.monthlyReportExport', { unitId: 'u-b-west', month: MONTH });
  expect(sibling.error.code).toBe('OUT_OF_SCOPE');
  const own = await report(DEMO.eastBranchAdmin, 'u-b-east');
  expect(own.unitId).toBe('u-b-east');
});

test('a malformed or future month is refused in Chinese and changes nothing', async () => {
  const before = await Promise.all(['unit_months', 'audit', 'events'].map((c) => all(c)));
  for (const month of ['2026-13', '2026-1', '十一月', `${Number(MONTH.slice(0, 4)) + 1}-01`]) {
    const result = await d.as(DEMO.orgAdmin)('admin.monthlyReport', { unitId: 'u-committee', month });
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(result.error.fields.month).toMatch(/月份/);
  }
  const after = await Promise.all(['unit_months', 'audit', 'events'].map((c) => all(c)));
  expect(after).toEqual(before);
});

test('the export opens as XLSX: a summary side by side and one sheet per branch with the expected rows', async () => {
  const got = await report(DEMO.orgAdmin, 'u-committee');
  const file = await ok(d.as(DEMO.orgAdmin)('admin.monthlyReportExport', { unitId: 'u-committee', month: MONTH }));
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(file.fileName).toMatch(/月报\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.file, 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', ...got.branches.map((b: any) => b.name)]);
  const summary = workbook.getWorksheet('汇总')!;
  const header = summary.getRow(2).values as unknown[];
  expect(header.slice(1)).toEqual(['指标', `${got.name}（合计）`, ...got.branches.map((b: any) => b.name)]);
  const rowOf = (sheet: ExcelJS.Worksheet, label: string) => {
    for (let r = 1; r <= sheet.rowCount; r += 1)
      if (sheet.getRow(r).getCell(1).value === label) return (sheet.getRow(r).values as unknown[]).slice(2);
    throw new Error(`no row ${label}`);
  };
  expect(rowOf(summary, '学习时长（分钟）')).toEqual([
    got.figures.study.minutes,
    ...got.branches.map((b: any) => b.figures.study.minutes),
  ]);
  expect(rowOf(summary, '交卷（人次）')).toEqual([
    got.figures.quizzes.attemptsHandedIn,
    ...got.branches.map((b: any) => b.figures.quizzes.attemptsHandedIn),
  ]);
  const east = got.branches.find((b: any) => b.unitId === 'u-b-east');
  const sheet = workbook.getWorksheet(east.name)!;
  expect(rowOf(sheet, '在册党员（人）')).toEqual([east.figures.pipeline.members]);
  expect(rowOf(sheet, '发放积分（分）')).toEqual([east.figures.points.awarded]);
  const texts: unknown[] = [];
  sheet.eachRow((row) => texts.push(row.getCell(1).value));
  for (const change of east.changes) expect(texts).toContain(change.text);
});

test('an export is audited: who took which unit’s month out, and a refused one leaves no entry', async () => {
  const entries = () => all('audit', { action: 'report.monthlyExport' });
  const before = (await entries()).length;
  await ok(d.as(DEMO.eastBranchAdmin)('admin.monthlyReportExport', { unitId: 'u-b-east', month: PREVIOUS }));
  const after = await entries();
  expect(after).toHaveLength(before + 1);
  const entry = after.find(
    (e) =>
      !e.summary.includes('党委') && e.targetId === 'u-b-east' && e.summary.includes(`${Number(PREVIOUS.slice(5))}月`),
  );
  expect(entry).toMatchObject({ targetId: 'u-b-east', unitPath: expect.arrayContaining(['u-committee', 'u-b-east']) });
  expect(entry.actorId).toBe(DEMO.eastBranchAdmin);
  const refused = await d.as(DEMO.eastBranchAdmin)('admin.monthlyReportExport', { unitId: 'u-b-west', month: MONTH });
  expect(refused.ok).toBe(false);
  expect(await entries()).toHaveLength(before + 1);
});

test('a branch’s export has the summary and its own sheet', async () => {
  const file = await ok(d.as(DEMO.eastBranchAdmin)('admin.monthlyReportExport', { unitId: 'u-b-east', month: MONTH }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.file, 'base64') as unknown as ArrayBuffer);
  const got = await report(DEMO.eastBranchAdmin, 'u-b-east');
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', got.name]);
});

test('on PostgreSQL the same records give the same report', async () => {
  const postgres = await seededStore('postgres');
  const pg = await dispatcherFor(postgres.store);
  try {
    const previousStore = store;
    store = postgres.store;
    try {
      await seedDemoStudy(store, FIXED_NOW);
      await seedDemoQuiz(store, FIXED_NOW);
      await seedDemoReportMonths(store, FIXED_NOW);
      await seedQuizAndPoints();
    } finally {
      store = previousStore;
    }
    await ok(pg.system('system.reconcileAggregates'));
    for (const [admin, unitId] of [
      [DEMO.orgAdmin, 'u-committee'],
      [DEMO.eastBranchAdmin, 'u-b-east'],
    ] as const) {
      const onPostgres = await ok(pg.as(admin)('admin.monthlyReport', { unitId, month: MONTH }));
      const embedded = await report(admin, unitId);
      expect({ ...onPostgres, generatedAt: 0 }).toEqual({ ...embedded, generatedAt: 0 });
    }
  } finally {
    await pg.close();
    await postgres.close();
  }
}, 120_000);

test('plans due this month show how many of the members they reach completed them, counted from the records', async () => {
  const DAY_MS = 86_400_000;
  const itemIds = ['c-plan-1', 'c-plan-2'];
  // Three east members completed both items, a fourth only one.
  const eastMembers = await all('members', { unitId: 'u-b-east', status: 'normal' });
  for (const [index, member] of eastMembers.slice(0, 4).entries())
    for (const contentId of index === 3 ? itemIds.slice(0, 1) : itemIds)
      await store.collection<any>('study_progress').insert({
        _id: `p-plan-${member._id}-${contentId}`,
        memberId: member._id,
        contentId,
        creditedSeconds: 600,
        watched: [],
        position: 0,
        lastOpenedAt: FIXED_NOW - 3 * DAY_MS,
        completedAt: FIXED_NOW - 3 * DAY_MS,
      });
  const progress = await all('study_progress', { contentId: { $in: itemIds }, completedAt: { $exists: true } });
  const plan = (id: string, unitId: string, unitPath: string[], deadline: number) => ({
    _id: id,
    title: `本月计划${id.slice(-1)}`,
    unitId,
    unitPath,
    itemIds,
    quizIds: [],
    startAt: FIXED_NOW - 20 * DAY_MS,
    deadline,
    createdBy: 'm-001',
    createdAt: FIXED_NOW - 20 * DAY_MS,
  });
  const plans = store.collection<any>('plans');
  await plans.insert(plan('plan-month-a', 'u-committee', ['u-committee'], FIXED_NOW - DAY_MS));
  const east = (await all('units', { _id: 'u-b-east' }))[0];
  await plans.insert(plan('plan-month-b', 'u-b-east', [...east.path, 'u-b-east'], FIXED_NOW - 2 * DAY_MS));
  // Due last month: not this month's.
  await plans.insert(plan('plan-month-c', 'u-committee', ['u-committee'], FIXED_NOW - 40 * DAY_MS));

  const directCompletion = async (unitId: string) => {
    const members = await all('members', { unitPath: unitId, status: 'normal' });
    const done = members.filter((m) =>
      itemIds.every((contentId) => progress.some((p) => p.memberId === m._id && p.contentId === contentId)),
    );
    return { members: members.length, completedMembers: done.length };
  };
  const got = await report(DEMO.orgAdmin, 'u-committee');
  const byId = new Map(got.plans.map((p: any) => [p.planId, p]));
  expect([...byId.keys()].filter((id) => String(id).startsWith('plan-month-')).sort()).toEqual([
    'plan-month-a',
    'plan-month-b',
  ]);
  expect(byId.get('plan-month-a')).toMatchObject(await directCompletion('u-committee'));
  expect(byId.get('plan-month-b')).toMatchObject(await directCompletion('u-b-east'));
  // A branch sees a plan from above among its own members only.
  const branch = await report(DEMO.eastBranchAdmin, 'u-b-east');
  const fromAbove = branch.plans.find((p: any) => p.planId === 'plan-month-a');
  expect(fromAbove).toMatchObject(await directCompletion('u-b-east'));
  expect(fromAbove.completedMembers).toBe(3);
});
