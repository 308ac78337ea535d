import { rmSync } from 'node:fs';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import { studyPath } from '../../cloudfunctions/modules/study/path.service';
import type { ModelPort } from '../../cloudfunctions/platform/models';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { seededStore } from '../support/seeded-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';

/**
 * 学习路径 through the real dispatcher on the demo organisation: the plan's unfinished items first, the
 * wrong-answer book's weak tags next, dismissals kept, only items the member may read, and today's review
 * set without answers.
 */
const DAY = 86_400_000;
const MEMBER = DEMO.member; // 西苑社区党支部
const PLAN_REASON = /^学习计划「本月集中学习」还有 \d 项未完成$/;

let store: DocStore;
let dataDir: string;
let d: Dispatcher;
const path = () => ok(d.as(MEMBER)('study.path'));
const ids = (result: any) => result.suggestions.map((s: any) => s.contentId);

async function addContent(id: string, fields: Record<string, unknown>) {
  const base = await store.collection<any>('contents').get('c-demo-5');
  await store.collection<any>('contents').insert({ ...base, _id: id, title: `历史资料${id}`, ...fields });
}

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoStudy(store, FIXED_NOW);
  await seedDemoQuiz(store, FIXED_NOW);
  // A 党史 item older than the rest of the library, so only a weak tag can lift it onto the path; and
  // newer 党史 items the member may not read: another branch's, and one not yet published.
  await addContent('c-history-old', { tags: ['党史'], publishAt: FIXED_NOW - 60 * DAY });
  await addContent('c-history-office', {
    tags: ['党史'],
    audienceUnitId: 'u-b-office',
    audiencePath: ['u-committee', 'u-gb-org', 'u-b-office'],
  });
  await addContent('c-history-draft', { tags: ['党史'], status: 'draft', publishAt: null });
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the unfinished plan items come first, with how many are left', async () => {
  const result = await path();
  expect(ids(result).sort()).toEqual(['c-demo-1', 'c-demo-2', 'c-demo-3']);
  for (const suggestion of result.suggestions) expect(suggestion.reason).toMatch(PLAN_REASON);
  expect(result.weakTags).toEqual([]);
  expect(result.review).toEqual({ dueCount: 0, items: [] });
  expect(result.phrasedByModel).toBe(false);
});

test('不感兴趣 removes an item for good; the next one takes its place', async () => {
  expect(await ok(d.as(MEMBER)('study.pathDismiss', { contentId: 'c-demo-1' }))).toEqual({ dismissed: true });
  expect(await ok(d.as(MEMBER)('study.pathDismiss', { contentId: 'c-demo-1' }))).toEqual({ dismissed: true });
  const result = await path();
  expect(ids(result)).not.toContain('c-demo-1');
  expect(ids(result)).toHaveLength(3);
  // Without weak tags the old 党史 item loses to the newer ones.
  expect(ids(result)).not.toContain('c-history-old');
  // Another member's path is their own.
  const other = await ok(d.as('m-011')('study.path'));
  expect(ids(other)).toContain('c-demo-1');
});

test('the tags of the questions I miss lift their items, with the count in the reason', async () => {
  const [history] = await store.collection<any>('questions').find({ tags: '党史' }, { limit: 1 });
  expect(history).toBeDefined();
  await store.collection<any>('wrong_book').insert({
    _id: `${MEMBER}_${history._id}`,
    memberId: MEMBER,
    questionId: history._id,
    due: FIXED_NOW - 1000,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 3,
    lapses: 2,
    state: 3,
    lastReview: FIXED_NOW - DAY,
    updatedAt: FIXED_NOW - DAY,
  });
  const result = await path();
  expect(result.weakTags[0]).toEqual({ tag: '党史', misses: 3 });
  const lifted = result.suggestions.find((s: any) => s.contentId === 'c-history-old');
  expect(lifted?.reason).toBe('您在「党史」题目中错了 3 次');
  // Only what the member may read: another branch's item and an unpublished one never appear.
  expect(ids(result)).not.toEqual(expect.arrayContaining(['c-history-office']));
  expect(ids(result)).not.toContain('c-history-draft');
});

test("today's review set shows what is due without answers", async () => {
  const result = await path();
  expect(result.review.dueCount).toBe(1);
  expect(result.review.items).toHaveLength(1);
  const [item] = result.review.items;
  expect(Object.keys(item).sort()).toEqual(['misses', 'questionId', 'stem', 'tags', 'type']);
  expect(item.misses).toBe(3);
  expect(JSON.stringify(result)).not.toMatch(/"answer"|"options"|"explanation"/);
});

test('dismissing checks the audience and the input; a refused dismissal writes nothing', async () => {
  const dismissals = () => store.collection<any>('study_path_dismissals').count({});
  const before = await dismissals();
  const outside = await d.as(MEMBER)('study.pathDismiss', { contentId: 'c-history-office' });
  expect(outside.error.code).toBe('FORBIDDEN');
  for (const input of [{}, { contentId: '' }, { contentId: 'c-demo-2', extra: 1 }])
    expect((await d.as(MEMBER)('study.pathDismiss', input)).error.code).toBe('VALIDATION_FAILED');
  expect((await d.as(MEMBER)('study.pathDismiss', { contentId: 'c-none' })).error.code).toBe('NOT_FOUND');
  expect(await dismissals()).toBe(before);
});

describe('with a model configured', () => {
  const model = (text: string): ModelPort => ({ kind: 'openai', generate: async () => ({ text }) });
  const ctxWith = async (models: ModelPort): Promise<CallContext> => ({
    store,
    platform: { ...d.services.platform, models },
    pii: d.services.pii,
    now: FIXED_NOW,
    caller: { kind: 'member', member: (await membersRepository(store).memberById(MEMBER))!, openid: null },
  });

  test('it may phrase the reasons, never change the items', async () => {
    const rules = await path();
    const phrased = await studyPath(await ctxWith(model('["先把计划学完", "补一补党史", "顺着学下去"]')));
    expect(phrased.phrasedByModel).toBe(true);
    expect(ids(phrased)).toEqual(ids(rules));
    expect(phrased.suggestions.map((s) => s.reason)).toEqual(['先把计划学完', '补一补党史', '顺着学下去']);
  });

  test('a reply that does not fit keeps the rules’ reasons', async () => {
    const rules = await path();
    for (const reply of ['["只有一条"]', '不是 JSON', '["", "b", "c"]']) {
      const result = await studyPath(await ctxWith(model(reply)));
      expect(result.phrasedByModel).toBe(false);
      expect(result.suggestions.map((s) => s.reason)).toEqual(rules.suggestions.map((s: any) => s.reason));
    }
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

  test('the plan items lead, and a dismissed one is gone', async () => {
    const member = pd.as(MEMBER);
    const first = await ok(member('study.path'));
    expect(ids(first).sort()).toEqual(['c-demo-1', 'c-demo-2', 'c-demo-3']);
    await ok(member('study.pathDismiss', { contentId: 'c-demo-2' }));
    const after = await ok(member('study.path'));
    expect(ids(after)).not.toContain('c-demo-2');
    expect(ids(after)).toHaveLength(3);
  });
});
