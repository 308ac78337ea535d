import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { COLLECTIONS } from '../../cloudfunctions/store/collections';
import { MAX_PAGE, type Doc, type DocStore } from '../../cloudfunctions/store/types';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * Questionnaires through the real dispatcher: one response per member under a race on both stores, every
 * answer rule, results shown only as allowed, and an anonymous response unlinkable in storage and logs.
 */
const HOUR = 3_600_000;
const QUESTIONS = [
  { kind: 'single', title: '您所在的支部每月开展主题党日吗', options: ['每月都有', '偶尔', '没有'] },
  {
    kind: 'multiple',
    title: '您希望增加哪些学习形式',
    options: ['专题党课', '红色观影', '实地参观', '线上答题'],
    minChoices: 1,
    maxChoices: 2,
  },
  { kind: 'rating', title: '对支部工作的满意度', scale: 5 },
  { kind: 'short_text', title: '一句话建议', required: false },
  { kind: 'long_text', title: '其他意见', required: false },
];
const draft = (overrides: Record<string, unknown> = {}) => ({
  title: '支部工作满意度调查',
  description: '请如实填写，约需 3 分钟',
  anonymous: true,
  resultsVisible: true,
  opensAt: FIXED_NOW - HOUR,
  closesAt: FIXED_NOW + 24 * HOUR,
  questions: QUESTIONS,
  ...overrides,
});
const answers = (i: number) => [
  { questionId: 'q1', optionIds: [`o${(i % 3) + 1}`] },
  { questionId: 'q2', optionIds: ['o1', 'o3'] },
  { questionId: 'q3', rating: (i % 5) + 1 },
  { questionId: 'q4', text: `建议${i}` },
];

async function publishedSurvey(d: Dispatcher, overrides: Record<string, unknown> = {}, unitId = 'u-gb-com') {
  const { surveyId } = await ok(d.as(DEMO.orgAdmin)('admin.surveyCreate', { unitId, survey: draft(overrides) }));
  await ok(d.as(DEMO.orgAdmin)('admin.surveyPublish', { surveyId }));
  return surveyId as string;
}

/** Members of the community Party branch who may answer (active Party members). */
async function respondents(store: DocStore, limit: number): Promise<string[]> {
  const found = await store
    .collection<{ _id: string }>('members')
    .find(
      { unitPath: 'u-gb-com', stage: { $in: ['probationary', 'full'] }, status: { $in: ['normal', 'mobile'] } },
      { limit },
    );
  return found.map((m) => m._id);
}

