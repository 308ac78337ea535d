import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/** Once a member has checked in, the detail says so with the time and offers nothing the routes would refuse. */
const HOUR = 3_600_000;

describe('an activity after check-in', () => {
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

  test('shows 已签到 with its time, offers no cancel, leave or reminder, and refuses them', async () => {
    d.clock.now = FIXED_NOW;
    const created = await d.as(DEMO.orgAdmin)('admin.activityCreate', {
      unitId: 'u-committee',
      type: 'volunteer',
      title: '社区志愿服务',
      startAt: FIXED_NOW + HOUR,
      endAt: FIXED_NOW + 3 * HOUR,
      place: { text: '东湖社区服务站' },
      capacity: 10,
      signupOpensAt: FIXED_NOW - HOUR,
      signupClosesAt: FIXED_NOW + 3 * HOUR,
      cancelPolicy: 'any_time',
    });
    const { activityId } = created.data;
    await d.as(DEMO.member)('activity.signUp', { activityId });
    const before = (await d.as(DEMO.member)('activity.get', { activityId })).data;
    expect(before.actions).toEqual({ cancel: true, requestLeave: true, remind: true, checkIn: false });

    // Check in half an hour early: cancelling would otherwise still be allowed.
    d.clock.now = FIXED_NOW + HOUR / 2;
    const { token } = (await d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId })).data;
    expect((await d.as(DEMO.member)('activity.checkIn', { token })).ok).toBe(true);

    const after = (await d.as(DEMO.member)('activity.get', { activityId })).data;
    expect(after.mine).toMatchObject({ status: 'confirmed', checkedIn: true, checkedInAt: FIXED_NOW + HOUR / 2 });
    expect(after.actions).toEqual({ cancel: false, requestLeave: false, remind: false, checkIn: false });

    for (const [routeName, input] of [
      ['activity.cancel', { activityId }],
      ['activity.requestLeave', { activityId, reason: '临时有事' }],
      ['activity.subscribeReminder', { activityId }],
    ] as const) {
      const refused = await d.as(DEMO.member)(routeName, input);
      expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已经签到') });
    }
    const unchanged = (await d.as(DEMO.member)('activity.get', { activityId })).data;
    expect(unchanged).toMatchObject({ confirmedCount: 1, mine: { status: 'confirmed', checkedIn: true } });
  });
});
