import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * An attacker's look at 党费: a branch's receipt book is its own, so another branch using the same numbers
 * neither blocks it nor learns which numbers it used; a member pays only for themselves.
 */
const THIS_MONTH = '2026-11';
const RECEIPT = 'SJ-0001';

async function plainMember(store: DocStore, unitId: string): Promise<string> {
  const [member] = await store
    .collection<{ _id: string }>('members')
    .find({ unitId, role: 'member', stage: 'full', status: 'normal' }, { sort: [['_id', 1]], limit: 1 });
  return member!._id;
}

describe('dues receipts and payments across branches', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let east: string;
  let west: string;
  let westAdmin: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    d = await dispatcherFor(store);
    east = await plainMember(store, 'u-b-east');
    west = await plainMember(store, 'u-b-west');
    const [admin] = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: 'u-b-west', role: 'branch_admin' }, { limit: 1 });
    westAdmin = admin!._id;
    await ok(
      d.as(DEMO.eastBranchAdmin)('admin.duesProfileSet', { memberId: east, category: 'retired', amountFen: 300_000 }),
    );
    await ok(d.as(westAdmin)('admin.duesProfileSet', { memberId: west, category: 'retired', amountFen: 300_000 }));
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('two branches whose receipt books share a number each record their own payment', async () => {
    const record = (admin: string, memberId: string) =>
      d.as(admin)('admin.duesRecordPayment', { memberId, method: 'cash', receiptNo: RECEIPT, months: [THIS_MONTH] });
    const first = await ok(record(DEMO.eastBranchAdmin, east));
    expect(first.alreadyRecorded).toBe(false);
    const second = await record(westAdmin, west);
    expect(second.error).toBeUndefined();
    expect(second.data).toMatchObject({ memberId: west, alreadyRecorded: false });
    const westMonth = (await ok(d.as(west)('me.dues', {}))).months.find((m: any) => m.month === THIS_MONTH);
    expect(westMonth.state).toBe('paid');

    // Within one branch the receipt still counts once and cannot be used for another member.
    const again = await ok(record(DEMO.eastBranchAdmin, east));
    expect(again.alreadyRecorded).toBe(true);
    expect(await store.collection('dues_payments').count({ memberId: east })).toBe(1);
  });

  test('a member cannot name whom they pay for', async () => {
    const refused = await d.as(east)('me.duesPay', { months: [THIS_MONTH], memberId: west });
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('dues_payments').count({ memberId: west, state: 'open' })).toBe(0);
  });
});
