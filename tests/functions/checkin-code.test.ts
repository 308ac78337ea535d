import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/** The 6-digit check-in code beside the QR: same window and activity as the token, and a few tries only. */
const HOUR = 3_600_000;
const START = FIXED_NOW + HOUR;

describe('the numeric check-in code', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;
  let activityId: string;
  let other: string;

  const publish = async (title: string) =>
    (
      await d.as(DEMO.orgAdmin)('admin.activityCreate', {
        unitId: 'u-committee',
        type: 'volunteer',
        title,
        startAt: START,
        endAt: START + 2 * HOUR,
        place: { text: '东湖社区服务站' },
        capacity: 10,
        signupOpensAt: FIXED_NOW - HOUR,
        signupClosesAt: START,
        cancelPolicy: 'any_time',
      })
    ).data.activityId as string;
  const codeAt = async (id: string, at: number) => {
    d.clock.now = at;
    return (await d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId: id })).data.code as string;
  };
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
    d.clock.now = FIXED_NOW;
    activityId = await publish('社区志愿服务');
    other = await publish('另一个活动');
    for (const id of [activityId, other]) {
      for (const member of [DEMO.member, 'm-011']) await d.as(member)('activity.signUp', { activityId: id });
    }
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('is 6 digits, changes with the window, and the detail offers typing it only while check-in is open', async () => {
    const code = await codeAt(activityId, START);
    expect(code).toMatch(/^\d{6}$/);
    expect(await codeAt(activityId, START + 10_000)).not.toBe(code);
    expect(await codeAt(other, START)).not.toBe(code);
    d.clock.now = FIXED_NOW;
    expect((await d.as(DEMO.member)('activity.get', { activityId })).data.actions.checkIn).toBe(false);
    d.clock.now = START;
    expect((await d.as(DEMO.member)('activity.get', { activityId })).data.actions.checkIn).toBe(true);
  });

  test('is refused outside the check-in time, for another activity, and once two windows old', async () => {
    const early = await codeAt(activityId, FIXED_NOW);
    expect((await d.as(DEMO.member)('activity.checkIn', { activityId, code: early })).error.message).toContain(
      '签到时间',
    );
    const code = await codeAt(activityId, START);
    expect((await d.as(DEMO.member)('activity.checkIn', { activityId: other, code })).error.code).toBe('FORBIDDEN');
    d.clock.now = START + 20_000;
    expect((await d.as(DEMO.member)('activity.checkIn', { activityId, code })).error.code).toBe('FORBIDDEN');
    const signups = (await d.as(DEMO.orgAdmin)('admin.activitySignups', { activityId })).data.items;
    expect(signups.every((s: { checkedIn: boolean }) => !s.checkedIn)).toBe(true);
  });

  test('checks in with the code of this window or the one before', async () => {
    const code = await codeAt(activityId, START + HOUR);
    d.clock.now = START + HOUR + 10_000;
    const result = await d.as(DEMO.member)('activity.checkIn', { activityId, code });
    expect(result.data).toMatchObject({ activityId, checkedInAt: START + HOUR + 10_000 });
    expect((await d.as(DEMO.member)('activity.get', { activityId })).data.mine.checkedIn).toBe(true);
  });

  test('after 5 tries a member may type no more codes, not even the right one', async () => {
    const code = await codeAt(other, START);
    for (let attempt = 0; attempt < 5; attempt++) {
      const refused = await d.as('m-011')('activity.checkIn', { activityId: other, code: wrong(code) });
      expect(refused.error.code).toBe('FORBIDDEN');
    }
    const locked = await d.as('m-011')('activity.checkIn', { activityId: other, code });
    expect(locked.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('代签') });
    // Racing guesses cannot pass the limit either: the tries are taken before any comparison.
    const raced = await Promise.all(
      Array.from({ length: 20 }, () => d.as(DEMO.member)('activity.checkIn', { activityId: other, code: '000000' })),
    );
    expect(raced.filter((r) => r.error?.code === 'FORBIDDEN').length).toBeLessThanOrEqual(5);
    // Another member's tries are their own, and the QR token still works for the locked-out member.
    const { token } = (await d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId: other })).data;
    expect((await d.as('m-011')('activity.checkIn', { token })).ok).toBe(true);
  });

  test('takes a token or an activity with a code, not both or half', async () => {
    d.clock.now = START;
    for (const input of [
      { activityId },
      { code: '123456' },
      { activityId, code: '12345' },
      { activityId, code: 'abcdef' },
    ]) {
      expect((await d.as(DEMO.member)('activity.checkIn', input)).error.code).toBe('VALIDATION_FAILED');
    }
  });
});
