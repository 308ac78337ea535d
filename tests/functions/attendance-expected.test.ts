import { rmSync } from 'node:fs';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/** 应到 of a branch activity is the branch's full and probationary members, not the sign-ups (ADR 0013). */
const HOUR = 3_600_000;
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

async function eastBranch() {
  const members = await store.collection<MemberDoc>('members').find({ unitPath: 'u-b-east' }, { limit: 100 });
  const eligible = members.filter((m) => m.status === 'normal' && (m.stage === 'full' || m.stage === 'probationary'));
  return { eligible, others: members.filter((m) => !eligible.includes(m)) };
}

async function publishAndCheckIn(type: string, overrides: Record<string, unknown> = {}) {
  d.clock.now = FIXED_NOW;
  const admin = d.as(DEMO.eastBranchAdmin);
  const created = await admin('admin.activityCreate', {
    unitId: 'u-b-east',
    type,
    title: '重温入党誓词',
    description: '到党群服务中心重温入党誓词',
    startAt: FIXED_NOW + HOUR,
    endAt: FIXED_NOW + 3 * HOUR,
    place: { text: '党群服务中心' },
    capacity: null,
    signupOpensAt: FIXED_NOW - HOUR,
    signupClosesAt: FIXED_NOW + HOUR,
    cancelPolicy: 'any_time',
    ...overrides,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const { activityId } = created.data;
  const { eligible } = await eastBranch();
  const attendee = eligible.find((m) => m._id !== DEMO.eastBranchAdmin)!;
  expect((await d.as(attendee._id)('activity.signUp', { activityId })).ok).toBe(true);
  d.clock.now = FIXED_NOW + HOUR;
  const { token } = (await admin('admin.checkinToken', { activityId })).data;
  expect((await d.as(attendee._id)('activity.checkIn', { token })).ok).toBe(true);
  return (await admin('admin.attendance', { activityId })).data;
}

test('a branch 主题党日 with one member checked in expects the whole branch: 应到 N · 实到 1 · 缺席 N-1', async () => {
  const { eligible } = await eastBranch();
  expect(eligible.length).toBeGreaterThan(1);
  const report = await publishAndCheckIn('theme_day');
  expect(report).toMatchObject({
    expected: eligible.length,
    expectedBasis: 'members',
    present: 1,
    leave: 0,
    absent: eligible.length - 1,
  });
});

test('applicants, activists and candidates are not expected at a 三会一课', async () => {
  const { eligible, others } = await eastBranch();
  expect(others.length).toBeGreaterThan(0);
  const report = await publishAndCheckIn('group_meeting');
  expect(report.expected).toBe(eligible.length);
  const expectedIds = report.rows.map((row: { memberId: string }) => row.memberId);
  for (const other of others) expect(expectedIds).not.toContain(other._id);
});

test('a 主题党日 open to everyone still counts whoever signed up', async () => {
  const report = await publishAndCheckIn('theme_day', { openToAll: true });
  expect(report).toMatchObject({ expected: 1, expectedBasis: 'signups', present: 1 });
});
