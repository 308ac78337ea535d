import ExcelJS from 'exceljs';
import { THREE_MEETINGS } from '../../types/labels';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * The quantified assessment through the real dispatcher: computed indicators against direct counts of the
 * records, weights and caps, manual items approved one level up, versioned schemes and closed periods,
 * 表彰/处分 with the reveal rule, and guidance notes sent only after review.
 */
const DAY = 86_400_000;
const YEAR_2026 = Date.parse('2026-01-01T00:00:00+08:00');
const YEAR_2027 = Date.parse('2027-01-01T00:00:00+08:00');
const CONFIRM = { method: 'fallback', reason: '设备不支持指纹' };
const ALL_SOURCES = [
  'study_minutes',
  'items_completed',
  'plans_completed',
  'exams_passed',
  'meetings_attended',
  'activities_attended',
  'tasks_done',
  'points',
  'volunteer_hours',
] as const;
const GENERAL_BRANCH_ADMIN = 'm-gb-com-admin';

async function membersOf(store: DocStore, unitId: string): Promise<string[]> {
  const found = await store
    .collection<any>('members')
    .find({ unitId, role: 'member', status: { $in: ['normal', 'mobile'] } }, { sort: [['_id', 1]], limit: 100 });
  return found.map((member) => member._id);
}

/** A 社区党总支 admin: the level above the east branch, which decides its manual items. */
async function addGeneralBranchAdmin(store: DocStore): Promise<void> {
  const members = store.collection<any>('members');
  const { phoneHash: _p, idCardHash: _i, openid: _o, ...template } = await members.get(DEMO.eastBranchAdmin);
  await members.insert({
    ...template,
    _id: GENERAL_BRANCH_ADMIN,
    name: '总支书记',
    unitId: 'u-gb-com',
    unitPath: ['u-committee', 'u-gb-com'],
    role: 'branch_admin',
    adminUnitId: 'u-gb-com',
    phone: null,
    idCard: null,
    demo: false,
  });
}

/** Records of every kind the indicators read, some inside 2026 and some outside it. */
async function addRecords(store: DocStore, memberId: string): Promise<void> {
  const at = (day: string) => Date.parse(`${day}T10:00:00+08:00`);
  const col = (name: string) => store.collection<any>(name);
  for (const [day, seconds] of [
    ['2025-12-31', 600],
    ['2026-03-02', 1500],
    ['2026-07-15', 1290],
  ] as const)
    await col('study_days').insert({ _id: `${memberId}_${day}`, memberId, day, seconds });
  for (const [id, day] of [
    ['c1', '2026-02-01'],
    ['c2', '2026-05-01'],
    ['c3', '2025-11-01'],
  ] as const)
    await col('study_progress').insert({ _id: `${memberId}_${id}`, memberId, contentId: id, completedAt: at(day) });
  for (const [rule, points, day] of [
    ['read_article', 1, '2026-02-01'],
    ['plan_complete', 5, '2026-04-01'],
    ['daily_quiz', 2, '2025-12-01'],
    ['activity_checkin', 2, '2026-06-01'],
  ] as const)
    await col('points_awards').insert({ _id: `aw-${memberId}-${rule}`, memberId, rule, points, at: at(day) });
  for (const [id, quizId, passed, day] of [
    ['t1', 'qz-a', true, '2026-03-01'],
    ['t2', 'qz-a', true, '2026-03-05'],
    ['t3', 'qz-b', true, '2026-04-01'],
    ['t4', 'qz-c', false, '2026-04-02'],
    ['t5', 'qz-d', true, '2025-04-02'],
  ] as const)
    await col('attempts').insert({
      _id: `${memberId}-${id}`,
      memberId,
      quizId,
      status: 'submitted',
      passed,
      submittedAt: at(day),
    });
  for (const [id, type, day, checkedIn] of [
    ['a1', 'branch_congress', '2026-03-10', true],
    ['a2', 'party_lecture', '2026-05-10', true],
    ['a3', 'group_meeting', '2026-06-10', false],
    ['a4', 'theme_day', '2026-06-12', true],
    ['a5', 'theme_day', '2025-06-12', true],
  ] as const) {
    if (!(await col('activities').get(`act-${id}`)))
      await col('activities').insert({ _id: `act-${id}`, type, startAt: at(day), organiserPath: ['u-committee'] });
    await col('signups').insert({
      _id: `act-${id}_${memberId}`,
      activityId: `act-${id}`,
      memberId,
      status: 'confirmed',
      ...(checkedIn ? { checkedInAt: at(day) } : {}),
    });
  }
  for (const [id, minutes, day] of [
    ['v1', 90, '2026-08-01'],
    ['v2', 60, '2025-08-01'],
  ] as const)
    await col('volunteer_records').insert({
      _id: `${memberId}-${id}`,
      activityId: `act-${id}`,
      title: '社区志愿服务',
      startAt: at(day),
      memberId,
      minutes,
      source: 'confirmed',
      confirmedBy: 'm-006',
      confirmedAt: at(day),
    });
  for (const [id, state, day] of [
    ['k1', 'accepted', '2026-03-01'],
    ['k2', 'submitted', '2026-03-01'],
    ['k3', 'accepted', '2025-03-01'],
  ] as const)
    await col('task_assignments').insert({
      _id: `${id}_${memberId}`,
      taskId: id,
      memberId,
      state,
      submittedAt: at(day),
    });
}

