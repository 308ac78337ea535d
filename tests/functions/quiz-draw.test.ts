import { rmSync } from 'node:fs';
import type { DocStore, Filter } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * A random draw is one read of the bank by its stored random key (plus one more when it wraps around), never a
 * count and a read per question at a random offset, which scans the sorted bank on PostgreSQL.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;
const questionReads: Array<{ op: string; filter: Filter }> = [];

/** The store, noting every count and find on the question bank. */
function watchingQuestions(inner: DocStore): DocStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property !== 'collection') return Reflect.get(target, property, receiver);
      return (name: string) => {
        const collection = target.collection(name);
        if (name !== 'questions') return collection;
        return new Proxy(collection, {
          get(c, key, r) {
            const original = Reflect.get(c, key, r) as (...args: unknown[]) => unknown;
            if (key !== 'count' && key !== 'find') return original;
            return (filter: Filter, ...rest: unknown[]) => {
              questionReads.push({ op: key, filter });
              return original.call(c, filter, ...rest);
            };
          },
        });
      };
    },
  });
}

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoQuiz(store, FIXED_NOW);
  d = await dispatcherFor(watchingQuestions(store));
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test("today's quiz is drawn by random key: no count, at most two reads of the bank", async () => {
  questionReads.length = 0;
  const daily = await d.as(DEMO.member)('quiz.startDaily', {});
  expect(daily.ok).toBe(true);
  expect(daily.data.questions).toHaveLength(5);
  expect(new Set(daily.data.questions.map((q: { questionId: string }) => q.questionId)).size).toBe(5);
  const draws = questionReads.filter((read) => JSON.stringify(read.filter).includes('"status":"active"'));
  expect(draws.filter((read) => read.op === 'count')).toEqual([]);
  expect(draws.length).toBeGreaterThanOrEqual(1);
  expect(draws.length).toBeLessThanOrEqual(2);
  for (const read of draws) expect(JSON.stringify(read.filter)).toContain('randKey');
});

test('every question gets a random key when it is created', async () => {
  const saved = await d.as(DEMO.superAdmin)('admin.questionSave', {
    unitId: 'u-committee',
    type: 'judge',
    stem: '党员应当按期缴纳党费。',
    options: [],
    answer: ['对'],
    explanation: '党章规定。',
    tags: [],
    difficulty: 'easy',
    source: '测试',
    status: 'active',
  });
  expect(saved.ok).toBe(true);
  const doc = await store.collection<any>('questions').get(saved.data.questionId);
  expect(doc.randKey).toBeGreaterThanOrEqual(0);
  expect(doc.randKey).toBeLessThan(1);
});

test('setup gives questions stored before random keys theirs, so they are drawn again', async () => {
  const questions = store.collection<any>('questions');
  const total = await questions.count({});
  await questions.updateWhere({}, { $unset: { randKey: true } }, { multi: true });
  const setup = await d.system('system.setup');
  expect(setup.data.questionRandomKeys).toBe(total);
  expect(await questions.count({ randKey: { $exists: false } })).toBe(0);
  expect((await d.system('system.setup')).data.questionRandomKeys).toBe(0);
  d.clock.now += 86_400_000;
  const daily = await d.as(DEMO.member)('quiz.startDaily', {});
  expect(daily.data.questions).toHaveLength(5);
});
