import { COLLECTIONS } from '../../cloudfunctions/store/collections';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import type { DocStore } from '../../cloudfunctions/store/types';
import { emptyDatabase, type TestDatabase } from '../support/postgres-databases';

/**
 * Fields an index declares scalar (quiz_scores' scoreKey and seconds): PostgreSQL compares an equality on them
 * directly, so their btree index serves it, and answers exactly what the MongoDB rule does for documents that
 * hold one value there or none.
 */
interface Best {
  _id: string;
  scoreKey?: string;
  seconds?: number;
}

const BESTS: Best[] = [
  { _id: 'a', scoreKey: 'board|90', seconds: 30 },
  { _id: 'b', scoreKey: 'board|90', seconds: 50 },
  { _id: 'c', scoreKey: 'board|80', seconds: 40 },
  { _id: 'd', seconds: 10 },
];

let database: TestDatabase;
let store: DocStore;
let statements: string[] = [];

beforeAll(async () => {
  database = await emptyDatabase();
  store = await openPostgresStore(database.url, 2, { onQuery: (sql) => statements.push(sql) });
  await store.ensureCollection('quiz_scores', COLLECTIONS.quiz_scores);
  await store.ensureCollection('quiz_histograms', COLLECTIONS.quiz_histograms);
  for (const best of BESTS) await store.collection<Best>('quiz_scores').insert(best);
});
afterAll(async () => {
  await store?.close();
  await database?.drop();
});

const scores = () => store.collection<Best>('quiz_scores');
const ids = (docs: Best[]) => docs.map((doc) => doc._id).join('');

test('an equality on a scalar field is a bare comparison, which its btree index serves', async () => {
  statements = [];
  expect(ids(await scores().find({ scoreKey: 'board|90' }, { sort: [['seconds', 1]] }))).toBe('ab');
  expect(statements.at(-1)).toContain(`(doc #> '{scoreKey}') = $1::jsonb`);
  expect(statements.at(-1)).not.toContain('@>');
});

test('fields not declared scalar keep the containment that also looks inside arrays', async () => {
  statements = [];
  await store.collection<Best>('quiz_histograms').find({ scoreKey: 'board|90' });
  expect(statements.at(-1)).toContain('doc @>');
});

test.each([
  ['an equality', { scoreKey: 'board|90' }, 'ab'],
  ['$eq', { scoreKey: { $eq: 'board|80' } }, 'c'],
  ['an equality beside a range', { scoreKey: 'board|90', seconds: { $lt: 50 } }, 'a'],
  ['an equality inside $or', { $or: [{ scoreKey: 'board|80' }, { seconds: 10 }] }, 'cd'],
  ['$ne, which keeps documents without the field', { scoreKey: { $ne: 'board|90' } }, 'cd'],
  ['an equality with a value no document holds', { seconds: 31 }, ''],
])('%s matches as the MongoDB rule says', async (_name, filter, expected) => {
  expect(ids(await scores().find(filter, { sort: [['_id', 1]] }))).toBe(expected);
  expect(await scores().count(filter)).toBe(expected.length);
});

test('updates and removals find their documents by a scalar equality', async () => {
  expect(await scores().updateWhere({ scoreKey: 'board|80' }, { $set: { seconds: 35 } })).toBe(1);
  expect((await scores().get('c'))?.seconds).toBe(35);
  expect(await scores().removeWhere({ seconds: 35 })).toBe(1);
  expect(await scores().get('c')).toBeNull();
});
