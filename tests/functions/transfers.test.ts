import { volunteerMinutesOf } from '../../cloudfunctions/modules/transfers/volunteer.service';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { csvOf, validRow } from '../support/roster-files';
import { seededStore } from '../support/seeded-store';

/** 组织关系转接, 流动党员, volunteer hours and care records through the real dispatcher, on both stores. */
const DAY = 86_400_000;
const EAST = 'u-b-east';
const WEST = 'u-b-west';

async function membersOf(store: DocStore, unitId: string, role = 'member'): Promise<string[]> {
  const found = await store
    .collection<any>('members')
    .find({ unitId, role, status: 'normal' }, { sort: [['_id', 1]], limit: 20 });
  return found.map((member) => member._id);
}

const startInput = (memberId: string, to: object, validUntil = FIXED_NOW + 30 * DAY) => ({
  memberId,
  to,
  letterNo: '城南组字第 12 号',
  validUntil,
  reason: '工作调动',
});

describe.each(['embedded', 'postgres'] as const)('transfers of membership on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let eastMembers: string[];
  let westAdmin: string;
  const count = (collection: string, filter: Record<string, unknown> = {}) =>
    store.collection<any>(collection).count(filter);
  const memberCount = async (unitId: string) =>
    (await ok(d.as(DEMO.orgAdmin)('admin.unitOverview', { unitId }))).memberCount as number;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    eastMembers = await membersOf(store, EAST);
    [westAdmin] = (await membersOf(store, WEST, 'branch_admin')) as [string];
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('inside the system: the receiving branch accepts, and only then the member and the figures move', async () => {
    const [moving] = eastMembers as [string];
    const [eastBefore, westBefore] = [await memberCount(EAST), await memberCount(WEST)];
    const east = d.as(DEMO.eastBranchAdmin);
    const started = await ok(east('admin.transferStart', startInput(moving, { unitId: WEST })));
    expect(started).toMatchObject({ status: 'started', toName: '西苑社区党支部', outside: false });
    expect((await store.collection<any>('members').get(moving)).unitId).toBe(EAST);
    expect(await memberCount(EAST)).toBe(eastBefore);

    const again = await east('admin.transferStart', startInput(moving, { unitId: WEST }));
    expect(again.error.code).toBe('CONFLICT');
    expect((await east('admin.transferAccept', { transferId: started.transferId })).error.code).toBe('OUT_OF_SCOPE');

    const west = d.as(westAdmin);
    const incoming = await ok(west('admin.transfers', { unitId: WEST, direction: 'in' }));
    expect(incoming).toMatchObject({ total: 1, waiting: 1 });
    const mine = await ok(d.as(moving)('me.transfer', {}));
    expect(mine.items[0]).toMatchObject({ transferId: started.transferId, status: 'started' });

    const accepted = await ok(west('admin.transferAccept', { transferId: started.transferId }));
    expect(accepted.status).toBe('accepted');
    const member = await store.collection<any>('members').get(moving);
    expect(member).toMatchObject({ unitId: WEST, unitPath: ['u-committee', 'u-gb-com', WEST] });
    expect(await memberCount(EAST)).toBe(eastBefore - 1);
    expect(await memberCount(WEST)).toBe(westBefore + 1);
    expect((await ok(d.as(moving)('me.card', {}))).unitName).toBe('西苑社区党支部');
    expect((await west('admin.transferAccept', { transferId: started.transferId })).error.code).toBe('CONFLICT');
    const audit = await store.collection<any>('audit').find({ targetId: started.transferId }, { limit: 10 });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['transfer.accept', 'transfer.start']);
  });

  test('returned with a reason or cancelled by the sender: the member stays, and a closed transfer cannot reopen', async () => {
    const member = eastMembers[1] as string;
    const east = d.as(DEMO.eastBranchAdmin);
    const west = d.as(westAdmin);
    const first = await ok(east('admin.transferStart', startInput(member, { unitId: WEST })));
    expect((await west('admin.transferReturn', { transferId: first.transferId, reason: '' })).error.code).toBe(
      'VALIDATION_FAILED',
    );
    const returned = await ok(west('admin.transferReturn', { transferId: first.transferId, reason: '介绍信编号有误' }));
    expect(returned).toMatchObject({ status: 'returned', returnReason: '介绍信编号有误' });
    const second = await ok(east('admin.transferStart', startInput(member, { unitId: WEST })));
    expect((await west('admin.transferCancel', { transferId: second.transferId })).error.code).toBe('OUT_OF_SCOPE');
    expect((await ok(east('admin.transferCancel', { transferId: second.transferId }))).status).toBe('cancelled');
    expect((await west('admin.transferAccept', { transferId: second.transferId })).error.code).toBe('CONFLICT');
    expect((await store.collection<any>('members').get(member)).unitId).toBe(EAST);
  });

  test('an accept and a cancel at once: exactly one wins, and the member moves only if it was the accept', async () => {
    const member = eastMembers[2] as string;
    const started = await ok(d.as(DEMO.eastBranchAdmin)('admin.transferStart', startInput(member, { unitId: WEST })));
    const results = await Promise.all([
      d.as(westAdmin)('admin.transferAccept', { transferId: started.transferId }),
      d.as(DEMO.eastBranchAdmin)('admin.transferCancel', { transferId: started.transferId }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const moved = (await store.collection<any>('members').get(member)).unitId === WEST;
    expect(moved).toBe(results[0].ok);
    const twice = await Promise.all(
      [0, 1].map(() =>
        d.as(DEMO.eastBranchAdmin)('admin.transferStart', startInput(eastMembers[3] as string, { unitId: WEST })),
      ),
    );
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(await count('transfers', { memberId: eastMembers[3], status: 'started' })).toBe(1);
  });

  test('out of the system: the receipt is due in three months, the overdue alert comes once, the receipt closes it', async () => {
    const member = eastMembers[4] as string;
    const east = d.as(DEMO.eastBranchAdmin);
    const started = await ok(east('admin.transferStart', startInput(member, { outsideName: '杭州市西湖区委组织部' })));
    expect(started.receiptDueAt).toBe(Date.UTC(2027, 1, 22, 8, 0, 0));
    expect((await d.as(westAdmin)('admin.transferAccept', { transferId: started.transferId })).error.code).toBe(
      'OUT_OF_SCOPE',
    );
    expect((await ok(d.system('system.transferOverdue', {}))).notified).toBe(0);
    d.clock.now = started.receiptDueAt + DAY;
    expect((await ok(d.system('system.transferOverdue', {}))).notified).toBe(1);
    expect((await ok(d.system('system.transferOverdue', {}))).notified).toBe(0);
    const alerts = await store
      .collection<any>('notices')
      .find({ memberId: DEMO.eastBranchAdmin, title: '组织关系介绍信回执已逾期' }, { limit: 10 });
    expect(alerts).toHaveLength(1);
    const out = await ok(east('admin.transfers', { unitId: EAST, direction: 'out' }));
    expect(out.overdue).toBe(1);
    // Open transfers first (by the date that matters, so a lapsed or overdue one leads), closed ones after.
    const statuses: string[] = out.items.map((item: any) => item.status);
    const open = statuses.filter((status) => status === 'started').length;
    expect(statuses.slice(open)).not.toContain('started');
    const index = out.items.findIndex((item: any) => item.transferId === started.transferId);
    expect(index).toBeLessThan(open);
    expect(out.items[index].overdue).toBe(true);

    const future = await east('admin.transferReceipt', {
      transferId: started.transferId,
      receivedAt: d.clock.now + DAY,
    });
    expect(future.error.code).toBe('VALIDATION_FAILED');
    const received = await ok(
      east('admin.transferReceipt', { transferId: started.transferId, receivedAt: d.clock.now - DAY }),
    );
    expect(received).toMatchObject({ status: 'received', overdue: false });
    expect((await store.collection<any>('members').get(member)).status).toBe('transferred');
    expect((await ok(d.as(member)('me.transfer', {}))).items[0].status).toBe('received');
  });

  test('refused and unchanged: out of scope, a lapsed letter, the same branch, a roster re-import across branches', async () => {
    const before = await count('transfers');
    const westMember = (await membersOf(store, WEST))[0] as string;
    const east = d.as(DEMO.eastBranchAdmin);
    expect((await east('admin.transferStart', startInput(westMember, { unitId: EAST }))).error.code).toBe(
      'OUT_OF_SCOPE',
    );
    const lapsed = await east(
      'admin.transferStart',
      startInput(eastMembers[5] as string, { unitId: WEST }, FIXED_NOW - DAY),
    );
    expect(lapsed.error.fields.validUntil).toBeTruthy();
    const same = await east('admin.transferStart', startInput(eastMembers[5] as string, { unitId: EAST }));
    expect(same.error.fields.to).toBeTruthy();
    const bad = await east('admin.transferStart', {
      ...startInput(eastMembers[5] as string, { unitId: WEST }),
      letterNo: '',
    });
    expect(bad.error.code).toBe('VALIDATION_FAILED');
    expect(await count('transfers')).toBe(before);

    const org = d.as(DEMO.orgAdmin);
    const row = (branch: string) => csvOf([validRow('调动测试', '1985-02-03', 77, '15000000077', branch)]);
    const created = await ok(
      org('admin.rosterImport', { unitId: 'u-gb-com', format: 'csv', file: row('东湖社区党支部'), mode: 'valid_only' }),
    );
    expect(created.counts.create).toBe(1);
    const moved = await ok(
      org('admin.rosterImport', { unitId: 'u-gb-com', format: 'csv', file: row('西苑社区党支部'), mode: 'valid_only' }),
    );
    expect(moved.counts).toMatchObject({ update: 0, error: 1 });
    expect(moved.rows[0].errors.join()).toContain('组织关系转接');
    expect(await count('members', { name: '调动测试', unitId: EAST })).toBe(1);
  });

  test('care records: the member’s branch admins and above only, never the member or another branch', async () => {
    const member = eastMembers[6] as string;
    const east = d.as(DEMO.eastBranchAdmin);
    const care = {
      memberId: member,
      kind: 'visit',
      at: FIXED_NOW - DAY,
      note: '春节前走访，身体状况良好',
      help: '送去慰问金',
    };
    const withPhone = await east('admin.careAdd', { ...care, note: '联系电话 13800000000' });
    expect(withPhone.error.code).toBe('VALIDATION_FAILED');
    await ok(east('admin.careAdd', care));
    expect((await ok(east('admin.careList', { memberId: member }))).items).toHaveLength(1);
    expect((await ok(d.as(DEMO.orgAdmin)('admin.careList', { memberId: member }))).total).toBe(1);
    expect((await d.as(westAdmin)('admin.careList', { memberId: member })).error.code).toBe('OUT_OF_SCOPE');
    expect((await d.as(member)('admin.careList', { memberId: member })).error.code).toBe('FORBIDDEN');
    const own = JSON.stringify([await d.as(member)('me.dossier', {}), await d.as(member)('me.transfer', {})]);
    expect(own).not.toContain('春节前走访');
  });

  test('流动党员 and volunteer hours: nothing without a check-out, or as the organiser confirms', async () => {
    const member = eastMembers[7] as string;
    const east = d.as(DEMO.eastBranchAdmin);
    const flow = {
      memberId: member,
      place: '深圳市南山区',
      contactUnit: '南山区流动党员服务站',
      since: FIXED_NOW - 10 * DAY,
    };
    await ok(east('admin.flowRegister', flow));
    await ok(east('admin.flowRegister', { ...flow, place: '深圳市福田区' }));
    const flows = await ok(east('admin.flowList', { unitId: EAST }));
    expect(flows.items.filter((item: any) => item.memberId === member)).toMatchObject([{ place: '深圳市福田区' }]);
    expect((await store.collection<any>('members').get(member)).status).toBe('mobile');

    const activity = {
      _id: 'act-volunteer',
      type: 'volunteer',
      title: '社区环境整治',
      startAt: FIXED_NOW - 2 * DAY,
      endAt: FIXED_NOW - 2 * DAY + 3 * 3600_000,
      organiserUnitId: EAST,
      organiserPath: ['u-committee', 'u-gb-com', EAST],
    };
    await store.collection<any>('activities').insert(activity);
    for (const [id, late] of [
      [member, 30],
      [eastMembers[8] as string, 0],
    ] as const)
      await store.collection<any>('signups').insert({
        _id: `act-volunteer_${id}`,
        activityId: 'act-volunteer',
        memberId: id,
        status: 'confirmed',
        checkedInAt: activity.startAt + late * 60_000,
      });
    expect((await ok(d.as(member)('me.volunteer', {}))).totalMinutes).toBe(0);
    const confirmed = await ok(
      east('admin.volunteerConfirm', {
        activityId: 'act-volunteer',
        memberIds: [member, eastMembers[9]],
        minutes: 120,
        reason: '中途离开半小时',
      }),
    );
    expect(confirmed).toEqual({ confirmed: 1, skipped: 1 });
    expect((await ok(d.as(member)('me.volunteer', {}))).items).toMatchObject([{ minutes: 120, source: 'confirmed' }]);
    const ctx = { store, now: FIXED_NOW } as any;
    const minutes = await volunteerMinutesOf(
      ctx,
      [member, eastMembers[8] as string, eastMembers[9] as string],
      0,
      FIXED_NOW,
    );
    expect([...minutes.values()]).toEqual([120, 0, 0]);
  });
});
