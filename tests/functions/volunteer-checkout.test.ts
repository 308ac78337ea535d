import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 志愿服务 check-out: hours from check-in to check-out, counted once however often or concurrently the member
 * checks out; nothing without a check-out until the organiser confirms; the organiser's other minutes only
 * with a reason and within the activity's length plus an hour.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EAST = 'u-b-east';

describe.each(['embedded', 'postgres'] as const)('volunteer check-out on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let members: string[];
  const start = FIXED_NOW - HOUR;

  const addActivity = async (id: string, type = 'volunteer') =>
    store.collection<any>('activities').insert({
      _id: id,
      type,
      title: `社区清洁 ${id}`,
      startAt: start,
      endAt: start + 3 * HOUR,
      organiserUnitId: EAST,
      organiserPath: ['u-committee', 'u-gb-com', EAST],
      expectedMemberIds: [],
    });
  const checkedIn = async (activityId: string, memberId: string, at: number) =>
    store.collection<any>('signups').insert({
      _id: `${activityId}_${memberId}`,
      activityId,
      memberId,
      status: 'confirmed',
      checkedInAt: at,
      createdAt: at,
      updatedAt: at,
    });
  const tokenOf = async (activityId: string) =>
    (await ok(d.as(DEMO.eastBranchAdmin)('admin.checkinToken', { activityId }))).token as string;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    members = (
      await store
        .collection<any>('members')
        .find({ unitId: EAST, role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 5 })
    ).map((m) => m._id);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('arriving early counts from the start: the answer names the stretch that counted', async () => {
    const [member] = members as [string];
    await addActivity('vol-early');
    await checkedIn('vol-early', member, start - 20 * MINUTE);
    d.clock.now = start + 60 * MINUTE;
    const out = await ok(d.as(member)('activity.checkOut', { token: await tokenOf('vol-early') }));
    expect(out).toMatchObject({
      checkedInAt: start - 20 * MINUTE,
      checkedOutAt: start + 60 * MINUTE,
      countedFrom: start,
      countedTo: start + 60 * MINUTE,
      minutes: 60,
    });
  });

  test('hours run from check-in to check-out; concurrent and repeated check-outs count once', async () => {
    const [member] = members as [string];
    await addActivity('vol-a');
    await checkedIn('vol-a', member, start + 10 * MINUTE);
    d.clock.now = start + 100 * MINUTE;
    const token = await tokenOf('vol-a');
    const outs = await Promise.all([1, 2, 3].map(() => d.as(member)('activity.checkOut', { token })));
    for (const out of outs)
      expect(out.data).toMatchObject({
        checkedOutAt: start + 100 * MINUTE,
        countedFrom: start + 10 * MINUTE,
        countedTo: start + 100 * MINUTE,
        minutes: 90,
      });
    d.clock.now = start + 110 * MINUTE;
    const again = await ok(d.as(member)('activity.checkOut', { token: await tokenOf('vol-a') }));
    expect(again).toMatchObject({ checkedOutAt: start + 100 * MINUTE, minutes: 90 });
    d.clock.now = start + 4 * HOUR;
    const mine = await ok(d.as(member)('me.volunteer', {}));
    expect(mine.items.filter((i: any) => i.activityId === 'vol-a')).toMatchObject([
      { minutes: 90, source: 'checkout' },
    ]);
  });

  test('without a check-out nothing counts until the organiser confirms, with a reason and within the activity plus an hour', async () => {
    const [, member, other] = members as [string, string, string];
    await addActivity('vol-b');
    await checkedIn('vol-b', member, start);
    await checkedIn('vol-b', other, start);
    d.clock.now = start + 4 * HOUR;
    const mine = await ok(d.as(member)('me.volunteer', {}));
    expect(mine.items.filter((i: any) => i.activityId === 'vol-b')).toMatchObject([{ minutes: 0, source: 'checkin' }]);
    expect(mine.totalMinutes).toBe(0);
    const east = d.as(DEMO.eastBranchAdmin);
    const confirm = (memberId: string, extra: object) =>
      east('admin.volunteerConfirm', { activityId: 'vol-b', memberIds: [memberId], ...extra });
    for (const reason of [undefined, '早退']) {
      const refused = await confirm(member, { minutes: 60, ...(reason ? { reason } : {}) });
      expect(refused.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { reason: expect.any(String) } });
    }
    // The activity runs 180 minutes: at most 240 are confirmed.
    const tooLong = await confirm(other, { minutes: 241, reason: '全程参与服务' });
    expect(tooLong.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { minutes: expect.stringContaining('240') },
    });
    // Without minutes of their own there is nothing to confirm as it stands.
    expect(await ok(confirm(other, {}))).toEqual({ confirmed: 0, skipped: 1 });
    expect(await store.collection<any>('volunteer_records').count({ activityId: 'vol-b' })).toBe(0);

    await ok(confirm(member, { minutes: 60, reason: '提前离开' }));
    await ok(confirm(other, { minutes: 240, reason: '全程参与服务' }));
    const records = await store.collection<any>('volunteer_records').find({ activityId: 'vol-b' }, { limit: 5 });
    expect(records.map((r) => [r.memberId, r.minutes, r.reason ?? ''])).toEqual(
      expect.arrayContaining([
        [member, 60, '提前离开'],
        [other, 240, '全程参与服务'],
      ]),
    );
    const { name } = await store.collection<any>('members').get(member);
    const audit = (await store.collection<any>('audit').find({ targetId: 'vol-b' }, { limit: 5 })).map(
      (a) => a.summary,
    );
    expect(audit.join()).toContain(`${name} 60 分钟`);
    expect(audit.join()).toContain('提前离开');
  });

  test('refused: not checked in, not a 志愿服务 activity, too late, bad input — and nothing changes', async () => {
    const [, , , member, late] = members as [string, string, string, string, string];
    await addActivity('vol-c');
    await addActivity('meeting-c', 'party_lecture');
    d.clock.now = start + HOUR;
    const notIn = await d.as(member)('activity.checkOut', { token: await tokenOf('vol-c') });
    expect(notIn.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('还没有签到') });
    await checkedIn('meeting-c', member, start);
    const meeting = await d.as(member)('activity.checkOut', { token: await tokenOf('meeting-c') });
    expect(meeting.error.message).toContain('志愿服务');
    await checkedIn('vol-c', late, start);
    d.clock.now = start + 3 * HOUR + 31 * MINUTE;
    const tooLate = await d.as(late)('activity.checkOut', { token: await tokenOf('vol-c') });
    expect(tooLate.error.message).toContain('签退时间已过');
    const bad = await d.as(late)('activity.checkOut', { activityId: 'vol-c', code: '12ab' });
    expect(bad.error.code).toBe('VALIDATION_FAILED');
    const signups = await store.collection<any>('signups').find({ activityId: { $in: ['vol-c', 'meeting-c'] } }, {});
    expect(signups.filter((s) => s.checkedOutAt !== undefined)).toEqual([]);
  });
});
