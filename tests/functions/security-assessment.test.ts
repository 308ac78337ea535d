import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * An attacker's look at 表彰奖惩: a 处分 is read only after the admin re-confirms their identity, so no other
 * route an admin reads without confirming — the audit log above all — may carry what the 处分 says.
 */
const DAY = 86_400_000;
const CONFIRM = { method: 'fallback', reason: '设备不支持指纹' };
const DISCIPLINE_TITLE = '党内严重警告';
const DOCUMENT_NO = '城南纪〔2026〕3号';

describe('处分 records and the audit log', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let memberId: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    d = await dispatcherFor(store);
    const [member] = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 1 });
    memberId = member!._id;
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('an admin reading the audit log without re-confirming learns that a 处分 was recorded, not what it says', async () => {
    await ok(
      d.as(DEMO.orgAdmin)('admin.honourAdd', {
        memberId,
        kind: 'discipline',
        title: DISCIPLINE_TITLE,
        level: 'street',
        awardedAt: FIXED_NOW - 10 * DAY,
        documentNo: DOCUMENT_NO,
        confirmation: CONFIRM,
      }),
    );
    const plain = await ok(d.as(DEMO.eastBranchAdmin)('admin.honours', { memberId }));
    expect(plain.disciplineShown).toBe(false);
    expect(JSON.stringify(plain)).not.toContain(DISCIPLINE_TITLE);

    const audit = await ok(d.as(DEMO.eastBranchAdmin)('admin.auditList', { unitId: 'u-b-east', skip: 0, limit: 50 }));
    const entries = audit.items.filter((entry: { action: string }) => entry.action === 'honour.add.discipline');
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(DISCIPLINE_TITLE);
    expect(JSON.stringify(audit)).not.toContain(DOCUMENT_NO);

    const revealed = await ok(d.as(DEMO.eastBranchAdmin)('admin.honours', { memberId, confirmation: CONFIRM }));
    expect(revealed.items.map((item: { title: string }) => item.title)).toContain(DISCIPLINE_TITLE);
  });
});
