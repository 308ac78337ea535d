import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import { generateDrafts } from '../../cloudfunctions/modules/assistant/drafts.service';
import { draftWithModel } from '../../cloudfunctions/modules/assistant/drafts-model';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import type { ModelPort } from '../../cloudfunctions/platform/models';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { seededStore } from '../support/seeded-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';

/**
 * Question drafts (AI 出题) through the real dispatcher on the demo organisation: drafting from a library
 * item without a model, the review steps, and that nothing reaches a bank until an admin accepts it.
 */
const EAST_ADMIN = DEMO.eastBranchAdmin; // 东湖社区党支部
const OFFICE_ADMIN = DEMO.officeBranchAdmin; // 综合办公室党支部, another subtree
const RED_BOAT = 'c-demo-3'; // 红船精神的时代内涵, addressed to the whole committee
const MEETINGS = 'c-demo-2'; // 三会一课, with a table of frequencies

let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoStudy(store, FIXED_NOW);
  await seedDemoQuiz(store, FIXED_NOW);
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const asEast = (route: string, input?: unknown) => d.as(EAST_ADMIN)(route, input);
const questionCount = () => store.collection<any>('questions').count({});
const auditActions = async () =>
  (await store.collection<any>('audit').find({}, { sort: [['at', -1]], limit: 100 })).map((entry) => entry.action);

async function generate(contentId = RED_BOAT, count = 6) {
  return ok(asEast('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId, count }));
}

describe('drafting from a library item without a model', () => {
  test('fill-in and true/false drafts quote their sentence and passage; none is in the bank', async () => {
    const before = await questionCount();
    const result = await generate(MEETINGS);
    expect(result.origin).toBe('rules');
    expect(result.drafts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(result.drafts.map((draft: any) => draft.type))).toEqual(new Set(['blank', 'judge']));
    for (const draft of result.drafts) {
      expect(draft.status).toBe('pending');
      expect(draft.questionId).toBeNull();
      expect(draft.passageRef).toMatch(/^第 \d+ 段$/);
      expect(draft.explanation).toContain(`「${draft.passage}」`);
      expect(draft.explanation).toContain(`《“三会一课”制度怎么落实》${draft.passageRef}`);
      if (draft.type === 'blank') {
        expect(draft.stem).toContain('____');
        expect(draft.passage).toBe(draft.stem.replace('____', draft.answer[0]));
      } else {
        expect(['对', '错']).toContain(draft.answer[0]);
        if (draft.answer[0] === '对') expect(draft.stem).toBe(draft.passage);
        else expect(draft.stem).not.toBe(draft.passage);
      }
    }
    // The table's 支部党员大会 meets 每季度: its blank asks for that frequency.
    expect(result.drafts).toContainEqual(
      expect.objectContaining({ type: 'blank', stem: '支部党员大会：一般____一次', answer: ['每季度'] }),
    );
    expect(await questionCount()).toBe(before);
    const listed = await ok(asEast('admin.questionList', { unitId: 'u-b-east', limit: 100 }));
    const stems = new Set(listed.items.map((q: any) => q.stem));
    expect(result.drafts.some((draft: any) => stems.has(draft.stem))).toBe(false);
  });

  test('drafting the same item again adds no duplicate drafts', async () => {
    const again = await generate(MEETINGS);
    expect(again.drafts).toEqual([]);
    expect(again.note).toMatch(/未重复生成/);
  });

  test('the generation is audited against the bank unit', async () => {
    const entries = await store.collection<any>('audit').find({ action: 'questionDraft.generate' }, { limit: 10 });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0].unitPath).toContain('u-b-east');
    expect(entries[0].summary).toContain('关键句规则');
  });
});

