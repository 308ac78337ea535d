import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { seededDatabase, type TestDatabase } from '../support/postgres-databases';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * The audit log is append-only in the store, not only by convention: on PostgreSQL triggers created with the
 * table refuse UPDATE, DELETE and TRUNCATE, whoever sends them; in the code, only the audit module touches
 * the collection, and it only inserts and reads.
 */
let database: TestDatabase;
let store: DocStore;
let sql: pg.Client;
let d: Dispatcher;

beforeAll(async () => {
  database = await seededDatabase();
  store = await openPostgresStore(database.url, 10);
  d = await dispatcherFor(store);
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await d.close();
  await store.close();
  await database.drop();
});

test('an admin write is audited, and the entry can be neither changed nor removed on PostgreSQL', async () => {
  const created = await d.as(DEMO.orgAdmin)('admin.activityCreate', {
    unitId: 'u-b-east',
    type: 'theme_day',
    title: '审计测试活动',
    startAt: FIXED_NOW + 86_400_000,
    endAt: FIXED_NOW + 93_600_000,
    place: { text: '党员活动室' },
    capacity: 10,
    signupOpensAt: FIXED_NOW,
    signupClosesAt: FIXED_NOW + 3_600_000,
    cancelPolicy: 'any_time',
  });
  expect(created).toMatchObject({ ok: true });
  const audit = store.collection<{ _id: string; summary: string }>('audit');
  const entries = await audit.find({ targetId: created.data.activityId });
  expect(entries.length).toBeGreaterThan(0);
  const entry = entries[0]!;

  await expect(audit.updateWhere({ _id: entry._id }, { $set: { summary: '改写历史' } })).rejects.toThrow(/append-only/);
  await expect(audit.removeWhere({ _id: entry._id })).rejects.toThrow(/append-only/);
  for (const statement of [
    `UPDATE "c_audit" SET doc = jsonb_set(doc, '{summary}', '"改写历史"')`,
    'DELETE FROM "c_audit"',
    'TRUNCATE "c_audit"',
  ])
    await expect(sql.query(statement)).rejects.toMatchObject({ code: '23001' });
  expect(await audit.get(entry._id)).toEqual(entry);
});

test('opening the store again (another host, a restart) keeps one set of triggers', async () => {
  const again = await openPostgresStore(database.url, 2);
  await ensureAllCollections(again);
  await again.close();
  const { rows } = await sql.query(
    `SELECT tgname FROM pg_trigger WHERE tgrelid = '"c_audit"'::regclass AND NOT tgisinternal ORDER BY tgname`,
  );
  expect(rows.map((row: { tgname: string }) => row.tgname)).toEqual(['append_only', 'append_only_truncate']);
});

test('only the audit module touches the audit collection, and it only inserts and reads', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.ts')) files.push(full);
    }
  };
  walk(path.resolve('cloudfunctions/modules'));
  const users = files.filter((file) => /collection(<[^>]*>)?\('audit'\)/.test(readFileSync(file, 'utf8')));
  expect(users.map((file) => path.relative(process.cwd(), file))).toEqual(['cloudfunctions/modules/audit/audit.ts']);
  const writer = readFileSync(path.resolve('cloudfunctions/modules/audit/audit.ts'), 'utf8');
  expect(writer).not.toMatch(/\.(updateWhere|removeWhere)\(/);
});
