import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * Activities as they may sit in the store: written by older versions (before capacity, counters, extra
 * fields or expected attendees existed), or a 志愿服务 activity whose members checked in and out. Reading
 * them must never be a server error.
 */
const HOUR = 3_600_000;
let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  d.clock.now = FIXED_NOW;
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function organiserPathOf(unitId: string): Promise<string[]> {
  const unit = (await store.collection<any>('units').get(unitId)) as { path: string[] };
  return [...unit.path, unitId];
}

async function storeActivity(id: string, fields: Record<string, unknown>) {
  const unitId = 'u-gb-com';
  await store.collection<any>('activities').insert({
    _id: id,
    type: 'volunteer',
    title: '社区义诊志愿服务',
    description: '为社区老人测血压。',
    startAt: FIXED_NOW - 2 * HOUR,
    endAt: FIXED_NOW + HOUR,
    place: { text: '东湖社区服务站' },
    organiserUnitId: unitId,
    organiserPath: await organiserPathOf(unitId),
    openToAll: true,
    signupOpensAt: FIXED_NOW - 48 * HOUR,
    signupClosesAt: FIXED_NOW - 3 * HOUR,
    cancelPolicy: 'any_time',
    createdBy: DEMO.orgAdmin,
    createdAt: FIXED_NOW - 72 * HOUR,
    ...fields,
  });
}

const readsOf = async (memberId: string, activityId: string) => {
  const as = d.as(memberId);
  return [
    await as('activity.list', { view: 'upcoming' }),
    await as('activity.list', { view: 'mine' }),
    await as('activity.get', { activityId }),
  ];
};

test('an activity stored without the fields later versions added is listed and opened', async () => {
  await storeActivity('act-shape-legacy', {});
  for (const answer of await readsOf(DEMO.member, 'act-shape-legacy')) expect(answer.error).toBeUndefined();
  const detail = (await d.as(DEMO.member)('activity.get', { activityId: 'act-shape-legacy' })).data;
  expect(detail).toMatchObject({ capacity: null, confirmedCount: 0, waitlistCount: 0, extraFields: [] });
});

test('a 志愿服务 activity with members checked in and out reads for them and for the organiser', async () => {
  await storeActivity('act-shape-served', {
    capacity: 10,
    confirmedCount: 1,
    waitlistCount: 0,
    approvalRequired: false,
    showRoster: true,
    extraFields: [],
    expectedMemberIds: [],
    place: { text: '东湖社区服务站', latitude: 30.5, longitude: 114.3, radiusMeters: 200 },
  });
  await store.collection<any>('signups').insert({
    _id: `act-shape-served_${DEMO.member}`,
    activityId: 'act-shape-served',
    memberId: DEMO.member,
    memberName: '党员',
    unitId: 'u-gb-com',
    status: 'confirmed',
    arrival: (FIXED_NOW - 40 * HOUR) * 1000,
    answers: {},
    leaveReason: null,
    checkedInAt: FIXED_NOW - 2 * HOUR,
    checkedOutAt: FIXED_NOW - HOUR,
    createdAt: FIXED_NOW - 40 * HOUR,
    updatedAt: FIXED_NOW - HOUR,
  });
  for (const answer of await readsOf(DEMO.member, 'act-shape-served')) expect(answer.error).toBeUndefined();
  const organiser = await d.as(DEMO.orgAdmin)('admin.activitySignups', { activityId: 'act-shape-served' });
  expect(organiser.error).toBeUndefined();
});
