import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * 代签 through the seat ledger: a proxy check-in uses the member's confirmed sign-up or takes a seat like a
 * sign-up (refused when full), and only for members in the organiser's subtree and the activity's audience.
 */
const HOUR = 3_600_000;

let store: DocStore;
let dataDir: string;
let d: Dispatcher;
let eastMembers: string[];

async function publish(admin: string, overrides: Record<string, unknown>): Promise<string> {
  const result = await d.as(admin)('admin.activityCreate', {
    unitId: 'u-b-east',
    type: 'volunteer',
    title: '社区志愿服务',
    startAt: FIXED_NOW + HOUR,
    endAt: FIXED_NOW + 3 * HOUR,
    place: { text: '东湖社区服务站' },
    capacity: 1,
    signupOpensAt: FIXED_NOW - HOUR,
    signupClosesAt: FIXED_NOW + HOUR,
    cancelPolicy: 'any_time',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.activityId;
}

/** What a refused proxy check-in must leave as it was. */
async function ledger(activityId: string) {
  const activity = await store.collection<any>('activities').get(activityId);
  return {
    confirmedCount: activity.confirmedCount,
    waitlistCount: activity.waitlistCount,
    signups: await store.collection<any>('signups').find({ activityId }, { limit: 10, sort: [['_id', 1]] }),
    audit: await store.collection('audit').count({ action: 'activity.proxy_checkin' }),
  };
}

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  const members = await store.collection<any>('members').find({ unitPath: 'u-b-east', role: 'member' }, { limit: 3 });
  eastMembers = members.map((m) => m._id);
  await d.signIn(DEMO.eastBranchAdmin, DEMO.orgAdmin, ...eastMembers);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a full activity refuses a proxy check-in with nothing changed; a signed-up member is checked in on their seat', async () => {
  const admin = d.as(DEMO.eastBranchAdmin);
  const activityId = await publish(DEMO.eastBranchAdmin, {});
  const [signedUp, other] = eastMembers as [string, string];
  expect((await d.as(signedUp)('activity.signUp', { activityId })).data.status).toBe('confirmed');

  const before = await ledger(activityId);
  const refused = await admin('admin.proxyCheckIn', { activityId, memberId: other, reason: '手机没电' });
  expect(refused.error.code).toBe('CONFLICT');
  expect(refused.error.message).toContain('名额已满');
  expect(await ledger(activityId)).toEqual(before);

  const checked = await admin('admin.proxyCheckIn', { activityId, memberId: signedUp, reason: '手机没电' });
  expect(checked.ok).toBe(true);
  const after = await ledger(activityId);
  expect(after.confirmedCount).toBe(1);
  expect(after.signups.filter((s) => s.status === 'confirmed')).toHaveLength(1);
  expect(after.signups[0]).toMatchObject({ memberId: signedUp, proxy: { by: DEMO.eastBranchAdmin } });
  expect(after.audit).toBe(before.audit + 1);
  // Again: already checked in, so nothing more is written or audited.
  expect((await admin('admin.proxyCheckIn', { activityId, memberId: signedUp, reason: '重复' })).ok).toBe(true);
  expect(await ledger(activityId)).toEqual(after);
});

test('a walk-in takes a free seat from the ledger like a sign-up; a queued member is refused while it is full', async () => {
  const admin = d.as(DEMO.eastBranchAdmin);
  const activityId = await publish(DEMO.eastBranchAdmin, { capacity: 2 });
  const [first, queued, walkIn] = eastMembers as [string, string, string];
  expect((await admin('admin.proxyCheckIn', { activityId, memberId: walkIn, reason: '现场报到' })).ok).toBe(true);
  expect((await d.as(first)('activity.signUp', { activityId })).data.status).toBe('confirmed');
  expect((await d.as(queued)('activity.signUp', { activityId })).data.status).toBe('waitlisted');
  expect((await admin('admin.proxyCheckIn', { activityId, memberId: queued, reason: '现场报到' })).error.code).toBe(
    'CONFLICT',
  );
  expect((await d.as(first)('activity.cancel', { activityId })).ok).toBe(true);
  const { confirmedCount, waitlistCount, signups } = await ledger(activityId);
  expect({ confirmedCount, waitlistCount }).toEqual({ confirmedCount: 2, waitlistCount: 0 });
  expect(
    signups
      .filter((s) => s.status === 'confirmed')
      .map((s) => s.memberId)
      .sort(),
  ).toEqual([queued, walkIn].sort());
});

test('only members in the organiser’s subtree and in the activity’s audience', async () => {
  const activityId = await publish(DEMO.orgAdmin, { capacity: 10 });
  const before = await ledger(activityId);
  // DEMO.member belongs to another branch: outside the east branch admin's subtree…
  const eastAdminEvent = await publish(DEMO.eastBranchAdmin, { capacity: 10 });
  const outOfScope = await d.as(DEMO.eastBranchAdmin)('admin.proxyCheckIn', {
    activityId: eastAdminEvent,
    memberId: DEMO.member,
    reason: '手机没电',
  });
  expect(outOfScope.error.code).toBe('OUT_OF_SCOPE');
  // …and inside the org admin's, but not among those an east-branch activity is for.
  const outsideAudience = await d.as(DEMO.orgAdmin)('admin.proxyCheckIn', {
    activityId,
    memberId: DEMO.member,
    reason: '手机没电',
  });
  expect(outsideAudience.error.code).toBe('FORBIDDEN');
  expect(outsideAudience.error.message).toContain('参加范围');
  expect(await ledger(activityId)).toEqual(before);
  expect((await ledger(eastAdminEvent)).signups).toEqual([]);
});
