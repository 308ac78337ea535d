import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** Activities through the real dispatcher: the sign-up race on both stores, then every rule on the embedded one. */
const HOUR = 3_600_000;
const base = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-gb-com',
  type: 'volunteer',
  title: '社区志愿服务',
  description: '帮助社区老人打扫卫生',
  startAt: FIXED_NOW + 48 * HOUR,
  endAt: FIXED_NOW + 50 * HOUR,
  place: { text: '东湖社区服务站' },
  capacity: 100,
  signupOpensAt: FIXED_NOW - HOUR,
  signupClosesAt: FIXED_NOW + 24 * HOUR,
  cancelPolicy: 'any_time',
  ...overrides,
});

async function publish(d: Dispatcher, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await d.as(DEMO.orgAdmin)('admin.activityCreate', base(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.activityId;
}

// Twice the seats in each wave of the race: enough to prove the seats are never oversold under contention.
const SYNTHETIC = 300;
const syntheticIds = Array.from({ length: SYNTHETIC }, (_, i) => `s-${i}`);

describe.each(['embedded', 'postgres'] as const)('the sign-up race on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    await seedSyntheticMembers(store, SYNTHETIC, FIXED_NOW);
    d = await dispatcherFor(store);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('300 simultaneous sign-ups for 100 seats: exactly 100 confirmed, 200 waitlisted in arrival order', async () => {
    const activityId = await publish(d);
    const first = syntheticIds.slice(0, 150);
    const second = syntheticIds.slice(150);
    // Two waves: everyone in the second arrives after everyone in the first.
    const wave1 = await Promise.all(first.map((id) => d.as(id)('activity.signUp', { activityId })));
    d.clock.now += 1;
    const wave2 = await Promise.all(second.map((id) => d.as(id)('activity.signUp', { activityId })));
    const statuses = [...wave1, ...wave2].map((r) => (r.ok ? r.data.status : r.error.code));
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(100);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(200);
    expect(wave2.every((r) => r.data.status === 'waitlisted')).toBe(true);

    const signups = (await d.as(DEMO.orgAdmin)('admin.activitySignups', { activityId })).data.items;
    const waiting = signups.filter((s: any) => s.status === 'waitlisted');
    expect(waiting.map((s: any) => s.waitlistPosition)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const positionOf = new Map(waiting.map((s: any) => [s.memberId, s.waitlistPosition]));
    const lastOfWave1 = Math.max(...first.filter((id) => positionOf.has(id)).map((id) => positionOf.get(id) as number));
    const firstOfWave2 = Math.min(...second.map((id) => positionOf.get(id) as number));
    expect(lastOfWave1).toBeLessThan(firstOfWave2);
    const detail = (await d.as(DEMO.orgAdmin)('activity.get', { activityId })).data;
    expect(detail).toMatchObject({ confirmedCount: 100, waitlistCount: 200 });
  }, 180_000);

  test('30 simultaneous cancellations promote exactly the next 30 in the queue', async () => {
    const activityId = await publish(d, { title: '取消与递补' });
    for (const id of syntheticIds.slice(0, 200)) await d.as(id)('activity.signUp', { activityId });
    const confirmed = syntheticIds.slice(0, 100);
    const cancelled = confirmed.slice(0, 30);
    const results = await Promise.all(cancelled.map((id) => d.as(id)('activity.cancel', { activityId })));
    expect(results.every((r) => r.ok && r.data.status === 'cancelled')).toBe(true);
    const signups = (await d.as(DEMO.orgAdmin)('admin.activitySignups', { activityId })).data.items;
    const nowConfirmed = signups
      .filter((s: any) => s.status === 'confirmed')
      .map((s: any) => s.memberId)
      .sort();
    const expected = [...confirmed.slice(30), ...syntheticIds.slice(100, 130)].sort();
    expect(nowConfirmed).toEqual(expected);
    const detail = (await d.as(DEMO.orgAdmin)('activity.get', { activityId })).data;
    expect(detail).toMatchObject({ confirmedCount: 100, waitlistCount: 70 });
  }, 120_000);

  test('two hosts stamping the same arrival: the queue is still one order, shown and served alike', async () => {
    const activityId = await publish(d, { title: '同一时刻的候补', capacity: 1 });
    const [seated, first, second, third] = ['s-0', 's-1', 's-2', 's-3'];
    for (const id of [seated, first, second, third]) await d.as(id)('activity.signUp', { activityId });
    // The state two hosts produce when they stamp one arrival slot: `first` and `second` tie.
    const { arrival } = (await store.collection<any>('signups').get(`${activityId}_${first}`)) as { arrival: number };
    await store.collection('signups').updateWhere({ _id: `${activityId}_${second}` }, { $set: { arrival } });
    const positionOf = async (id: string) =>
      (await d.as(id)('activity.get', { activityId })).data.mine.waitlistPosition;
    expect([await positionOf(first), await positionOf(second), await positionOf(third)]).toEqual([1, 2, 3]);

    await d.as(seated)('activity.cancel', { activityId });
    const signups = (await d.as(DEMO.orgAdmin)('admin.activitySignups', { activityId })).data.items;
    const confirmed = signups.filter((s: any) => s.status === 'confirmed').map((s: any) => s.memberId);
    expect(confirmed).toEqual([first]);
    expect([await positionOf(second), await positionOf(third)]).toEqual([1, 2]);
  }, 60_000);
});

describe('activity rules', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;
  const members = ['m-010', 'm-015', 'm-020', 'm-025', 'm-030'];

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('signing up twice, even at once, is one sign-up', async () => {
    const activityId = await publish(d, { unitId: 'u-committee', capacity: 3 });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => d.as(DEMO.member)('activity.signUp', { activityId })),
    );
    expect(results.every((r) => r.data.status === 'confirmed')).toBe(true);
    expect((await d.as(DEMO.member)('activity.get', { activityId })).data).toMatchObject({
      confirmedCount: 1,
      mine: { status: 'confirmed' },
    });
  });

  test('the sign-up window, the audience and extra fields are enforced', async () => {
    const activityId = await publish(d, {
      unitId: 'u-b-east',
      signupOpensAt: FIXED_NOW + HOUR,
      extraFields: [{ key: 'size', label: '衣服尺码', kind: 'choice', options: ['M', 'L'], required: true }],
    });
    const eastMember = (await d.as(DEMO.eastBranchAdmin)('admin.memberList', { unitId: 'u-b-east' })).data.items.find(
      (m: any) => m.role === 'member',
    ).memberId;
    expect((await d.as(eastMember)('activity.signUp', { activityId, answers: { size: 'M' } })).error.message).toContain(
      '还没有开始',
    );
    d.clock.now += 2 * HOUR;
    expect((await d.as(eastMember)('activity.signUp', { activityId })).error.fields).toHaveProperty(['answers.size']);
    expect((await d.as(eastMember)('activity.signUp', { activityId, answers: { size: 'XXL' } })).error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await d.as(eastMember)('activity.signUp', { activityId, answers: { size: 'L' } })).data.status).toBe(
      'confirmed',
    );
    const westAdmin = 'm-007';
    expect((await d.as(westAdmin)('activity.signUp', { activityId, answers: { size: 'L' } })).error.code).toBe(
      'FORBIDDEN',
    );
    d.clock.now = FIXED_NOW + 25 * HOUR;
    expect(
      (await d.as(DEMO.eastBranchAdmin)('activity.signUp', { activityId, answers: { size: 'L' } })).error.message,
    ).toContain('截止');
  });

  test('the cancel policy: never, until the deadline, any time before the start', async () => {
    const never = await publish(d, { unitId: 'u-committee', cancelPolicy: 'never' });
    const deadline = await publish(d, { unitId: 'u-committee', cancelPolicy: 'until_deadline' });
    const anyTime = await publish(d, { unitId: 'u-committee', cancelPolicy: 'any_time' });
    const me = d.as(DEMO.member);
    for (const id of [never, deadline, anyTime]) await me('activity.signUp', { activityId: id });
    expect((await me('activity.cancel', { activityId: never })).error.message).toContain('不能取消');
    d.clock.now = FIXED_NOW + 30 * HOUR; // after the sign-up deadline, before the start
    expect((await me('activity.cancel', { activityId: deadline })).error.message).toContain('报名已截止');
    expect((await me('activity.cancel', { activityId: anyTime })).data.status).toBe('cancelled');
    d.clock.now = FIXED_NOW + 49 * HOUR; // started
    const again = await publish(d, {
      unitId: 'u-committee',
      signupOpensAt: FIXED_NOW,
      signupClosesAt: FIXED_NOW + 49 * HOUR + 1,
    });
    await me('activity.signUp', { activityId: again });
    expect((await me('activity.cancel', { activityId: again })).error.message).toContain('已经开始');
  });

  test('approval: pending until an organiser decides; a waitlisted member is told when promoted', async () => {
    const activityId = await publish(d, { unitId: 'u-committee', capacity: 1, approvalRequired: true });
    expect((await d.as(members[0]!)('activity.signUp', { activityId })).data.status).toBe('pending');
    expect((await d.as(members[1]!)('activity.signUp', { activityId })).data.status).toBe('pending');
    const admin = d.as(DEMO.orgAdmin);
    await admin('admin.activityDecide', { activityId, memberId: members[0], approve: true });
    const list = (await admin('admin.activityDecide', { activityId, memberId: members[1], approve: true })).data.items;
    expect(list.map((s: any) => s.status)).toEqual(['confirmed', 'waitlisted']);
    await d.as(members[0]!)('activity.cancel', { activityId });
    expect((await d.as(members[1]!)('activity.get', { activityId })).data.mine.status).toBe('confirmed');
    const notices = (await d.as(members[1]!)('me.notices')).data.items.map((n: any) => n.title);
    expect(notices).toContain('候补成功');
  });

  describe('check-in codes', () => {
    let activityId: string;
    let other: string;
    beforeAll(async () => {
      activityId = await publish(d, {
        unitId: 'u-committee',
        startAt: FIXED_NOW + HOUR,
        endAt: FIXED_NOW + 3 * HOUR,
        signupClosesAt: FIXED_NOW + HOUR,
      });
      other = await publish(d, {
        unitId: 'u-committee',
        startAt: FIXED_NOW + HOUR,
        endAt: FIXED_NOW + 3 * HOUR,
        signupClosesAt: FIXED_NOW + HOUR,
      });
      await d.as(DEMO.member)('activity.signUp', { activityId });
    });
    const tokenAt = async (id: string, at: number) => {
      d.clock.now = at;
      return (await d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId: id })).data;
    };

    test('a fresh code checks in once; scanning again is harmless', async () => {
      const start = FIXED_NOW + HOUR;
      const { token, qrDataUrl } = await tokenAt(activityId, start);
      expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
      const first = await d.as(DEMO.member)('activity.checkIn', { token });
      expect(first.data).toMatchObject({ activityId, checkedInAt: start });
      d.clock.now = start + 5_000;
      expect((await d.as(DEMO.member)('activity.checkIn', { token })).data.checkedInAt).toBe(start);
    });

    test('expired, forged, another activity’s and out-of-window codes are refused with a clear message', async () => {
      const start = FIXED_NOW + HOUR;
      const { token } = await tokenAt(activityId, start);
      d.clock.now = start + 25_000;
      expect((await d.as(DEMO.superAdmin)('activity.checkIn', { token })).error.message).toContain('已过期');
      d.clock.now = start;
      const [, window, mac] = token.split('.');
      const forged = `${activityId}.${window}.${mac.slice(0, -3)}abc`;
      expect((await d.as(DEMO.superAdmin)('activity.checkIn', { token: forged })).error.message).toContain(
        '签到码无效',
      );
      const otherToken = (await tokenAt(other, start)).token;
      const swapped = otherToken.replace(other, activityId);
      expect((await d.as(DEMO.superAdmin)('activity.checkIn', { token: swapped })).error.message).toContain(
        '签到码无效',
      );
      expect((await d.as(DEMO.superAdmin)('activity.checkIn', { token: 'not-a-code-at-all' })).error.message).toContain(
        '签到二维码',
      );
      const late = await tokenAt(activityId, FIXED_NOW + 4 * HOUR);
      expect((await d.as(DEMO.member)('activity.checkIn', { token: late.token })).error.message).toContain(
        '不在这个活动的签到时间内',
      );
      const notSignedUp = (await tokenAt(activityId, start)).token;
      expect((await d.as('m-011')('activity.checkIn', { token: notSignedUp })).error.message).toContain('没有报名');
    });

    test('a place-bound activity checks the distance', async () => {
      const placed = await publish(d, {
        unitId: 'u-committee',
        startAt: FIXED_NOW + HOUR,
        endAt: FIXED_NOW + 3 * HOUR,
        signupClosesAt: FIXED_NOW + HOUR,
        place: { text: '天安门广场', latitude: 39.9055, longitude: 116.3976, radiusMeters: 300 },
      });
      await d.as(DEMO.member)('activity.signUp', { activityId: placed });
      const { token } = await tokenAt(placed, FIXED_NOW + HOUR);
      expect((await d.as(DEMO.member)('activity.checkIn', { token })).error.message).toContain('允许获取位置');
      expect(
        (await d.as(DEMO.member)('activity.checkIn', { token, latitude: 31.23, longitude: 121.47 })).error.message,
      ).toContain('不在活动地点附近');
      expect((await d.as(DEMO.member)('activity.checkIn', { token, latitude: 39.906, longitude: 116.398 })).ok).toBe(
        true,
      );
    });
  });

  test('三会一课: attendance is derived (应到/实到/请假/缺席), proxy check-in is audited, minutes recorded', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const created = await admin(
      'admin.activityCreate',
      base({
        unitId: 'u-b-east',
        type: 'branch_congress',
        title: '第四季度支部党员大会',
        capacity: null,
        startAt: FIXED_NOW + HOUR,
        endAt: FIXED_NOW + 3 * HOUR,
        signupClosesAt: FIXED_NOW + HOUR,
      }),
    );
    const activityId = created.data.activityId;
    // 应到 are the branch's full and probationary members (ADR 0013).
    const roster = (await admin('admin.memberList', { unitId: 'u-b-east', limit: 50 })).data.items
      .filter((m: any) => m.stage === 'full' || m.stage === 'probationary')
      .map((m: any) => m.memberId);
    const [present1, present2, onLeave, proxied] = roster;
    expect((await d.as(onLeave)('activity.requestLeave', { activityId, reason: '外出学习' })).data.status).toBe(
      'leave',
    );
    d.clock.now = FIXED_NOW + HOUR;
    const { token } = (await admin('admin.checkinToken', { activityId })).data;
    for (const id of [present1, present2]) expect((await d.as(id)('activity.checkIn', { token })).ok).toBe(true);
    const afterProxy = (
      await admin('admin.proxyCheckIn', { activityId, memberId: proxied, reason: '老党员行动不便，由书记代签' })
    ).data;
    expect(afterProxy).toMatchObject({ expected: roster.length, present: 3, leave: 1, absent: roster.length - 4 });
    expect(afterProxy.rows.find((r: any) => r.memberId === proxied).note).toContain('代签');
    const audit = (await admin('admin.auditList', { unitId: 'u-b-east', limit: 1 })).data.items[0];
    expect(audit.summary).toContain('老党员行动不便');
    const exported = (await admin('admin.attendanceExport', { activityId })).data;
    expect(exported.fileName).toMatch(/第四季度支部党员大会-考勤/);
    d.clock.now = FIXED_NOW + 4 * HOUR;
    const minutes = await admin('admin.minutesSave', {
      activityId,
      topic: '学习全会精神',
      presenter: '书记',
      recorder: '组织委员',
      content: '传达学习……',
      resolutions: '按期转正一名预备党员',
    });
    expect(minutes.data).toMatchObject({ topic: '学习全会精神', attendance: { present: 3, leave: 1 } });
  });

  test('三会一课 records per month, the branches that missed a meeting, and reminders to their admins', async () => {
    d.clock.now = Date.UTC(2026, 11, 20);
    const response = await d.as(DEMO.orgAdmin)('admin.meetingRecords', { unitId: 'u-committee', period: '2026-11' });
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    const records = response.data;
    const east = records.branches.find((b: any) => b.unitId === 'u-b-east');
    expect(east.held.branch_congress).toBe(1);
    expect(east.missing).toEqual(['committee_meeting', 'group_meeting']);
    expect(records.branches).toHaveLength(5);
    const reminded = (await d.as(DEMO.orgAdmin)('admin.remindMissing', { unitId: 'u-committee', period: '2026-11' }))
      .data.reminded;
    expect(reminded).toBeGreaterThanOrEqual(5);
    const notices = (await d.as(DEMO.eastBranchAdmin)('me.notices')).data.items;
    expect(notices[0]).toMatchObject({ title: '三会一课提醒' });
    expect(notices[0].body).toContain('支委会');
  });

  test('share cards: an updatable message id (re-issued after 24 h) and the live count pushed on change', async () => {
    const activityId = await publish(d, { unitId: 'u-committee', capacity: 2 });
    d.messaging.updatable.calls.length = 0;
    const share = (await d.as(DEMO.member)('activity.shareInfo', { activityId })).data;
    expect(share).toMatchObject({
      updatableActivityId: expect.stringMatching(/^local-share-/),
      countText: '0/2 人已报名',
    });
    await d.as(DEMO.member)('activity.signUp', { activityId });
    expect(d.messaging.updatable.calls.at(-1)).toEqual({
      call: 'setUpdatableMsg',
      args: [
        share.updatableActivityId,
        0,
        [
          { name: 'member_count', value: '1' },
          { name: 'room_limit', value: '2' },
        ],
      ],
    });
    await d.as('m-011')('activity.signUp', { activityId });
    expect(d.messaging.updatable.calls.at(-1)?.args[1]).toBe(1); // full: the card shows it closed
    d.clock.now += 25 * HOUR;
    const reissued = (await d.as(DEMO.member)('activity.shareInfo', { activityId })).data;
    expect(reissued.updatableActivityId).not.toBe(share.updatableActivityId);
    const roster = (await d.as(DEMO.member)('activity.roster', { activityId })).data;
    expect(roster.text).toMatch(/已报名（2\/2 人已报名）：\n1\. .+\n2\. .+/);
  });

  test('group binding through the platform port: a card opened from a bound group shows the branch', async () => {
    const activityId = await publish(d, { unitId: 'u-committee' });
    expect(
      (await d.as(DEMO.member)('activity.groupEnter', { activityId, cloudID: 'local-group:east-chat' })).data,
    ).toEqual({ unitId: null, unitName: null });
    expect(
      (await d.as(DEMO.eastBranchAdmin)('admin.bindGroup', { unitId: 'u-b-west', cloudID: 'local-group:east-chat' }))
        .error.code,
    ).toBe('OUT_OF_SCOPE');
    await d.as(DEMO.eastBranchAdmin)('admin.bindGroup', { unitId: 'u-b-east', cloudID: 'local-group:east-chat' });
    expect(
      (await d.as(DEMO.member)('activity.groupEnter', { activityId, cloudID: 'local-group:east-chat' })).data,
    ).toEqual({ unitId: 'u-b-east', unitName: '东湖社区党支部' });
  });

  test('reminders are sent exactly once, however many timer runs overlap', async () => {
    const activityId = await publish(d, { unitId: 'u-committee', capacity: null });
    for (const id of members) {
      await d.as(id)('activity.signUp', { activityId });
      await d.as(id)('activity.subscribeReminder', { activityId });
      await d.as(id)('activity.subscribeReminder', { activityId });
    }
    expect((await d.system('system.sendReminders')).data.sent).toBe(0);
    d.clock.now = FIXED_NOW + 47.5 * HOUR;
    const runs = await Promise.all(Array.from({ length: 4 }, () => d.system('system.sendReminders')));
    expect(runs.reduce((sum, run) => sum + run.data.sent, 0)).toBe(members.length);
    expect((await d.system('system.sendReminders')).data.sent).toBe(0);
    for (const id of members) {
      const titles = (await d.as(id)('me.notices')).data.items.map((n: any) => n.title);
      expect(titles.filter((t: string) => t === '活动即将开始')).toHaveLength(1);
    }
  });

  test('lists: upcoming, past, mine and by month', async () => {
    const activityId = await publish(d, { unitId: 'u-committee', title: '本月活动' });
    await d.as(DEMO.member)('activity.signUp', { activityId });
    const upcoming = (await d.as(DEMO.member)('activity.list', { view: 'upcoming' })).data;
    expect(upcoming.items.some((a: any) => a.activityId === activityId && a.myStatus === 'confirmed')).toBe(true);
    const mine = (await d.as(DEMO.member)('activity.list', { view: 'mine' })).data.items.map((a: any) => a.activityId);
    expect(mine).toContain(activityId);
    const month = (await d.as(DEMO.member)('activity.list', { view: 'upcoming', month: '2026-11' })).data.items.map(
      (a: any) => a.activityId,
    );
    expect(month).toContain(activityId);
    expect((await d.as(DEMO.member)('activity.list', { view: 'upcoming', month: '2027-01' })).data.items).toEqual([]);
    d.clock.now = FIXED_NOW + 100 * HOUR;
    expect(
      (await d.as(DEMO.member)('activity.list', { view: 'past' })).data.items.map((a: any) => a.activityId),
    ).toContain(activityId);
  });
});