describe('no draft reaches a bank unreviewed', () => {
  test('no quiz code reads the drafts collection', () => {
    const quizDir = path.join(__dirname, '../../cloudfunctions/modules/quiz');
    for (const file of readdirSync(quizDir))
      expect([file, readFileSync(path.join(quizDir, file), 'utf8').includes('question_drafts')]).toEqual([file, false]);
  });

  test("a member's daily quiz draws none of the pending drafts", async () => {
    const drafts = await ok(asEast('admin.questionDrafts', { unitId: 'u-b-east', status: 'pending', limit: 100 }));
    expect(drafts.total).toBeGreaterThan(0);
    const [eastMember] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { limit: 1 });
    const attempt = await ok(d.as(eastMember._id)('quiz.startDaily'));
    const drawn = new Set(attempt.questions.map((q: any) => q.stem));
    expect(drafts.items.filter((draft: any) => drawn.has(draft.stem))).toEqual([]);
  });
});

describe('review: edit, accept, reject', () => {
  let draftIds: string[] = [];
  beforeAll(async () => {
    const result = await generate(RED_BOAT);
    draftIds = result.drafts.map((draft: any) => draft.draftId);
    expect(draftIds.length).toBeGreaterThanOrEqual(3);
  });

  test('accepting creates one bank question citing its source; accepting again creates none', async () => {
    const before = await questionCount();
    const draft = (await store.collection<any>('question_drafts').get(draftIds[0]!))!;
    const first = await ok(asEast('admin.questionDraftAccept', { draftId: draft._id }));
    expect(first.created).toBe(true);
    const second = await ok(asEast('admin.questionDraftAccept', { draftId: draft._id }));
    expect(second).toEqual({ questionId: first.questionId, created: false });
    expect(await questionCount()).toBe(before + 1);
    const question = await store.collection<any>('questions').get(first.questionId);
    expect(question).toMatchObject({
      bankUnitId: 'u-b-east',
      stem: draft.stem,
      answer: draft.answer,
      status: 'active',
      source: `《红船精神的时代内涵》${draft.passageRef}`,
    });
    const stored = await store.collection<any>('question_drafts').get(draft._id);
    expect(stored).toMatchObject({ status: 'accepted', questionId: first.questionId, contentId: RED_BOAT });
    expect(stored.passage.length).toBeGreaterThan(0);
    const actions = await auditActions();
    expect(actions).toEqual(expect.arrayContaining(['questionDraft.accept', 'question.create']));
  });

  test('two accepts at once still make one question', async () => {
    const before = await questionCount();
    const results = await Promise.all([
      asEast('admin.questionDraftAccept', { draftId: draftIds[1] }),
      asEast('admin.questionDraftAccept', { draftId: draftIds[1] }),
    ]);
    const ids = results.filter((r) => r.ok).map((r) => r.data.questionId);
    expect(new Set(ids).size).toBe(1);
    expect(await questionCount()).toBe(before + 1);
  });

  test('an edit is what the bank gets; a bad edit changes nothing', async () => {
    const id = draftIds[2]!;
    const draft = (await store.collection<any>('question_drafts').get(id))!;
    const wrongAnswer = await asEast('admin.questionDraftUpdate', {
      draftId: id,
      stem: draft.stem,
      answer: draft.type === 'judge' ? ['也许'] : ['A'],
      options: draft.type === 'judge' ? [] : ['甲', '乙'],
    });
    expect(wrongAnswer.ok).toBe(false);
    expect(wrongAnswer.error.code).toBe('VALIDATION_FAILED');
    expect(wrongAnswer.error.message).toMatch(/[\u4e00-\u9fa5]/);
    const tooShort = await asEast('admin.questionDraftUpdate', { draftId: id, stem: '短', answer: ['x'] });
    expect(tooShort.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection<any>('question_drafts').get(id)).toEqual(draft);

    const edited = await ok(
      asEast('admin.questionDraftUpdate', {
        draftId: id,
        stem: `${draft.stem}（修改后）`,
        answer: draft.answer,
        explanation: '出自红船精神的三个方面。',
        tags: ['党史'],
        difficulty: 'hard',
      }),
    );
    expect(edited.stem).toBe(`${draft.stem}（修改后）`);
    const accepted = await ok(asEast('admin.questionDraftAccept', { draftId: id }));
    const question = await store.collection<any>('questions').get(accepted.questionId);
    expect(question).toMatchObject({ stem: `${draft.stem}（修改后）`, difficulty: 'hard', tags: ['党史'] });
    const afterAccept = await asEast('admin.questionDraftUpdate', {
      draftId: id,
      stem: '再改一次题干',
      answer: ['对'],
    });
    expect(afterAccept.error.code).toBe('CONFLICT');
  });

  test('a rejected draft is never accepted', async () => {
    const extra = await ok(
      asEast('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId: 'c-demo-1', count: 2 }),
    );
    const id = extra.drafts[0].draftId;
    const before = await questionCount();
    expect(await ok(asEast('admin.questionDraftReject', { draftId: id }))).toEqual({ status: 'rejected' });
    const accept = await asEast('admin.questionDraftAccept', { draftId: id });
    expect(accept.error.code).toBe('CONFLICT');
    expect(await questionCount()).toBe(before);
    expect(await auditActions()).toContain('questionDraft.reject');
    const rejected = await ok(asEast('admin.questionDrafts', { unitId: 'u-b-east', status: 'rejected' }));
    expect(rejected.items.map((draft: any) => draft.draftId)).toContain(id);
  });
});

describe('scope and bad input', () => {
  test("an admin of another subtree can neither draft for the bank nor touch its drafts; members can't at all", async () => {
    const [draft] = await store.collection<any>('question_drafts').find({ status: 'pending' }, { limit: 1 });
    const office = d.as(OFFICE_ADMIN);
    const generateElsewhere = await office('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId: RED_BOAT });
    expect(generateElsewhere.error.code).toBe('OUT_OF_SCOPE');
    for (const route of ['admin.questionDraftAccept', 'admin.questionDraftReject'])
      expect((await office(route, { draftId: draft._id })).error.code).toBe('OUT_OF_SCOPE');
    expect((await d.as(DEMO.member)('admin.questionDrafts', { unitId: 'u-b-east' })).error.code).toBe('FORBIDDEN');
    expect(await store.collection<any>('question_drafts').get(draft._id)).toEqual(draft);
  });

  test('an item the bank does not read cannot be drafted from', async () => {
    await store.collection<any>('contents').insert({
      ...(await store.collection<any>('contents').get(RED_BOAT)),
      _id: 'c-office-only',
      audienceUnitId: 'u-b-office',
      audiencePath: ['u-committee', 'u-gb-org', 'u-b-office'],
    });
    const refused = await asEast('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId: 'c-office-only' });
    expect(refused.error.code).toBe('OUT_OF_SCOPE');
    expect(refused.error.message).toContain('不面向该题库所属单位');
  });

  test('bad input writes nothing', async () => {
    const drafts = await store.collection<any>('question_drafts').count({});
    for (const input of [
      { unitId: 'u-b-east', contentId: RED_BOAT, count: 0 },
      { unitId: 'u-b-east', contentId: RED_BOAT, count: 50 },
      { unitId: 'u-b-east' },
      { unitId: 'u-b-east', contentId: RED_BOAT, extra: true },
    ]) {
      const result = await asEast('admin.questionDraftsGenerate', input);
      expect(result.error.code).toBe('VALIDATION_FAILED');
    }
    const missing = await asEast('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId: 'c-nowhere' });
    expect(missing.error.code).toBe('NOT_FOUND');
    expect(await store.collection<any>('question_drafts').count({})).toBe(drafts);
  });
});

describe('drafting with a model', () => {
  const fakeModel = (text: string): ModelPort & { requests: unknown[] } => {
    const requests: unknown[] = [];
    return {
      kind: 'openai',
      requests,
      async generate(request) {
        requests.push(request);
        return { text };
      },
    };
  };
  const reply = `好的，题目如下：\n\`\`\`json\n${JSON.stringify([
    {
      type: 'single',
      stem: '红船精神中的首创精神指的是？',
      options: ['开天辟地、敢为人先', '百折不挠'],
      answer: ['A'],
      passage: 1,
    },
    {
      type: 'multiple',
      stem: '红船精神包括哪些方面？',
      options: ['首创精神', '奋斗精神', '奉献精神'],
      answer: ['A', 'B', 'C'],
      passage: 1,
    },
    { type: 'judge', stem: '奉献精神是立党为公、忠诚为民。', answer: ['对'], passage: 3 },
    { type: 'blank', stem: '坚定理想、百折不挠的____', answer: ['奋斗精神'], passage: 2 },
    { type: 'single', stem: '答案不是选项字母的题', options: ['甲', '乙'], answer: ['Z'], passage: 1 },
    { type: 'judge', stem: '判断题答案不是对错', answer: ['可能'], passage: 1 },
    { type: 'blank', stem: '出处段落不存在的题目', answer: ['无'], passage: 99 },
    { type: 'essay', stem: '不支持的题型', answer: ['略'], passage: 1 },
    'not a question',
  ])}\n\`\`\``;

  test('only valid questions of the four types citing a passage of the item survive', async () => {
    const model = fakeModel(reply);
    const content = (await store.collection<any>('contents').get(RED_BOAT))!;
    const result = (await draftWithModel(model, content, 10))!;
    expect(result.drafts.map((draft) => draft.type)).toEqual(['single', 'multiple', 'judge', 'blank']);
    expect(result.dropped).toBe(5);
    expect(result.drafts[2]).toMatchObject({ passageRef: '第 3 段', passage: '立党为公、忠诚为民的奉献精神' });
    expect(result.drafts[2]!.explanation).toContain('《红船精神的时代内涵》第 3 段');
    // The model saw the item's passages, numbered.
    expect(JSON.stringify(model.requests[0])).toContain('[2] 坚定理想、百折不挠的奋斗精神');
  });

  test('the route keeps the model drafts as pending drafts; a reply without any falls back to the rules', async () => {
    const admin = (await membersRepository(store).memberById(EAST_ADMIN))!;
    const ctxWith = (model: ModelPort): CallContext => ({
      store,
      platform: { ...d.services.platform, models: model },
      pii: d.services.pii,
      now: FIXED_NOW,
      caller: { kind: 'member', member: admin, openid: null },
    });
    const bank = await store.collection<any>('questions').count({});
    const own = await generateDrafts(ctxWith(fakeModel(reply)), { unitId: 'u-b-east', contentId: RED_BOAT, count: 4 });
    expect(own.origin).toBe('model');
    expect(own.drafts.every((draft) => draft.status === 'pending' && draft.origin === 'model')).toBe(true);
    const fallback = await generateDrafts(ctxWith(fakeModel('抱歉，我无法出题。')), {
      unitId: 'u-b-east',
      contentId: 'c-demo-5',
      count: 4,
    });
    expect(fallback.origin).toBe('rules');
    expect(await store.collection<any>('questions').count({})).toBe(bank);
  });
});

describe('on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof seededStore>>;
  let pd: Dispatcher;
  beforeAll(async () => {
    pg = await seededStore('postgres');
    await seedDemoStudy(pg.store, FIXED_NOW);
    await seedDemoQuiz(pg.store, FIXED_NOW);
    pd = await dispatcherFor(pg.store);
  }, 120_000);
  afterAll(async () => {
    await pd?.close();
    await pg?.close();
  });

  test('drafting, listing, one question from two accepts, and a rejection', async () => {
    const east = pd.as(EAST_ADMIN);
    const { drafts } = await ok(east('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId: MEETINGS }));
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const listed = await ok(
      east('admin.questionDrafts', { unitId: 'u-b-east', contentId: MEETINGS, status: 'pending' }),
    );
    expect(listed.total).toBe(drafts.length);
    const questions = () => pg.store.collection<any>('questions').count({ bankUnitId: 'u-b-east' });
    const before = await questions();
    const [a, b] = await Promise.all([
      east('admin.questionDraftAccept', { draftId: drafts[0].draftId }),
      east('admin.questionDraftAccept', { draftId: drafts[0].draftId }),
    ]);
    const ids = [a, b].filter((r) => r.ok).map((r) => r.data.questionId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(1);
    expect(await questions()).toBe(before + 1);
    expect(await ok(east('admin.questionDraftReject', { draftId: drafts[1].draftId }))).toEqual({ status: 'rejected' });
    const again = await ok(east('admin.questionDraftsGenerate', { unitId: 'u-b-east', contentId: MEETINGS }));
    expect(again.drafts.map((draft: any) => draft.stem)).toEqual([drafts[1].stem]);
  });
});
