import { rmSync } from 'node:fs';
import type { CallRecord } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';

/**
 * The console overview (admin.unitOverview) answers from the units' snapshots (ADR 0015): it never counts
 * members, costs the same store reads whatever their number, and shows members added a moment ago.
 */
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

/** The overview of the committee, with the store reads it cost and the member queries it made. */
async function overviewWithCost() {
  const records: CallRecord[] = [];
  const memberQueries: string[] = [];
  const log = d.services.log;
  d.services.log = (record) => {
    if (record.route === 'admin.unitOverview') records.push(record);
  };
  const real = store.collection.bind(store);
  const spy = jest.spyOn(store, 'collection').mockImplementation(((name: string) => {
    const collection = real(name);
    if (name !== 'members') return collection;
    return {
      ...collection,
      get: collection.get.bind(collection),
      find: (...args: Parameters<typeof collection.find>) => {
        memberQueries.push('find');
        return collection.find(...args);
      },
      count: (...args: Parameters<typeof collection.count>) => {
        memberQueries.push('count');
        return collection.count(...args);
      },
    };
  }) as never);
  try {
    const overview = await ok(d.as(DEMO.orgAdmin)('admin.unitOverview', { unitId: 'u-committee' }));
    return { overview, reads: records[0]!.reads, memberQueries };
  } finally {
    spy.mockRestore();
    d.services.log = log;
  }
}

test('the overview makes no member query and the same reads after 30 members join, whom it counts at once', async () => {
  await d.signIn(DEMO.orgAdmin);
  const before = await overviewWithCost();
  expect(before.memberQueries).toEqual([]);
  for (let i = 0; i < 30; i += 1)
    await ok(
      d.as(DEMO.superAdmin)('admin.memberCreate', {
        unitId: 'u-b-west',
        name: `新党员${String.fromCharCode(0x4e00 + i)}`,
        gender: 'male',
        ethnicity: null,
        birthDate: null,
        education: null,
        idCard: null,
        phone: null,
        position: null,
        status: 'normal',
        joinedAt: null,
        stage: 'applicant',
        stageSince: FIXED_NOW,
      }),
    );
  const after = await overviewWithCost();
  expect(after.reads).toBe(before.reads);
  expect(after.memberQueries).toEqual([]);
  expect(after.overview.memberCount).toBe(before.overview.memberCount + 30);
  expect(after.overview.memberCount).toBe(await store.collection('members').count({ unitPath: 'u-committee' }));
  expect(after.overview.byStage.applicant).toBe(before.overview.byStage.applicant + 30);
  const community = (o: any) => o.childUnits.find((unit: any) => unit.unitId === 'u-gb-com').memberCount;
  expect(community(after.overview)).toBe(community(before.overview) + 30);
});
