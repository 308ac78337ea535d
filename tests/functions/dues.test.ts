import { rmSync } from 'node:fs';
import type { LocalPayments } from '../../cloudfunctions/platform/payments';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * Party dues through the real dispatcher: bases by the brackets (sealed at rest), records once per member
 * per month, payments counted once per receipt or order (also under races on both stores), result notices
 * replayed or lost (the daily reconcile repairs and logs), and arrears reminders once a month.
 */
const SECRETARY = DEMO.eastBranchAdmin;
const DAY = 86_400_000;
// FIXED_NOW is 22 Nov 2026; a month earlier is October.
const THIS_MONTH = '2026-11';
const LAST_MONTH = '2026-10';

async function eastMembers(store: DocStore, count: number): Promise<string[]> {
  const found = await store
    .collection<{ _id: string }>('members')
    .find(
      { unitId: 'u-b-east', role: 'member', stage: { $in: ['full', 'probationary'] }, status: 'normal' },
      { sort: [['_id', 1]], limit: count },
    );
  return found.map((m) => m._id);
}

const payments = (d: Dispatcher) => d.services.platform.payments as LocalPayments;

describe('party dues on the embedded store', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;
  let members: string[];

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
    members = await eastMembers(store, 4);
    expect(members).toHaveLength(4);
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('a base sets the due by the brackets, sealed at rest; bad input changes nothing', async () => {
    const [memberId] = members as [string];
    const refused = await d.as(SECRETARY)('admin.duesProfileSet', { memberId, category: 'salaried', amountFen: -5 });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    const farmer = await d.as(SECRETARY)('admin.duesProfileSet', { memberId, category: 'farmer', amountFen: 500 });
    expect(farmer.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { amountFen: expect.any(String) } });
    expect(await store.collection('dues_profiles').get(memberId)).toBeNull();
    expect(await store.collection('dues_months').count({ memberId })).toBe(0);

    const set = await ok(
      d.as(SECRETARY)('admin.duesProfileSet', { memberId, category: 'salaried', amountFen: 650_000 }),
    );
    expect(set.monthlyDueFen).toBe(9_750);
    const stored = await store.collection<any>('dues_profiles').get(memberId);
    expect(JSON.stringify(stored)).not.toContain('650000');
    expect(d.services.pii.decrypt(stored.baseSealed)).toBe('650000');
    const mine = await ok(d.as(memberId)('me.dues', {}));
    expect(mine.profile).toMatchObject({ category: 'salaried', monthlyDueFen: 9_750 });
    expect(mine.months).toEqual([expect.objectContaining({ month: THIS_MONTH, dueFen: 9_750, state: 'due' })]);
    expect(mine.onlinePay).toBe(true);
    const audit = await store.collection<any>('audit').find({ action: 'dues.profile', targetId: memberId }, {});
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('6500');
  });

  test('the monthly job creates each record once, however often it runs', async () => {
    for (const memberId of members.slice(1))
      await ok(d.as(SECRETARY)('admin.duesProfileSet', { memberId, category: 'retired', amountFen: 320_000 }));
    d.clock.now = FIXED_NOW + 15 * DAY; // 7 December
    const first = await ok(d.system('system.duesMonthly'));
    const again = await ok(d.system('system.duesMonthly'));
    expect(first.month).toBe('2026-12');
    expect(again.created).toBe(0);
    expect(again.existing).toBe(first.created + first.existing);
    for (const memberId of members)
      expect(await store.collection('dues_months').count({ memberId, month: '2026-12' })).toBe(1);
  });

  test('a receipt recorded twice counts once; reused for other months it is refused', async () => {
    const memberId = members[1]!;
    const input = { memberId, method: 'cash', receiptNo: 'SJ-0001', months: [THIS_MONTH] };
    const first = await ok(d.as(SECRETARY)('admin.duesRecordPayment', input));
    const second = await ok(d.as(SECRETARY)('admin.duesRecordPayment', input));
    expect(first).toMatchObject({ amountFen: 1_600, alreadyRecorded: false });
    expect(second).toMatchObject({ amountFen: 1_600, alreadyRecorded: true });
    const reused = await d.as(SECRETARY)('admin.duesRecordPayment', { ...input, months: ['2026-12'] });
    expect(reused.error).toMatchObject({ code: 'CONFLICT', fields: { receiptNo: expect.any(String) } });
    const month = await ok(d.as(SECRETARY)('admin.duesMonth', { unitId: 'u-b-east', month: THIS_MONTH }));
    const row = month.members.find((m: any) => m.memberId === memberId);
    expect(row).toMatchObject({ state: 'paid', method: 'cash' });
    expect(await store.collection('dues_payments').count({ memberId })).toBe(1);
    expect(await store.collection('audit').count({ action: 'dues.record', targetId: memberId })).toBe(1);
    const mine = await ok(d.as(memberId)('me.dues', { year: 2026 }));
    expect(mine.months.find((m: any) => m.month === THIS_MONTH)).toMatchObject({ state: 'paid', method: 'cash' });
  });

  test('an online payment counts once when its result notice comes again', async () => {
    const memberId = members[2]!;
    const order = await ok(d.as(memberId)('me.duesPay', { months: [THIS_MONTH] }));
    expect(order).toMatchObject({ amountFen: 1_600, payment: null });
    const notices = payments(d).takeNotices();
    expect(notices).toEqual([order.orderNo]);
    const replies = [];
    for (let i = 0; i < 3; i += 1)
      replies.push(await ok(d.system('system.duesPayResult', { outTradeNo: order.orderNo })));
    expect(replies.map((r) => r.state)).toEqual(['paid', 'paid', 'paid']);
    const sent = await store.collection('notices').count({ memberId, title: '党费缴纳成功' });
    expect(sent).toBe(1);
    const record = await store.collection<any>('dues_months').get(`${memberId}:${THIS_MONTH}`);
    expect(record).toMatchObject({ state: 'paid', method: 'wxpay', paymentId: `order:${order.orderNo}` });
    const forged = await d.system('system.duesPayResult', { outTradeNo: 'DF20261122unknown' });
    expect(forged.error.code).toBe('NOT_FOUND');
  });

  test('the daily reconcile finds a paid order whose notice was lost, counts it and logs it', async () => {
    const memberId = members[3]!;
    payments(d).loseNotices(1);
    const order = await ok(d.as(memberId)('me.duesPay', { months: [THIS_MONTH] }));
    expect(payments(d).takeNotices()).toEqual([]);
    expect((await store.collection<any>('dues_months').get(`${memberId}:${THIS_MONTH}`)).state).toBe('due');

    const repaired = await ok(d.system('system.duesReconcile'));
    expect(repaired).toMatchObject({ repaired: 1 });
    expect((await store.collection<any>('dues_months').get(`${memberId}:${THIS_MONTH}`)).state).toBe('paid');
    const logged = await store.collection<any>('audit').find({ action: 'dues.reconciled', targetId: memberId }, {});
    expect(logged).toHaveLength(1);
    expect(logged[0].summary).toContain(order.orderNo);
    expect(logged[0].actorName).toBe('系统');
    expect(await ok(d.system('system.duesReconcile'))).toMatchObject({ repaired: 0 });
  });

  test('an order left unpaid stays open for a while, then the reconcile closes it; the month stays due', async () => {
    const memberId = members[0]!;
    await ok(d.as(SECRETARY)('admin.duesProfileSet', { memberId, category: 'salaried', amountFen: 650_000 }));
    payments(d).leaveUnpaid(1);
    const order = await ok(d.as(memberId)('me.duesPay', { months: [THIS_MONTH] }));
    expect(await ok(d.system('system.duesReconcile'))).toMatchObject({ repaired: 0, closed: 0 });
    d.clock.now = FIXED_NOW + 3 * DAY;
    expect(await ok(d.system('system.duesReconcile'))).toMatchObject({ repaired: 0, closed: 1 });
    expect(await store.collection<any>('dues_payments').get(`order:${order.orderNo}`)).toMatchObject({
      state: 'closed',
    });
    expect((await store.collection<any>('dues_months').get(`${memberId}:${THIS_MONTH}`)).state).toBe('due');
  });

  test('arrears reminders go out once per member per month', async () => {
    // Records for October, left unpaid by two members; in November they are arrears.
    d.clock.now = FIXED_NOW - 30 * DAY;
    await ok(d.system('system.duesMonthly'));
    d.clock.now = FIXED_NOW;
    await ok(
      d.as(SECRETARY)('admin.duesRecordPayment', {
        memberId: members[0],
        method: 'transfer',
        receiptNo: 'ZZ-1001',
        months: [LAST_MONTH],
      }),
    );
    const first = await ok(d.system('system.duesReminders'));
    const again = await ok(d.system('system.duesReminders'));
    expect(first.reminded).toBe(3);
    expect(again.reminded).toBe(0);
    for (const memberId of members.slice(1))
      expect(await store.collection('notices').count({ memberId, title: '党费缴纳提醒' })).toBe(1);
    expect(await store.collection('notices').count({ memberId: members[0], title: '党费缴纳提醒' })).toBe(0);

    const month = await ok(d.as(SECRETARY)('admin.duesMonth', { unitId: 'u-b-east', month: THIS_MONTH }));
    expect(month.members[0].state).toBe('arrears');
    expect(month.arrearsFen).toBe(3 * 1_600 + 9_750);
    const file = await ok(d.as(SECRETARY)('admin.duesExport', { unitId: 'u-b-east', year: 2026 }));
    expect(file.fileName).toContain('2026年党费');
  });

  test('the month goes on the public board once, with counts and totals but no one’s amount', async () => {
    const first = await ok(d.as(SECRETARY)('admin.duesPublish', { unitId: 'u-b-east', month: THIS_MONTH }));
    const again = await ok(d.as(SECRETARY)('admin.duesPublish', { unitId: 'u-b-east', month: THIS_MONTH }));
    expect(again.itemId).toBe(first.itemId);
    const item = await store.collection<any>('publicity_items').get(first.itemId);
    expect(item).toMatchObject({ kind: 'dues', unitId: 'u-b-east' });
    expect(item.title).toContain('2026年11月党费收缴情况');
    expect(item.body).toContain('已缴');
    expect(item.body).not.toContain('97.50');
    expect(await store.collection('audit').count({ action: 'publicity.post', targetId: first.itemId })).toBe(1);
  });
});

