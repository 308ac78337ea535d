import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/** The console header names the units above the one shown, from the top down. */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a branch overview carries its parents’ names in order; the top unit has none', async () => {
  const branch = await ok(d.as(DEMO.eastBranchAdmin)('admin.unitOverview', { unitId: 'u-b-east' }));
  const units = store.collection<any>('units');
  const east = await units.get('u-b-east');
  const expected = await Promise.all(east.path.map(async (id: string) => (await units.get(id)).name));
  expect(expected.length).toBeGreaterThan(0);
  expect(branch.parentNames).toEqual(expected);
  const top = await ok(d.as(DEMO.orgAdmin)('admin.unitOverview', { unitId: east.path[0] }));
  expect(top.parentNames).toEqual([]);
});