async function everyDocument(store: DocStore, name: string): Promise<Doc[]> {
  const all: Doc[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await store.collection(name).find({}, { skip, limit: MAX_PAGE, sort: [['_id', 1]] });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

describe.each(['embedded', 'postgres'] as const)('the response race on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    await seedSyntheticMembers(store, 200, FIXED_NOW);
    d = await dispatcherFor(store);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('three copies of every response at once: one stored per member, the others refused cleanly', async () => {
    const surveyId = await publishedSurvey(d);
    const members = await respondents(store, 60);
    expect(members.length).toBe(60);
    await d.signIn(...members);
    const results = await Promise.all(
      members.flatMap((memberId, i) =>
        [0, 1, 2].map(() => d.as(memberId)('survey.submit', { surveyId, answers: answers(i) })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(60);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(120);
    for (const r of refused)
      expect(r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('您已提交过本问卷') });

    const tally = await ok(d.as(DEMO.orgAdmin)('admin.surveyResults', { surveyId }));
    expect(tally.responses).toBe(60);
    expect(tally.questions[0].counts.map((c: any) => c.count)).toEqual([20, 20, 20]);
    expect(await store.collection('survey_responses').count({ surveyId })).toBe(60);
    expect(await store.collection('survey_participations').count({ surveyId })).toBe(60);
  });
});

describe('questionnaires on the embedded store', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('no stored document, index key or log line links a member to an anonymous response', async () => {
    const logLines: string[] = [];
    d.services.log = (record) => logLines.push(JSON.stringify(record));
    const surveyId = await publishedSurvey(d, { title: '匿名满意度调查' });
    const members = await respondents(store, 6);
    expect(members.length).toBe(6);
    for (const [i, memberId] of members.entries())
      await ok(d.as(memberId)('survey.submit', { surveyId, answers: answers(i) }));

    const memberDocs = await store
      .collection<any>('members')
      .find({ _id: { $in: members } }, { limit: members.length });
    const identities = memberDocs.flatMap((m) => [m._id, m.openid, m.phoneHash, m.idCardHash, m.name]).filter(Boolean);
    const namesIdentity = (text: string) => identities.some((identity) => text.includes(identity));

    const seen = { responses: 0, participations: 0 };
    for (const name of Object.keys(COLLECTIONS)) {
      for (const doc of await everyDocument(store, name)) {
        const text = JSON.stringify(doc);
        if (!text.includes(surveyId)) continue;
        if (name === 'survey_responses') {
          // A response: a random id, the survey and the answers. No member, no time.
          seen.responses += 1;
          expect(Object.keys(doc).sort()).toEqual(['_id', 'answers', 'surveyId']);
          expect(doc._id).toMatch(/^resp-[A-Za-z0-9_-]{12}$/);
        } else if (name === 'survey_participations') {
          // "Has answered": a keyed hash (no member id in it) and the survey, nothing of the answers.
          seen.participations += 1;
          expect(Object.keys(doc).sort()).toEqual(['_id', 'surveyId']);
        } else {
          expect(text).not.toContain('"answers"');
        }
        expect(namesIdentity(text)).toBe(false);
      }
    }
    expect(seen).toEqual({ responses: 6, participations: 6 });
    // The participation's id (its unique index key) is not derivable without the server key.
    const participationIds = (await everyDocument(store, 'survey_participations')).map((p) => p._id);
    for (const id of participationIds) expect(namesIdentity(id.slice(surveyId.length))).toBe(false);

    // The call log: one line per submission, none naming a member or carrying an answer.
    expect(logLines.filter((line) => line.includes('survey.submit'))).toHaveLength(6);
    for (const line of logLines) {
      expect(namesIdentity(line)).toBe(false);
      expect(line).not.toContain('建议');
      expect(participationIds.some((id) => line.includes(id))).toBe(false);
    }
    d.services.log = () => {};
  });

  test('a named survey records who answered, and its export lists them', async () => {
    const surveyId = await publishedSurvey(d, { title: '实名征求意见', anonymous: false });
    const members = await respondents(store, 2);
    for (const [i, memberId] of members.entries())
      await ok(d.as(memberId)('survey.submit', { surveyId, answers: answers(i) }));
    const stored = await store.collection<any>('survey_responses').find({ surveyId }, { limit: 10 });
    expect(stored.map((r) => r.memberId).sort()).toEqual([...members].sort());

    const file = await ok(d.as(DEMO.orgAdmin)('admin.surveyExport', { surveyId }));
    expect(file.fileName).toMatch(/^实名征求意见-问卷结果-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.file, 'base64') as never);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(3);
    expect(rows[0]!.slice(1, 4)).toEqual(['姓名', '提交时间', '1. 您所在的支部每月开展主题党日吗']);
    const names = stored.map((r) => r.memberName);
    expect(
      rows
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(names.sort());
    expect(rows[1]![4]).toBe('专题党课；实地参观');
    const audit = await store.collection<any>('audit').find({ targetId: surveyId }, { limit: 10 });
    expect(audit.map((a) => a.action).sort()).toEqual(['survey.create', 'survey.export', 'survey.publish']);
  });

  test('an anonymous export numbers the rows and names nobody', async () => {
    const surveyId = await publishedSurvey(d, { title: '匿名导出' });
    const [memberId] = await respondents(store, 1);
    await ok(d.as(memberId!)('survey.submit', { surveyId, answers: answers(0) }));
    const file = await ok(d.as(DEMO.orgAdmin)('admin.surveyExport', { surveyId }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.file, 'base64') as never);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]![1]).toBe('序号');
    expect(rows[1]!.slice(1, 3)).toEqual(['1', '每月都有']);
  });

  test.each([
    ['a required question left out', [{ questionId: 'q1', optionIds: ['o1'] }], 'q2'],
    [
      'too many choices',
      [...answers(0).filter((a) => a.questionId !== 'q2'), { questionId: 'q2', optionIds: ['o1', 'o2', 'o3'] }],
      'q2',
    ],
    [
      'two choices on a single-choice question',
      [{ questionId: 'q1', optionIds: ['o1', 'o2'] }, ...answers(0).slice(1)],
      'q1',
    ],
    ['a choice that is not an option', [{ questionId: 'q1', optionIds: ['o9'] }, ...answers(0).slice(1)], 'q1'],
    [
      'a rating off the scale',
      [...answers(0).filter((a) => a.questionId !== 'q3'), { questionId: 'q3', rating: 9 }],
      'q3',
    ],
    ['a short answer too long', [...answers(0).slice(0, 3), { questionId: 'q4', text: '长'.repeat(101) }], 'q4'],
  ])('%s is refused with the question named, and nothing is stored', async (_case, given, field) => {
    const surveyId = await publishedSurvey(d, { title: '校验问卷' });
    const result = await d.as(DEMO.member)('survey.submit', { surveyId, answers: given });
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.fields).toHaveProperty(field);
    expect(await store.collection('survey_participations').count({ surveyId })).toBe(0);
    expect(await store.collection('survey_responses').count({ surveyId })).toBe(0);
    // The member may still answer properly afterwards.
    await ok(d.as(DEMO.member)('survey.submit', { surveyId, answers: answers(0) }));
  });

  test('text the content check refuses is not stored', async () => {
    const surveyId = await publishedSurvey(d, { title: '内容安全' });
    const given = [...answers(0).slice(0, 3), { questionId: 'q4', text: '有人在搞赌博' }];
    const result = await d.as(DEMO.member)('survey.submit', { surveyId, answers: given });
    expect(result.ok ? 'ok' : result.error.code).toBe('CONTENT_REJECTED');
    expect(await store.collection('survey_participations').count({ surveyId })).toBe(0);
  });

  test('results: sealed to members until they answer, never shown when the survey keeps them to admins', async () => {
    const visible = await publishedSurvey(d, { title: '结果公开' });
    const early = await d.as(DEMO.member)('survey.results', { surveyId: visible });
    expect(early.ok ? 'ok' : early.error.code).toBe('CONFLICT');
    await ok(d.as(DEMO.member)('survey.submit', { surveyId: visible, answers: answers(2) }));
    const after = await ok(d.as(DEMO.member)('survey.results', { surveyId: visible }));
    expect(after.responses).toBe(1);
    expect(after.questions[2]).toMatchObject({
      counts: [{ count: 0 }, { count: 0 }, { count: 1 }, { count: 0 }, { count: 0 }],
      average: 3,
    });
    expect(after.questions[3].texts).toEqual(['建议2']);

    const hidden = await publishedSurvey(d, { title: '结果不公开', resultsVisible: false });
    await ok(d.as(DEMO.member)('survey.submit', { surveyId: hidden, answers: answers(0) }));
    const refused = await d.as(DEMO.member)('survey.results', { surveyId: hidden });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    expect((await ok(d.as(DEMO.orgAdmin)('admin.surveyResults', { surveyId: hidden }))).responses).toBe(1);
  });

  test('a draft is hidden from members; editing stops once open; closing ends answering', async () => {
    const { surveyId } = await ok(
      d.as(DEMO.orgAdmin)('admin.surveyCreate', { unitId: 'u-gb-com', survey: draft({ title: '草稿问卷' }) }),
    );
    const list = await ok(d.as(DEMO.member)('survey.list', {}));
    expect(list.items.map((s: any) => s.surveyId)).not.toContain(surveyId);
    const peek = await d.as(DEMO.member)('survey.detail', { surveyId });
    expect(peek.ok ? 'ok' : peek.error.code).toBe('FORBIDDEN');

    const edited = await ok(
      d.as(DEMO.orgAdmin)('admin.surveyUpdate', { surveyId, survey: draft({ title: '草稿问卷（修订）' }) }),
    );
    expect(edited).toMatchObject({ title: '草稿问卷（修订）', state: 'draft' });
    await ok(d.as(DEMO.orgAdmin)('admin.surveyPublish', { surveyId }));
    const late = await d.as(DEMO.orgAdmin)('admin.surveyUpdate', { surveyId, survey: draft({ title: '改不了' }) });
    expect(late.ok ? 'ok' : late.error.code).toBe('CONFLICT');
    expect((await ok(d.as(DEMO.member)('survey.detail', { surveyId }))).title).toBe('草稿问卷（修订）');

    await ok(d.as(DEMO.orgAdmin)('admin.surveyClose', { surveyId }));
    const closed = await d.as(DEMO.member)('survey.submit', { surveyId, answers: answers(0) });
    expect(closed.ok ? 'ok' : closed.error.code).toBe('CONFLICT');
    const audit = await store.collection<any>('audit').find({ targetId: surveyId }, { limit: 10 });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'survey.close',
      'survey.create',
      'survey.publish',
      'survey.update',
    ]);
  });

  test('bad questionnaire input is refused and stores nothing', async () => {
    const before = await store.collection('surveys').count({});
    const auditBefore = await store.collection('audit').count({});
    for (const survey of [
      draft({ questions: [] }),
      draft({ closesAt: FIXED_NOW - 2 * HOUR }),
      draft({ questions: [{ kind: 'single', title: '只有一个选项', options: ['是'] }] }),
      draft({ questions: [{ kind: 'multiple', title: '上限超过选项', options: ['甲', '乙'], maxChoices: 3 }] }),
      draft({ questions: [{ kind: 'rating', title: '量表太大', scale: 11 }] }),
    ]) {
      const result = await d.as(DEMO.orgAdmin)('admin.surveyCreate', { unitId: 'u-gb-com', survey });
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await store.collection('surveys').count({})).toBe(before);
    expect(await store.collection('audit').count({})).toBe(auditBefore);
  });
});
