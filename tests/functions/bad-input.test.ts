import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { contract, ROUTE_NAMES, type RouteName } from '../../types/contract';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * Bad input, every route: malformed, wrongly typed, oversized and injected inputs (operator objects,
 * `__proto__` keys, huge strings, emoji, control characters) are answered with a validation error — never a
 * crash or an internal error — and the store's files are byte-for-byte unchanged afterwards. Generated from
 * the contract, so a new route is covered without being listed here.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  await d.signIn(DEMO.superAdmin, DEMO.member);
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

const OVERSIZED = {
  ascii: 'x'.repeat(70_000),
  cjk: '党'.repeat(70_000),
  emoji: '😀'.repeat(35_000),
};

const nasty = fc.oneof(
  fc.constant({ $gt: '' }),
  fc.constant({ $where: 'return true' }),
  fc.constant({ $ne: null }),
  fc.constant(JSON.parse('{"__proto__":{"role":"super_admin"}}')),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  // Oversized strings: their size is the point, so they are fixed rather than drawn (drawing 70,000 random
  // characters costs more than the call it feeds).
  fc.constantFrom(OVERSIZED.ascii, OVERSIZED.cjk, OVERSIZED.emoji),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('😀👨‍👩‍👧‍👦', '\u0000\u0007\u001b[2J', '\u202e\u200b', "'; DROP TABLE c_members; --", '../../etc/passwd'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
);

/** Inputs shaped like the route's own (its keys) with hostile values, and anything at all. */
function badInputs(route: RouteName) {
  const shape =
    (contract[route].input as unknown as { shape?: Record<string, unknown>; def?: { shape?: Record<string, unknown> } })
      .shape ?? {};
  const keys = Object.keys(shape);
  const shaped = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), nasty, { minKeys: 1 })
    : fc.dictionary(fc.string(), nasty, { minKeys: 1 });
  return fc.oneof(shaped, nasty, fc.anything({ maxDepth: 3, withObjectString: true }));
}

const REJECTIONS = ['VALIDATION_FAILED', 'MALFORMED_EVENT', 'PAYLOAD_TOO_LARGE'];

test.each(ROUTE_NAMES)('%s refuses bad input cleanly and writes nothing', async (route) => {
  const before = storeFingerprint();
  const callers = [d.as(DEMO.superAdmin), d.as(DEMO.member)];
  await fc.assert(
    fc.asyncProperty(badInputs(route), fc.nat(1), async (input, who) => {
      // An absent input (undefined) means {}, which is valid for routes that take nothing.
      // Over HTTP the input travels as JSON, which can turn a bad value into a good one (NaN into null).
      const overTheWire = JSON.parse(JSON.stringify(input ?? null));
      fc.pre(
        input !== undefined &&
          !contract[route].input.safeParse(input).success &&
          !contract[route].input.safeParse(overTheWire).success,
      );
      const result = await (callers[who] as (r: string, i: unknown) => Promise<any>)(route, input);
      expect(result.ok).toBe(false);
      expect(REJECTIONS).toContain(result.error.code);
      expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }),
    { numRuns: 40 },
  );
  expect(storeFingerprint()).toBe(before);
});

test('the prototype of plain objects is never polluted', () => {
  expect(({} as Record<string, unknown>).role).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