describe.each(['embedded', 'postgres'] as const)('dues races on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let members: string[];

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    members = await eastMembers(store, 3);
    for (const memberId of members)
      await ok(d.as(SECRETARY)('admin.duesProfileSet', { memberId, category: 'salaried', amountFen: 400_000 }));
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('the same receipt recorded at once from several calls counts once', async () => {
    const memberId = members[0]!;
    const input = { memberId, method: 'cash', receiptNo: `RACE-${driver}`, months: [THIS_MONTH] };
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => d.as(SECRETARY)('admin.duesRecordPayment', input)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => !r.data.alreadyRecorded)).toHaveLength(1);
    expect(await store.collection('dues_payments').count({ memberId })).toBe(1);
    const month = await ok(d.as(SECRETARY)('admin.duesMonth', { unitId: 'u-b-east', month: THIS_MONTH }));
    expect(month.paidFen).toBe(4_000);
  });

  test('a result notice delivered several times at once counts once, and the monthly job races safely', async () => {
    const memberId = members[1]!;
    const order = await ok(d.as(memberId)('me.duesPay', { months: [THIS_MONTH] }));
    payments(d).takeNotices();
    const replies = await Promise.all(
      [0, 1, 2, 3].map(() => d.system('system.duesPayResult', { outTradeNo: order.orderNo })),
    );
    expect(replies.every((r) => r.ok && r.data.state === 'paid')).toBe(true);
    expect(await store.collection('notices').count({ memberId, title: '党费缴纳成功' })).toBe(1);

    d.clock.now = FIXED_NOW + 15 * DAY;
    const runs = await Promise.all([0, 1, 2].map(() => d.system('system.duesMonthly')));
    expect(runs.reduce((sum, r) => sum + r.data.created, 0)).toBe(members.length);
    expect(await store.collection('dues_months').count({ month: '2026-12' })).toBe(members.length);
    d.clock.now = FIXED_NOW;
  });
});
