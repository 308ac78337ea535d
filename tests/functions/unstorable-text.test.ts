import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contract, ROUTE_NAMES, type RouteName } from '../../types/contract';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * Text no store can keep — NUL (PostgreSQL's jsonb refuses it) and lone UTF-16 surrogates (not encodable
 * as UTF-8) — is refused by the router for every route, wherever it sits in the input (a field, an array
 * item, a nested object, a key), with VALIDATION_FAILED naming the field and nothing written. Inputs that
 * nest too deeply are refused in the same walk. Generated from the contract, so new routes are covered.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  await d.signIn(DEMO.superAdmin);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function storeFingerprint(): string {
  const dir = path.join(dataDir, 'db');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex');
}

const UNSTORABLE = { nul: '党员\u0000活动', 'lone high surrogate': '表情\ud83d', 'lone low surrogate': '\ude00表情' };

/** The route's own top-level fields (or a made-up one for routes that take nothing). */
function fieldsOf(route: RouteName): string[] {
  const shape = (contract[route].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  return keys.length ? keys : ['note'];
}

/** Each unstorable text in each field, as the field itself, inside an array and inside an object, and as a key. */
function placements(route: RouteName): Array<{ input: Record<string, unknown>; field: string }> {
  return fieldsOf(route).flatMap((field) =>
    Object.values(UNSTORABLE).flatMap((text) => [
      { input: { [field]: text }, field },
      { input: { [field]: ['正常', text] }, field: `${field}.1` },
      { input: { [field]: { text } }, field: `${field}.text` },
      { input: { [field]: { [text]: 1 } }, field },
    ]),
  );
}

test.each(ROUTE_NAMES)('%s refuses NUL and lone surrogates in every field, naming it', async (route) => {
  const before = storeFingerprint();
  const call = d.as(DEMO.superAdmin);
  for (const { input, field } of placements(route)) {
    const result = await call(route, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(result.error.message).toContain('无法保存的字符');
    expect(result.error.fields).toEqual({ [field]: expect.stringContaining('无法保存的字符') });
  }
  expect(storeFingerprint()).toBe(before);
});

test('well-formed emoji, rare characters and other control characters are still accepted', async () => {
  const result = await d.as(DEMO.superAdmin)('admin.activityCreate', {
    unitId: 'u-b-east',
    type: 'theme_day',
    title: '主题党日😀𠮷',
    startAt: FIXED_NOW + 86_400_000,
    endAt: FIXED_NOW + 93_600_000,
    place: { text: '党员活动室' },
    capacity: 10,
    signupOpensAt: FIXED_NOW,
    signupClosesAt: FIXED_NOW + 3_600_000,
    cancelPolicy: 'any_time',
  });
  expect(result.error).toBeUndefined();
  expect(result).toMatchObject({ ok: true });
});

test.each(ROUTE_NAMES)('%s refuses input nested deeper than 32 levels before the schema looks at it', async (route) => {
  let deep: unknown = '底';
  for (let i = 0; i < 40; i += 1) deep = i % 2 ? [deep] : { deeper: deep };
  const before = storeFingerprint();
  const result = await d.as(DEMO.superAdmin)(route, { [fieldsOf(route)[0]!]: deep });
  expect(result).toMatchObject({ ok: false, error: { code: 'MALFORMED_EVENT' } });
  expect(result.error.message).toContain('层级过深');
  expect(storeFingerprint()).toBe(before);
});

describe('on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof seededStore>>;
  let onPg: Dispatcher;
  beforeAll(async () => {
    pg = await seededStore('postgres');
    onPg = await dispatcherFor(pg.store);
  });
  afterAll(async () => {
    await onPg.close();
    await pg.close();
  });

  test('a NUL in a title is a validation error naming the field, not a server error, and nothing is written', async () => {
    const activities = () => pg.store.collection('activities').count({});
    const before = await activities();
    const result = await onPg.as(DEMO.orgAdmin)('admin.activityCreate', {
      unitId: 'u-b-east',
      type: 'theme_day',
      title: '主题党日\u0000活动',
      startAt: FIXED_NOW + 86_400_000,
      endAt: FIXED_NOW + 93_600_000,
      place: { text: '党员活动室' },
      capacity: 10,
      signupOpensAt: FIXED_NOW,
      signupClosesAt: FIXED_NOW + 3_600_000,
      cancelPolicy: 'any_time',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { title: expect.any(String) } },
    });
    expect(await activities()).toBe(before);
  });
});
