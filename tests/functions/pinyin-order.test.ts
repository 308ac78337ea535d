import { rmSync } from 'node:fs';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/** Members and the binding page's branches are listed in pinyin order (丁, 汪, 余, 张), page after page. */
const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
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

/** Every member of the committee, read 7 at a time as the admin console pages them. */
async function pagedNames(): Promise<string[]> {
  const names: string[] = [];
  for (let skip = 0; ; skip += 7) {
    const page = (await d.as(DEMO.superAdmin)('admin.memberList', { unitId: 'u-committee', skip, limit: 7 })).data;
    names.push(...page.items.map((item: { name: string }) => item.name));
    if (skip + 7 >= page.total) return names;
  }
}

const inPinyinOrder = (names: string[]) => [...names].sort(pinyin.compare);

test('the member list pages in pinyin order, not by code point', async () => {
  const names = await pagedNames();
  expect(names.length).toBeGreaterThan(50);
  expect(names).toEqual(inPinyinOrder(names));
});

test('a renamed member moves to their new place in the order', async () => {
  const renamed = await d.as(DEMO.superAdmin)('admin.memberUpdate', {
    memberId: DEMO.member,
    changes: { name: '阿丽' },
  });
  expect(renamed.ok).toBe(true);
  const names = await pagedNames();
  expect(names[0]).toBe('阿丽');
  expect(names).toEqual(inPinyinOrder(names));
});

test('setup gives records stored before the sort key their key', async () => {
  const members = store.collection<any>('members');
  for (const member of await members.find({}, { limit: 100 }))
    await members.updateWhere({ _id: member._id }, { $unset: { nameKey: true } });
  const setup = await d.system('system.setup');
  expect(setup.data.memberSortKeys).toBeGreaterThan(50);
  const names = await pagedNames();
  expect(names).toEqual(inPinyinOrder(names));
  expect((await d.system('system.setup')).data.memberSortKeys).toBe(0);
});

test('the binding page lists branches in pinyin order', async () => {
  const result: any = await dispatch(
    'http',
    { route: 'auth.bindableUnits', input: {} },
    { kind: 'openid', openid: 'o-new-member' },
    d.services,
  );
  const names = result.data.units.map((unit: { name: string }) => unit.name);
  expect(names.length).toBeGreaterThan(3);
  expect(names).toEqual(inPinyinOrder(names));
});