/** The same figures counted straight from the member's records, as a reader of the tables would. */
async function directCounts(store: DocStore, memberId: string) {
  const all = (name: string) => store.collection<any>(name).find({ memberId }, { limit: 100 });
  const inYear = (t: number | undefined) => t !== undefined && t >= YEAR_2026 && t < YEAR_2027;
  const signups = (await all('signups')).filter((s) => s.checkedInAt !== undefined);
  const activities = await Promise.all(signups.map((s) => store.collection<any>('activities').get(s.activityId)));
  const attended = activities.filter((a) => inYear(a.startAt));
  const awards = (await all('points_awards')).filter((a) => inYear(a.at));
  return {
    study_minutes: Math.floor(
      (await all('study_days')).filter((d) => d.day.startsWith('2026')).reduce((sum, d) => sum + d.seconds, 0) / 60,
    ),
    items_completed: (await all('study_progress')).filter((p) => inYear(p.completedAt)).length,
    plans_completed: awards.filter((a) => a.rule === 'plan_complete').length,
    exams_passed: new Set((await all('attempts')).filter((a) => a.passed && inYear(a.submittedAt)).map((a) => a.quizId))
      .size,
    meetings_attended: attended.filter((a) => THREE_MEETINGS.includes(a.type)).length,
    activities_attended: attended.filter((a) => !THREE_MEETINGS.includes(a.type)).length,
    tasks_done: (await all('task_assignments')).filter((t) => t.state === 'accepted' && inYear(t.submittedAt)).length,
    points: awards.reduce((sum, a) => sum + a.points, 0),
    volunteer_hours:
      (await all('volunteer_records')).filter((v) => inYear(v.startAt)).reduce((sum, v) => sum + v.minutes, 0) / 60,
  };
}

