import pg from 'pg';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import type { ScoreDoc } from '../../cloudfunctions/modules/quiz/quiz.types';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { seededDatabase, type TestDatabase } from '../support/postgres-databases';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * The hot routes' plans on PostgreSQL, with 20,000 rows in each table they read and fresh statistics: every
 * statement a route runs is EXPLAINed with its own parameters, and none may scan a large table whole.
 */
const ROWS = 20_000;
const BOARD = 'quiz-demo-competition';
const LARGE_TABLES = [
  'c_questions',
  'c_quiz_scores',
  'c_members',
  'c_task_assignments',
  'c_development_overdue',
  'c_unit_days',
];

let database: TestDatabase;
let store: DocStore;
let pool: pg.Pool;
let d: Dispatcher;
let statements: Array<{ sql: string; values: unknown[] }> | null = null;

/** Bulk rows, written in SQL: 20,000 inserts through the adapter would take most of a minute. */
async function bulkLoad(): Promise<void> {
  await pool.query(
    `INSERT INTO "c_questions" (id, doc)
     SELECT 'q-bulk-' || i, jsonb_build_object(
       '_id', 'q-bulk-' || i, 'bankUnitId', 'u-committee', 'bankPath', jsonb_build_array('u-committee'),
       'type', 'judge', 'stem', '第' || i || '题：党员应当按期缴纳党费。', 'stemKey', 'bulk' || i,
       'randKey', random(), 'options', '[]'::jsonb, 'answer', jsonb_build_array('对'), 'explanation', '',
       'tags', jsonb_build_array('知识点' || (i % 50)), 'difficulty', 'easy', 'source', '', 'status', 'active',
       'version', 1, 'history', '[]'::jsonb, 'createdBy', 'm-001', 'createdAt', $1::bigint, 'updatedAt', $1::bigint)
     FROM generate_series(1, ${ROWS}) AS i`,
    [FIXED_NOW],
  );
  await pool.query(
    `INSERT INTO "c_quiz_scores" (id, doc)
     SELECT '${BOARD}_b-' || i, jsonb_build_object(
       '_id', '${BOARD}_b-' || i, 'board', '${BOARD}', 'memberId', 'b-' || i,
       'unitPath', jsonb_build_array('u-committee', 'u-bulk-' || (i % 400)),
       'scoreKey', '${BOARD}|' || ((i * 37) % 101), 'score', (i * 37) % 101, 'seconds', 60 + (i * 13) % 600,
       'at', $1::bigint)
     FROM generate_series(1, ${ROWS}) AS i`,
    [FIXED_NOW],
  );
  await pool.query(
    `INSERT INTO "c_members" (id, doc)
     SELECT 'b-' || i, jsonb_build_object(
       '_id', 'b-' || i, 'name', '党员' || i, 'nameKey', 'dangyuan' || i, 'status', 'normal', 'role', 'member',
       'unitId', 'u-bulk-' || (i % 400), 'unitPath', jsonb_build_array('u-committee', 'u-gb-' || (i % 10), 'u-bulk-' || (i % 400)))
     FROM generate_series(1, ${ROWS}) AS i`,
  );
  // Ten general branches of 40 branches each: a general branch holds a tenth of the members.
  await pool.query(
    `INSERT INTO "c_units" (id, doc)
     SELECT 'u-gb-' || g, jsonb_build_object('_id', 'u-gb-' || g, 'name', '第' || g || '党总支', 'kind', 'general_branch',
       'parentId', 'u-committee', 'path', jsonb_build_array('u-committee'))
     FROM generate_series(0, 9) AS g
     UNION ALL
     SELECT 'u-bulk-' || b, jsonb_build_object('_id', 'u-bulk-' || b, 'name', '第' || b || '党支部', 'kind', 'branch',
       'parentId', 'u-gb-' || (b % 10), 'path', jsonb_build_array('u-committee', 'u-gb-' || (b % 10)))
     FROM generate_series(0, 399) AS b`,
  );
  // The console's 待办 indexes: task reports, nearly all reviewed (no review path), and people in the pipeline
  // whose next step turns overdue, nearly all later than now.
  await pool.query(
    `INSERT INTO "c_task_assignments" (id, doc)
     SELECT 'task-bulk-' || (i % 200) || '_b-' || i, jsonb_build_object(
       '_id', 'task-bulk-' || (i % 200) || '_b-' || i, 'taskId', 'task-bulk-' || (i % 200), 'memberId', 'b-' || i,
       'state', CASE WHEN i % 500 = 0 THEN 'submitted' ELSE 'accepted' END,
       'reviewPath', CASE WHEN i % 500 = 0 THEN jsonb_build_array('u-committee', 'u-gb-' || (i % 10)) ELSE '[]'::jsonb END)
     FROM generate_series(1, ${ROWS}) AS i`,
  );
  await pool.query(
    `INSERT INTO "c_development_overdue" (id, doc)
     SELECT 'b-' || i, jsonb_build_object('_id', 'b-' || i,
       'unitPath', jsonb_build_array('u-committee', 'u-gb-' || (i % 10), 'u-bulk-' || (i % 400)),
       'overdueFrom', $1::bigint + (CASE WHEN i % 500 = 0 THEN -1 ELSE 1 END) * i::bigint * 3600000)
     FROM generate_series(1, ${ROWS}) AS i`,
    [FIXED_NOW],
  );
  // The day aggregates of the 400 branches over fifty days: the console reads the committee's own days among them.
  await pool.query(
    `INSERT INTO "c_unit_days" (id, doc)
     SELECT 'u-bulk-' || (i % 400) || ':' || to_char(date '2026-10-01' + (i / 400), 'YYYY-MM-DD'),
       jsonb_build_object('_id', 'u-bulk-' || (i % 400) || ':' || to_char(date '2026-10-01' + (i / 400), 'YYYY-MM-DD'),
         'unitId', 'u-bulk-' || (i % 400), 'day', to_char(date '2026-10-01' + (i / 400), 'YYYY-MM-DD'),
         'c', jsonb_build_object('studySeconds', i))
     FROM generate_series(0, ${ROWS - 1}) AS i`,
  );
  const counts: Record<string, number> = {};
  for (let i = 1; i <= ROWS; i += 1) counts[`s${(i * 37) % 101}`] = (counts[`s${(i * 37) % 101}`] ?? 0) + 1;
  const histograms = store.collection<{ _id: string; counts: Record<string, number> }>('quiz_histograms');
  await histograms.removeWhere({ _id: BOARD });
  await histograms.insert({ _id: BOARD, counts });
}

