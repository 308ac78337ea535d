import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * Geofenced check-in: members get the venue only as precisely as a map needs (3 decimals, about 100 m); the
 * position a member's device reports is recorded as a claim the organiser sees, and the code stays the proof.
 */
const HOUR = 3_600_000;
const VENUE = { latitude: 39.905512, longitude: 116.397634 };

let store: DocStore;
let dataDir: string;
let d: Dispatcher;
let activityId: string;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  ({ activityId } = await ok(
    d.as(DEMO.orgAdmin)('admin.activityCreate', {
      unitId: 'u-committee',
      type: 'volunteer',
      title: '广场志愿服务',
      startAt: FIXED_NOW + HOUR,
      endAt: FIXED_NOW + 3 * HOUR,
      place: { text: '天安门广场', ...VENUE, radiusMeters: 300 },
      capacity: 10,
      signupOpensAt: FIXED_NOW - HOUR,
      signupClosesAt: FIXED_NOW + HOUR,
      cancelPolicy: 'any_time',
    }),
  ));
  await ok(d.as(DEMO.member)('activity.signUp', { activityId }));
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('members get the venue rounded to about 100 m, not its exact coordinates', async () => {
  const detail = await ok(d.as(DEMO.member)('activity.get', { activityId }));
  expect(detail.place).toEqual({ text: '天安门广场', latitude: 39.906, longitude: 116.398 });
});

test('the reported position is recorded as a claim the organiser sees; refusals do not give exact distances', async () => {
  d.clock.now = FIXED_NOW + HOUR;
  const { token } = await ok(d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId }));
  const far = await d.as(DEMO.member)('activity.checkIn', { token, latitude: 39.9255, longitude: 116.3976 });
  expect(far.error.message).toContain('约 2.2 公里');
  await ok(d.as(DEMO.member)('activity.checkIn', { token, latitude: 39.9063871, longitude: 116.3981234 }));

  const rows = (await ok(d.as(DEMO.orgAdmin)('admin.activitySignups', { activityId }))).items;
  const mine = rows.find((row: any) => row.memberId === DEMO.member);
  expect(mine).toMatchObject({ checkedIn: true, claimedPosition: { latitude: 39.9064, longitude: 116.3981 } });
  expect(mine.claimedPosition.distanceMeters % 10).toBe(0);
  expect(mine.claimedPosition.distanceMeters).toBeGreaterThan(50);
  expect(mine.claimedPosition.distanceMeters).toBeLessThan(300);
  d.clock.now = FIXED_NOW;
});
