import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import type { DocStore } from '../../cloudfunctions/store/types';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/** A new deployment: setup prints a one-time code; the first WeChat user redeems it and becomes super admin. */
let store: DocStore;
let dir: string;
let d: Dispatcher;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bootstrap-'));
  store = await openEmbeddedStore(dir);
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const asWechat = (openid: string, route: string, input: unknown) =>
  dispatch('http', { route, input }, { kind: 'openid', openid }, d.services) as Promise<any>;

test('setup is idempotent, prints a code while there is no super admin, and the code works once', async () => {
  const first = await d.system('system.setup');
  expect(first.data.collections).toEqual(expect.arrayContaining(['members', 'activities', 'audit']));
  expect(first.data.bootstrapCode).toMatch(/^[A-Z2-9]{12}$/);
  const second = await d.system('system.setup');
  expect(second.data.bootstrapCode).toMatch(/^[A-Z2-9]{12}$/);
  expect(
    (
      await asWechat('o-first', 'auth.bootstrap', {
        code: first.data.bootstrapCode,
        name: '李书记',
        organisationName: '示范街道党委',
      })
    ).error.code,
  ).toBe('NOT_FOUND');

  // The binding page offers the code only while there is no super admin.
  expect((await asWechat('o-second', 'auth.bindingStatus', {})).data.bootstrapOpen).toBe(true);
  const redeemed = await asWechat('o-first', 'auth.bootstrap', {
    code: second.data.bootstrapCode,
    name: '李书记',
    organisationName: '示范街道党委',
  });
  expect(redeemed.data).toMatchObject({ status: 'bound', memberName: '李书记' });
  const card = await asWechat('o-first', 'me.card', {});
  expect(card.data).toMatchObject({ role: 'super_admin', unitName: '示范街道党委' });
  expect(
    (
      await asWechat('o-second', 'auth.bootstrap', {
        code: second.data.bootstrapCode,
        name: '王五',
        organisationName: '另一个党委',
      })
    ).ok,
  ).toBe(false);
  expect((await d.system('system.setup')).data.bootstrapCode).toBeNull();
  expect((await asWechat('o-second', 'auth.bindingStatus', {})).data.bootstrapOpen).toBe(false);
});

test('setup builds the console’s figures from the records, so an upgraded deployment has them at once', async () => {
  const admin = (await store.collection<any>('members').find({ role: 'super_admin' }, { limit: 1 }))[0]!;
  // As in a store written by a version that kept no aggregates.
  await store.collection('unit_snapshots').removeWhere({}, { multi: true });
  const before = await asWechat('o-first', 'admin.unitOverview', { unitId: admin.unitId });
  expect(before.data.memberCount).toBe(0);
  const setup = await d.system('system.setup');
  expect(setup.data.aggregates).toBeDefined();
  const after = await asWechat('o-first', 'admin.unitOverview', { unitId: admin.unitId });
  expect(after.data.memberCount).toBe(1);
});
