import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * Manual items on a member the caller does not outrank (an equal or superior admin): the list says so with
 * `canManage`, offers no decision, and a decision sent anyway is refused and changes nothing. Both stores.
 */
const GENERAL_BRANCH_ADMIN = 'm-gb-com-admin';

describe.each(['embedded', 'postgres'] as const)('assessment items and the role ceiling on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let member: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    d.clock.now = FIXED_NOW;
    const members = store.collection<any>('members');
    const [east] = await members.find({ unitId: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 1 });
    member = east._id;
    const { phoneHash: _p, idCardHash: _i, openid: _o, ...template } = await members.get(DEMO.eastBranchAdmin);
    await members.insert({
      ...template,
      _id: GENERAL_BRANCH_ADMIN,
      name: '总支书记',
      unitId: 'u-gb-com',
      unitPath: ['u-committee', 'u-gb-com'],
      role: 'branch_admin',
      adminUnitId: 'u-gb-com',
      phone: null,
      idCard: null,
      demo: false,
    });
    await ok(
      d.as(DEMO.orgAdmin)('admin.assessmentSchemeSave', {
        unitId: 'u-committee',
        name: '积分制考核',
        periodKind: 'year',
        indicators: [
          { key: 'points', label: '学习积分', source: 'points', weight: 1, cap: 50 },
          { key: 'volunteer', label: '志愿服务', source: 'manual', weight: 1, cap: 10 },
        ],
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('a member made branch admin after an item was entered: listed as not manageable, the decision refused', async () => {
    const item = await ok(
      d.as(DEMO.eastBranchAdmin)('admin.assessmentItemAdd', {
        memberId: member,
        indicatorKey: 'volunteer',
        points: 4,
        occurredAt: FIXED_NOW - 86_400_000,
        evidence: '参加社区义诊志愿服务',
      }),
    );
    expect(item).toMatchObject({ canManage: true, canDecide: false });
    const above = d.as(GENERAL_BRANCH_ADMIN);
    const listed = async () =>
      (await ok(above('admin.assessmentItems', { unitId: 'u-gb-com' }))).items.find(
        (i: any) => i.itemId === item.itemId,
      );
    expect(await listed()).toMatchObject({ canManage: true, canDecide: true });

    await store.collection<any>('members').updateWhere({ _id: member }, { $set: { role: 'branch_admin' } });
    expect(await listed()).toMatchObject({ canManage: false, canDecide: false, status: 'pending' });
    const refused = await above('admin.assessmentItemDecide', { itemId: item.itemId, decision: 'approve' });
    expect(refused.error.code).toBe('FORBIDDEN');
    expect((await store.collection<any>('assessment_items').get(item.itemId)).status).toBe('pending');

    const orgView = (await ok(d.as(DEMO.orgAdmin)('admin.assessmentItems', { unitId: 'u-committee' }))).items.find(
      (i: any) => i.itemId === item.itemId,
    );
    expect(orgView).toMatchObject({ canManage: true, canDecide: true });
  });
});
