import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contract, type RouteName } from '@contract/contract';
import { takeFirstCall } from '@/lib/transport/first-call';

/** The entry page's first call, started by index.html before the app has loaded, and taken by the app. */
type FirstCall = { url: string; body: string; token: string | null; answer: Promise<unknown> };
type Holder = { window?: { __FIRST_CALL__?: FirstCall } };
const global = globalThis as Holder;
const ANSWER = { ok: true, data: { name: '张三' } };

function startedByThePage(url: string, token: string | null): void {
  global.window = { __FIRST_CALL__: { url, body: '{}', token, answer: Promise.resolve(ANSWER) } };
}

afterEach(() => delete global.window);

test('the same request with the same token takes the answer, once', async () => {
  startedByThePage('/api/me.home', 'token-1');
  expect(await takeFirstCall('/api/me.home', '{}', 'token-1')).toEqual(ANSWER);
  expect(await takeFirstCall('/api/me.home', '{}', 'token-1')).toBeNull();
});

test('another request leaves the answer for the one it belongs to', async () => {
  startedByThePage('/api/me.home', 'token-1');
  expect(await takeFirstCall('/api/auth.refresh', '{}', 'token-1')).toBeNull();
  expect(await takeFirstCall('/api/me.home', '{}', 'token-1')).toEqual(ANSWER);
});

test('the same URL with another body leaves the answer be', async () => {
  startedByThePage('/api/me.home', 'token-1');
  expect(await takeFirstCall('/api/me.home', '{"unitId":"u-1"}', 'token-1')).toBeNull();
  expect(await takeFirstCall('/api/me.home', '{}', 'token-1')).toEqual(ANSWER);
});

test('an answer to another session, or to no session, is not taken', async () => {
  startedByThePage('/api/me.home', 'old-token');
  expect(await takeFirstCall('/api/me.home', '{}', 'new-token')).toBeNull();
  expect(await takeFirstCall('/api/me.home', '{}', null)).toBeNull();
  startedByThePage('/api/me.home', null);
  expect(await takeFirstCall('/api/me.home', '{}', 'token-1')).toBeNull();
});

test('without a page (the mini-program) there is nothing to take', async () => {
  expect(await takeFirstCall('/api/me.home', '{}', 'token-1')).toBeNull();
});

test('index.html starts a route of the contract that only reads, with an input it accepts', () => {
  const page = readFileSync(path.resolve('src/index.html'), 'utf8');
  const route = /var FIRST_CALL_URL = '\/api\/([\w.]+)';/.exec(page)?.[1] as RouteName | undefined;
  const body = /var FIRST_CALL_BODY = '([^']*)';/.exec(page)?.[1];
  expect(route).toBeDefined();
  const definition = contract[route!];
  expect(definition).toBeDefined();
  expect(definition.writes).toBe(false);
  expect(definition.input.safeParse(JSON.parse(body ?? 'null')).success).toBe(true);
});
