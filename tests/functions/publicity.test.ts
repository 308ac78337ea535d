import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 公示栏 through the real dispatcher: who sees an item, objections private to the unit's admins and capped
 * under a race, one handling per objection, edits only before opening, and one closing record per item.
 */
const DAY = 86_400_000;
const item = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-b-east',
  kind: 'development_candidate',
  title: '关于李四同志列为发展对象的公示',
  body: '<p>经支部委员会研究，拟将李四同志列为发展对象，现予公示。</p>',
  startsAt: FIXED_NOW,
  endsAt: FIXED_NOW + 6 * DAY,
  ...overrides,
});

async function membersOf(store: DocStore, unitId: string, limit: number): Promise<string[]> {
  const found = await store.collection<any>('members').find({ unitId, role: 'member' }, { sort: [['_id', 1]], limit });
  return found.map((member) => member._id);
}

describe.each(['embedded', 'postgres'] as const)('the public board on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let east: string[];
  let west: string;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    east = await membersOf(store, 'u-b-east', 2);
    [west] = (await membersOf(store, 'u-b-west', 1)) as [string];
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('the audience sees an item and objects privately; outsiders and other members learn nothing', async () => {
    const [writer, neighbour] = east as [string, string];
    const admin = d.as(DEMO.eastBranchAdmin);
    const { publicityId } = await ok(admin('admin.publicityCreate', item()));

    const board = await ok(d.as(writer)('publicity.list', {}));
    expect(board.items).toEqual([expect.objectContaining({ publicityId, status: 'open', unitName: '东湖社区党支部' })]);
    expect((await ok(d.as(west)('publicity.list', {}))).items).toEqual([]);
    expect((await d.as(west)('publicity.detail', { publicityId })).error.code).toBe('FORBIDDEN');
    expect((await d.as(west)('publicity.object', { publicityId, text: '我也有意见要反映' })).error.code).toBe(
      'FORBIDDEN',
    );

    const text = '该同志在社区服务中的表现与材料不符';
    await ok(d.as(writer)('publicity.object', { publicityId, text, phone: '13800001234' }));
    const mine = await ok(d.as(writer)('publicity.detail', { publicityId }));
    expect(mine.mine).toEqual([expect.objectContaining({ text, handled: false })]);
    expect(mine.objectionsLeft).toBe(2);
    const above = await ok(d.as(DEMO.orgAdmin)('publicity.detail', { publicityId }));
    expect(above).toMatchObject({ inAudience: false, objectionsLeft: 0, mine: [] });
    const other = await ok(d.as(neighbour)('publicity.detail', { publicityId }));
    expect(other.mine).toEqual([]);
    expect(JSON.stringify(other)).not.toContain(text);
    expect(Object.keys(other)).not.toEqual(expect.arrayContaining(['objectionCount']));

    const seen = await ok(admin('admin.publicityObjections', { publicityId }));
    expect(seen.items).toEqual([expect.objectContaining({ text, phoneMasked: '138******34', handled: false })]);
    expect(seen.items[0].memberName).toBeTruthy();
    const stored = await store.collection<any>('publicity_objections').find({ itemId: publicityId });
    expect(JSON.stringify(stored)).not.toContain('13800001234');
    expect(await store.collection('audit').count({ targetId: publicityId, action: 'publicity.object' })).toBe(1);
    const told = await store
      .collection<any>('notices')
      .find({ memberId: DEMO.eastBranchAdmin, title: '公示收到新的异议' });
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told)).not.toContain(text);

    const office = d.as(DEMO.officeBranchAdmin);
    expect((await office('admin.publicityObjections', { publicityId })).error.code).toBe('OUT_OF_SCOPE');
    expect((await d.as(writer)('admin.publicityObjections', { publicityId })).error.code).toBe('FORBIDDEN');
    const managed = await ok(admin('admin.publicityList', { unitId: 'u-b-east' }));
    expect(managed.items.find((i: any) => i.publicityId === publicityId)).toMatchObject({
      objectionCount: 1,
      pendingCount: 1,
    });
  });

  test('five objections at once from one member: three stored, two refused', async () => {
    const { publicityId } = await ok(d.as(DEMO.eastBranchAdmin)('admin.publicityCreate', item()));
    const member = d.as(east[1]!);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => member('publicity.object', { publicityId, text: `第 ${n} 条异议的内容` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    for (const r of results.filter((r) => !r.ok)) expect(r.error.code).toBe('CONFLICT');
    expect(await store.collection('publicity_objections').count({ itemId: publicityId })).toBe(3);
    expect((await ok(member('publicity.detail', { publicityId }))).objectionsLeft).toBe(0);
  });

  test('two admins handle one objection at once: one succeeds, the count moves once', async () => {
    const { publicityId } = await ok(d.as(DEMO.eastBranchAdmin)('admin.publicityCreate', item()));
    const { objectionId } = await ok(d.as(east[0]!)('publicity.object', { publicityId, text: '请核实该同志的材料' }));
    const results = await Promise.all(
      [DEMO.eastBranchAdmin, DEMO.orgAdmin].map((id) =>
        d.as(id)('admin.publicityObjectionReply', { publicityId, objectionId, note: '已核实，材料无误' }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)!.error.code).toBe('CONFLICT');
    expect(await store.collection<any>('publicity_items').get(publicityId)).toMatchObject({
      objectionCount: 1,
      handledCount: 1,
    });
    expect((await ok(d.as(east[0]!)('publicity.detail', { publicityId }))).mine[0].handled).toBe(true);
  });

  test('an item changes only before it opens; a withdrawn one leaves the board with its reason audited', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const { unitId: _unit, ...fields } = item({ startsAt: FIXED_NOW + DAY, endsAt: FIXED_NOW + 7 * DAY });
    const open = await ok(admin('admin.publicityCreate', item()));
    const changed = await admin('admin.publicityUpdate', { ...fields, ...open, title: '改过的标题' });
    expect(changed.error.code).toBe('CONFLICT');

    const scheduled = await ok(admin('admin.publicityCreate', { unitId: 'u-b-east', ...fields }));
    await ok(admin('admin.publicityUpdate', { ...fields, ...scheduled, title: '更正后的公示标题' }));
    expect((await ok(admin('admin.publicityDetail', scheduled))).title).toBe('更正后的公示标题');
    expect((await d.as(east[0]!)('publicity.detail', scheduled)).error.code).toBe('NOT_FOUND');

    await ok(admin('admin.publicityWithdraw', { ...open, reason: '材料需要补充' }));
    const board = await ok(d.as(east[0]!)('publicity.list', {}));
    expect(board.items.map((i: any) => i.publicityId)).not.toContain(open.publicityId);
    const audit = await store
      .collection<any>('audit')
      .find({ targetId: open.publicityId, action: 'publicity.withdraw' });
    expect(audit[0].summary).toContain('材料需要补充');
    expect((await admin('admin.publicityWithdraw', { ...open, reason: '再撤一次' })).error.code).toBe('CONFLICT');
  });

  test('the close writes one record per item however often it runs, and objections stop', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const { publicityId } = await ok(admin('admin.publicityCreate', item({ kind: 'dues', endsAt: FIXED_NOW + DAY })));
    await ok(d.as(east[0]!)('publicity.object', { publicityId, text: '党费收缴金额有出入' }));

    d.clock.now = FIXED_NOW + 2 * DAY;
    const runs = await Promise.all([d.system('system.publicityClose'), d.system('system.publicityClose')]);
    await ok(d.system('system.publicityClose'));
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(await store.collection('publicity_closings').count({ itemId: publicityId })).toBe(1);
    expect(await store.collection('audit').count({ targetId: publicityId, action: 'publicity.close' })).toBe(1);
    const { closing } = await ok(admin('admin.publicityObjections', { publicityId }));
    expect(closing).toEqual({ closedAt: FIXED_NOW + DAY, objectionCount: 1, handledCount: 0 });

    const late = await d.as(east[0]!)('publicity.object', { publicityId, text: '期满之后的补充意见' });
    expect(late.error.code).toBe('CONFLICT');
    const board = await ok(d.as(east[0]!)('publicity.list', {}));
    expect(board.items.find((i: any) => i.publicityId === publicityId)).toMatchObject({ status: 'closed' });
  });

  test('bad input changes nothing', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const before = await store.collection('publicity_items').count({});
    for (const input of [
      item({ endsAt: FIXED_NOW + 3 * DAY }),
      item({ endsAt: FIXED_NOW - DAY, startsAt: FIXED_NOW - 7 * DAY }),
      item({ kind: 'gossip' }),
      item({ title: '短' }),
      item({ extra: 1 }),
      item({ body: '<script>alert(1)</script>' }),
    ])
      expect((await admin('admin.publicityCreate', input)).error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('publicity_items').count({})).toBe(before);

    const { publicityId } = await ok(admin('admin.publicityCreate', item()));
    const objections = await store.collection('publicity_objections').count({});
    for (const input of [
      { publicityId, text: '短' },
      { publicityId, text: '这里有违禁词需要拦下' },
      { publicityId, text: '手机号写错了的异议', phone: '12345' },
      { publicityId, text: '多出来的字段的异议', extra: true },
    ])
      expect((await d.as(east[0]!)('publicity.object', input)).error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('publicity_objections').count({})).toBe(objections);
  });
});