beforeAll(async () => {
  database = await seededDatabase();
  store = await openPostgresStore(database.url, 5, { onQuery: (sql, values) => statements?.push({ sql, values }) });
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  await seedDemoQuiz(store, FIXED_NOW);
  await bulkLoad();
  await store.analyze();
  d = await dispatcherFor(store);
}, 120_000);
afterAll(async () => {
  await d?.close();
  await pool?.end();
  await store?.close();
  await database?.drop();
});

/** The statements one call runs, each with its plan. */
async function plansOf(call: () => Promise<{ ok: boolean }>) {
  statements = [];
  const result = await call();
  const ran = statements;
  statements = null;
  expect(result.ok).toBe(true);
  return explained(ran);
}

async function explained(ran: Array<{ sql: string; values: unknown[] }>) {
  return Promise.all(
    ran
      .filter(({ sql }) => !sql.startsWith('INSERT'))
      .map(async ({ sql, values }) => {
        const explained = await pool.query(`EXPLAIN ${sql}`, values);
        return { sql, plan: explained.rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n') };
      }),
  );
}

function expectNoSequentialScanOfLargeTables(plans: Array<{ sql: string; plan: string }>) {
  for (const { sql, plan } of plans)
    for (const table of LARGE_TABLES)
      expect({ sql, plan, scansWhole: plan.includes(`Seq Scan on ${table}`) }).toEqual({
        sql,
        plan,
        scansWhole: false,
      });
}

test("today's quiz reads the bank by an index of its random key", async () => {
  const plans = await plansOf(() => d.as(DEMO.member)('quiz.startDaily', {}));
  const draws = plans.filter(({ sql }) => sql.includes('"c_questions"') && sql.includes('randKey'));
  expect(draws.length).toBeGreaterThanOrEqual(1);
  expect(draws[0]!.plan).toMatch(/Index Scan using "?s_questions_randKey"?/);
  expectNoSequentialScanOfLargeTables(plans);
});

test('the leaderboard (top 50 and my rank) reads scores by their index of score and time', async () => {
  // My best, midway down the board: my rank counts the members with my score and less time.
  await store.collection<ScoreDoc>('quiz_scores').insert({
    _id: `${BOARD}_${DEMO.member}`,
    board: BOARD,
    memberId: DEMO.member,
    unitPath: ['u-committee'],
    scoreKey: `${BOARD}|57`,
    score: 57,
    seconds: 151,
    at: FIXED_NOW,
  });
  const plans = await plansOf(() => d.as(DEMO.member)('quiz.leaderboard', { board: BOARD, limit: 50 }));
  // The top score's members by time, and the count of members with my score and less time.
  const bins = plans.filter(({ sql }) => sql.includes('"c_quiz_scores"') && sql.includes('scoreKey'));
  expect(bins).toHaveLength(2);
  for (const { plan } of bins) expect(plan).toMatch(/Index Scan (using|on) "?s_quiz_scores_scoreKey_seconds"?/);
  expectNoSequentialScanOfLargeTables(plans);
});

test.each([
  ['the member card (me.card)', DEMO.member, 'me.card', {}],
  ['the study home feed (study.home)', DEMO.member, 'study.home', {}],
  // A general branch of the committee's ten (u-gb-0 is one of the bulk ones), as the console shows it.
  ['the console overview (admin.unitOverview)', DEMO.superAdmin, 'admin.unitOverview', { unitId: 'u-gb-0' }],
])('%s scans no large table whole', async (_name, memberId, route, input) => {
  expectNoSequentialScanOfLargeTables(await plansOf(() => d.as(memberId)(route, input)));
});

test('a keyset page in _id order, and a range of ids, read the primary key', async () => {
  statements = [];
  await store.collection('members').find({ _id: { $gt: 'b-5000' } }, { sort: [['_id', 1]], limit: 100 });
  await store
    .collection('unit_days')
    .find({ _id: { $gte: 'u-bulk-7:2026-10-01', $lte: 'u-bulk-7:2026-10-31' } }, { sort: [['_id', -1]], limit: 100 });
  const plans = await explained(statements);
  statements = null;
  expect(plans).toHaveLength(2);
  for (const { plan } of plans) expect(plan).toMatch(/Index (Only )?Scan( Backward)? using "?c_\w+_pkey"?/);
  expectNoSequentialScanOfLargeTables(plans);
});

test('the committee’s console home counts the whole tree’s 待办 by index, scanning no large table whole', async () => {
  const anchor = new Date(FIXED_NOW + 8 * 3_600_000).toISOString().slice(0, 10);
  const plans = await plansOf(() =>
    d.as(DEMO.superAdmin)('admin.dashboard', { unitId: 'u-committee', period: 'year', anchor }),
  );
  expect(plans.some(({ sql }) => sql.includes('"c_task_assignments"'))).toBe(true);
  expect(plans.some(({ sql }) => sql.includes('"c_development_overdue"'))).toBe(true);
  expectNoSequentialScanOfLargeTables(plans);
});
