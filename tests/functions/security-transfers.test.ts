import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * An attacker's look at 组织关系转接 and volunteer hours: an admin whose subtree holds both branches does not
 * both send and receive the same transfer, and nobody confirms their own volunteer hours.
 */
const DAY = 86_400_000;
const EAST = 'u-b-east';
const WEST = 'u-b-west';

describe('transfers and volunteer hours against their own admins', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let eastMembers: string[];

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    d = await dispatcherFor(store);
    const found = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: EAST, role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 20 });
    eastMembers = found.map((member) => member._id);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('the admin who started a transfer cannot accept it; the receiving branch can', async () => {
    const committee = d.as(DEMO.orgAdmin);
    const started = await ok(
      committee('admin.transferStart', {
        memberId: eastMembers[0],
        to: { unitId: WEST },
        letterNo: '城南组字第 31 号',
        validUntil: FIXED_NOW + 30 * DAY,
        reason: '工作调动',
      }),
    );
    const own = await committee('admin.transferAccept', { transferId: started.transferId });
    expect(own.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('接收支部') });
    expect((await store.collection<any>('transfers').get(started.transferId)).status).toBe('started');
    expect((await store.collection<any>('members').get(eastMembers[0]!)).unitId).toBe(EAST);

    const [westAdmin] = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: WEST, role: 'branch_admin' }, { limit: 1 });
    const accepted = await ok(d.as(westAdmin!._id)('admin.transferAccept', { transferId: started.transferId }));
    expect(accepted.status).toBe('accepted');
  });

  test('an organiser confirming volunteer hours cannot confirm their own', async () => {
    const activity = {
      _id: 'act-sec-volunteer',
      type: 'volunteer',
      title: '社区助老服务',
      startAt: FIXED_NOW - 2 * DAY,
      endAt: FIXED_NOW - 2 * DAY + 2 * 3600_000,
      organiserUnitId: EAST,
      organiserPath: ['u-committee', 'u-gb-com', EAST],
    };
    await store.collection<any>('activities').insert(activity);
    for (const memberId of [DEMO.eastBranchAdmin, eastMembers[1]!])
      await store.collection<any>('signups').insert({
        _id: `${activity._id}_${memberId}`,
        activityId: activity._id,
        memberId,
        status: 'confirmed',
        checkedInAt: activity.startAt,
      });
    const secretary = d.as(DEMO.eastBranchAdmin);
    const own = await secretary('admin.volunteerConfirm', {
      activityId: activity._id,
      memberIds: [DEMO.eastBranchAdmin, eastMembers[1]],
      minutes: 1440,
    });
    expect(own.error).toMatchObject({ code: 'FORBIDDEN', fields: { memberIds: expect.stringContaining('本人') } });
    expect(await store.collection('volunteer_records').count({})).toBe(0);

    const others = await ok(
      secretary('admin.volunteerConfirm', {
        activityId: activity._id,
        memberIds: [eastMembers[1]],
        minutes: 120,
        reason: '全程参与服务',
      }),
    );
    expect(others.confirmed).toBe(1);
  });
});