describe.each(['embedded', 'postgres'] as const)('assessment on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let east: string[];

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    east = await membersOf(store, 'u-b-east');
    await addGeneralBranchAdmin(store);
    await addRecords(store, east[0]!);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  const saveScheme = (indicators: object[], name = '年度考核') =>
    d.as(DEMO.orgAdmin)('admin.assessmentSchemeSave', { unitId: 'u-committee', name, periodKind: 'year', indicators });

  test('each computed indicator equals a direct count of the records; weights and caps apply', async () => {
    const indicators = ALL_SOURCES.map((source) => ({
      key: source,
      label: source.slice(0, 16),
      source,
      weight: 1,
      cap: 100,
    }));
    indicators[0] = { key: 'study_minutes', label: '学习时长', source: 'study_minutes', weight: 0.1, cap: 5 };
    await ok(
      saveScheme([...indicators, { key: 'volunteer', label: '志愿服务', source: 'manual', weight: 1, cap: 10 }]),
    );
    const mine = await ok(d.as(east[0]!)('me.assessment', { periodId: '2026' }));
    const raw = Object.fromEntries(mine.score.indicators.map((i: any) => [i.key, i.raw]));
    const direct = await directCounts(store, east[0]!);
    expect(Object.values(direct).every((value) => value > 0)).toBe(true);
    expect(raw).toMatchObject(direct);
    const study = mine.score.indicators.find((i: any) => i.key === 'study_minutes');
    expect(study.points).toBe(Math.min(5, Math.round(direct.study_minutes) / 10));
    expect(study.points).toBe(4.6);
    const exams = mine.score.indicators.find((i: any) => i.key === 'exams_passed');
    expect(exams.points).toBe(direct.exams_passed);
    expect(mine.score.maxTotal).toBe(5 + 8 * 100 + 10);
  });

  test('manual items count once approved by an admin of the unit above the entering branch; audited', async () => {
    const branch = d.as(DEMO.eastBranchAdmin);
    const item = await ok(
      branch('admin.assessmentItemAdd', {
        memberId: east[0],
        indicatorKey: 'volunteer',
        points: 8,
        occurredAt: FIXED_NOW - DAY,
        evidence: '参加社区防汛志愿服务两天',
      }),
    );
    const deduction = await ok(
      branch('admin.assessmentItemAdd', {
        memberId: east[0],
        indicatorKey: 'volunteer',
        points: -3,
        occurredAt: FIXED_NOW - DAY,
        evidence: '志愿服务缺勤一次',
      }),
    );
    expect(item).toMatchObject({ status: 'pending', canDecide: false });
    const before = await ok(d.as(east[0]!)('me.assessment', { periodId: '2026' }));
    expect(before.score.indicators.find((i: any) => i.key === 'volunteer').raw).toBe(0);

    const own = await branch('admin.assessmentItemDecide', { itemId: item.itemId, decision: 'approve' });
    expect(own.error.code).toBe('FORBIDDEN');
    const office = await d.as(DEMO.officeBranchAdmin)('admin.assessmentItemDecide', {
      itemId: item.itemId,
      decision: 'approve',
    });
    expect(office.error.code).toBe('OUT_OF_SCOPE');

    const above = d.as(GENERAL_BRANCH_ADMIN);
    const listed = await ok(above('admin.assessmentItems', { unitId: 'u-gb-com', status: 'pending' }));
    expect(listed.items.find((i: any) => i.itemId === item.itemId).canDecide).toBe(true);
    const [first, second] = await Promise.all([
      above('admin.assessmentItemDecide', { itemId: item.itemId, decision: 'approve' }),
      d.as(DEMO.orgAdmin)('admin.assessmentItemDecide', {
        itemId: item.itemId,
        decision: 'reject',
        reason: '材料不全',
      }),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect([first, second].find((r) => !r.ok).error.code).toBe('CONFLICT');
    const decided = await store.collection<any>('assessment_items').get(item.itemId);
    await ok(above('admin.assessmentItemDecide', { itemId: deduction.itemId, decision: 'approve' }));

    const after = await ok(d.as(east[0]!)('me.assessment', { periodId: '2026' }));
    const volunteer = after.score.indicators.find((i: any) => i.key === 'volunteer');
    expect(volunteer.raw).toBe((decided.status === 'approved' ? 8 : 0) - 3);
    const audit = await store.collection<any>('audit').find({ targetId: item.itemId }, { limit: 10 });
    expect(audit.map((e) => e.action).sort()).toEqual(
      ['assessment.item.add', `assessment.item.${decided.status === 'approved' ? 'approve' : 'reject'}`].sort(),
    );
  });

  test('caps hold deductions too, and the console ranks within units and per unit', async () => {
    const above = d.as(GENERAL_BRANCH_ADMIN);
    for (const points of [-8, -9]) {
      const item = await ok(
        d.as(DEMO.eastBranchAdmin)('admin.assessmentItemAdd', {
          memberId: east[1],
          indicatorKey: 'volunteer',
          points,
          occurredAt: FIXED_NOW - DAY,
          evidence: '违反志愿服务纪律',
        }),
      );
      await ok(above('admin.assessmentItemDecide', { itemId: item.itemId, decision: 'approve' }));
    }
    const scores = await ok(above('admin.assessmentScores', { unitId: 'u-gb-com', periodId: '2026' }));
    const second = scores.ranking.find((r: any) => r.memberId === east[1]);
    // −17 held at the cap of −10, and the total stops at 0: deductions take away what was earned, no debt.
    expect(second.total).toBe(0);
    const leader = scores.ranking.find((r: any) => r.unitId === 'u-b-east' && r.rankInUnit === 1);
    expect(leader.memberId).toBe(east[0]);
    expect(scores.units.map((u: any) => u.unitId).sort()).toEqual(['u-b-east', 'u-b-west']);
    const eastActive = await store
      .collection('members')
      .count({ unitPath: 'u-b-east', status: { $in: ['normal', 'mobile'] } });
    expect(scores.units.find((u: any) => u.unitId === 'u-b-east').members).toBe(eastActive);
    const counted = scores.distribution.reduce((sum: number, g: any) => sum + g.count, 0);
    expect(counted).toBe(
      await store.collection('members').count({ unitPath: 'u-gb-com', status: { $in: ['normal', 'mobile'] } }),
    );
    const one = await ok(above('admin.assessmentMember', { memberId: east[1], periodId: '2026' }));
    expect(one.score.total).toBe(0);
    expect(one.score.indicators.find((i: any) => i.key === 'volunteer').points).toBe(-10);
    expect(
      (await d.as(DEMO.officeBranchAdmin)('admin.assessmentMember', { memberId: east[1], periodId: '2026' })).error
        .code,
    ).toBe('OUT_OF_SCOPE');
    const file = await ok(above('admin.assessmentExport', { unitId: 'u-gb-com', periodId: '2026' }));
    expect(Buffer.from(file.file, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  test('the ranking and the export name only members of a lower role than the caller', async () => {
    const members = store.collection<any>('members');
    const roleOf = async (ids: string[]) =>
      new Map((await members.find({ _id: { $in: ids } }, { limit: 100 })).map((m: any) => [m._id, m.role]));
    const above = d.as(GENERAL_BRANCH_ADMIN);
    const scores = await ok(above('admin.assessmentScores', { unitId: 'u-gb-com', periodId: '2026' }));
    const ranked: string[] = scores.ranking.map((r: any) => r.memberId);
    expect(ranked.length).toBeGreaterThan(0);
    expect([...(await roleOf(ranked)).values()].every((role) => role === 'member')).toBe(true);
    expect(ranked).not.toContain(DEMO.eastBranchAdmin);
    expect(ranked).not.toContain(GENERAL_BRANCH_ADMIN);
    const byCommittee = await ok(
      d.as(DEMO.orgAdmin)('admin.assessmentScores', { unitId: 'u-gb-com', periodId: '2026' }),
    );
    expect(byCommittee.ranking.map((r: any) => r.memberId)).toContain(DEMO.eastBranchAdmin);

    const file = await ok(above('admin.assessmentExport', { unitId: 'u-gb-com', periodId: '2026' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.file, 'base64') as unknown as ArrayBuffer);
    const names = book.worksheets[0]!.getColumn(2).values.map(String);
    const { name: secretaryName } = await members.get(DEMO.eastBranchAdmin);
    expect(names).not.toContain(secretaryName);
    expect(names).toContain((await members.get(east[0]!)).name);
    const [audit] = await store
      .collection<any>('audit')
      .find({ action: 'assessment.export' }, { sort: [['at', -1]], limit: 1 });
    expect(audit.summary).toMatch(/名同级或上级管理员未列入/);
  });

  test('versioning: a new scheme version does not rescore a closed period', async () => {
    const admin = d.as(DEMO.orgAdmin);
    expect((await admin('admin.assessmentClose', { unitId: 'u-committee', periodId: '2026' })).error.code).toBe(
      'CONFLICT',
    );
    await store.collection<any>('study_days').insert({
      _id: `${east[0]}_2025-06-01`,
      memberId: east[0],
      day: '2025-06-01',
      seconds: 1200,
    });
    const closed = await ok(admin('admin.assessmentClose', { unitId: 'u-committee', periodId: '2025' }));
    expect(closed.scored).toBeGreaterThan(0);
    const kept = await ok(d.as(east[0]!)('me.assessment', { periodId: '2025' }));
    expect(kept.closed).toBe(true);
    const { version } = await ok(
      saveScheme([{ key: 'study_minutes', label: '学习时长', source: 'study_minutes', weight: 1, cap: 100 }], '新方案'),
    );
    const still = await ok(d.as(east[0]!)('me.assessment', { periodId: '2025' }));
    expect(still.score).toEqual(kept.score);
    const open = await ok(d.as(east[0]!)('me.assessment', { periodId: '2026' }));
    expect(open.scheme.version).toBe(version);
    expect(open.score.indicators.map((i: any) => i.key)).toEqual(['study_minutes']);
    const console = await ok(admin('admin.assessmentScores', { unitId: 'u-b-east', periodId: '2025' }));
    expect(console).toMatchObject({ closed: true, schemeVersion: version - 1 });
    const again = await admin('admin.assessmentClose', { unitId: 'u-b-east', periodId: '2025' });
    expect(again.error.code).toBe('CONFLICT');
  });

  test('two admins saving at once never write the same version', async () => {
    const indicators = [{ key: 'points', label: '学习积分', source: 'points', weight: 1, cap: 50 }];
    const results = await Promise.all([saveScheme(indicators, '并发甲'), saveScheme(indicators, '并发乙')]);
    const saved = results.filter((r) => r.ok).map((r) => r.data.version);
    expect(new Set(saved).size).toBe(saved.length);
    for (const r of results.filter((r) => !r.ok)) expect(r.error.code).toBe('CONFLICT');
    expect(await store.collection('assessment_schemes').count({ unitId: 'u-committee' })).toBe(Math.max(...saved));
  });

  test('处分 records: never to members, only to admins who re-confirm identity (audited)', async () => {
    const branch = d.as(DEMO.eastBranchAdmin);
    const base = {
      memberId: east[2],
      level: 'street',
      awardedAt: FIXED_NOW - 30 * DAY,
      documentNo: '城南党〔2026〕8号',
    };
    await ok(branch('admin.honourAdd', { ...base, kind: 'commendation', title: '优秀共产党员' }));
    const refused = await branch('admin.honourAdd', { ...base, kind: 'discipline', title: '党内警告' });
    expect(refused.error.code).toBe('FORBIDDEN');
    expect(await store.collection('honours').count({ memberId: east[2], kind: 'discipline' })).toBe(0);
    await ok(branch('admin.honourAdd', { ...base, kind: 'discipline', title: '党内警告', confirmation: CONFIRM }));

    const plain = await ok(branch('admin.honours', { memberId: east[2] }));
    expect(plain).toMatchObject({ disciplineShown: false });
    expect(plain.items.map((i: any) => i.kind)).toEqual(['commendation']);
    const revealed = await ok(branch('admin.honours', { memberId: east[2], confirmation: CONFIRM }));
    expect(revealed.items.map((i: any) => i.kind).sort()).toEqual(['commendation', 'discipline']);
    expect(await store.collection('audit').count({ action: 'honour.reveal', targetId: east[2] })).toBe(1);
    const mine = await ok(d.as(east[2]!)('me.honours', {}));
    expect(mine.items.map((i: any) => i.title)).toEqual(['优秀共产党员']);
    expect(JSON.stringify(mine)).not.toContain('党内警告');
    expect((await d.as(DEMO.officeBranchAdmin)('admin.honours', { memberId: east[2] })).error.code).toBe(
      'OUT_OF_SCOPE',
    );
  });

  test('a guidance note reaches the member only when sent after review, once', async () => {
    const branch = d.as(DEMO.eastBranchAdmin);
    const weakMember = east[1]!;
    const draft = await ok(branch('admin.guidanceDraft', { memberId: weakMember, periodId: '2026' }));
    expect(draft.status).toBe('draft');
    expect(draft.weak.length).toBeGreaterThan(0);
    expect((await ok(d.as(weakMember)('me.guidance', {}))).items).toEqual([]);
    const noticesBefore = await store.collection('notices').count({ memberId: weakMember });
    const message = `${draft.message}支部书记补充：请每周至少学习两次。`;
    const [a, b] = await Promise.all([
      branch('admin.guidanceSend', { guidanceId: draft.guidanceId, message }),
      branch('admin.guidanceSend', { guidanceId: draft.guidanceId, message }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await store.collection('notices').count({ memberId: weakMember })).toBe(noticesBefore + 1);
    const mine = await ok(d.as(weakMember)('me.guidance', {}));
    expect(mine.items.map((n: any) => n.message)).toEqual([message]);
    expect((await branch('admin.guidanceDraft', { memberId: weakMember, periodId: '2026' })).error.code).toBe(
      'CONFLICT',
    );
  });

  test('bad input changes nothing', async () => {
    const schemes = await store.collection('assessment_schemes').count({});
    const items = await store.collection('assessment_items').count({});
    const good = { key: 'points', label: '学习积分', source: 'points', weight: 1, cap: 50 };
    for (const indicators of [
      [],
      [good, good],
      [{ ...good, weight: 0 }],
      [{ ...good, cap: 1000 }],
      [{ ...good, extra: 1 }],
    ])
      expect((await saveScheme(indicators)).error.code).toBe('VALIDATION_FAILED');
    expect(
      (
        await d.as(DEMO.eastBranchAdmin)('admin.assessmentSchemeSave', {
          unitId: 'u-b-east',
          name: '支部方案',
          periodKind: 'year',
          indicators: [good],
        })
      ).error.code,
    ).toBe('FORBIDDEN');
    const branch = d.as(DEMO.eastBranchAdmin);
    const item = {
      memberId: east[0],
      indicatorKey: 'volunteer',
      points: 2,
      occurredAt: FIXED_NOW - DAY,
      evidence: '参加志愿服务',
    };
    for (const input of [
      { ...item, points: 0 },
      { ...item, evidence: '' },
      { ...item, indicatorKey: 'no_such' },
      { ...item, occurredAt: FIXED_NOW + DAY },
    ])
      expect((await branch('admin.assessmentItemAdd', input)).error.code).toBe('VALIDATION_FAILED');
    expect((await branch('admin.assessmentItemDecide', { itemId: 'ai-none', decision: 'reject' })).error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await store.collection('assessment_schemes').count({})).toBe(schemes);
    expect(await store.collection('assessment_items').count({})).toBe(items);
  });
});
