import type { CallRecord } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * The console's 活动请假 badge is one indexed count: sign-ups on leave carry their activity's organiser path and
 * end. It equals the count over the subtree's activities not yet ended (how it was computed before), after a
 * unit moves and after `system.setup` fills in sign-ups stored without the path; and its store reads do not
 * grow with the number of activities. Both stores.
 */
const HOUR = 3_600_000;
const UNITS = ['u-committee', 'u-gb-com', 'u-gb-org', 'u-b-east', 'u-b-west'];

describe.each(['embedded', 'postgres'] as const)('the leave badge on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    d.clock.now = FIXED_NOW;
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  async function all(name: string, filter: Record<string, unknown> = {}): Promise<any[]> {
    const out: any[] = [];
    for (let skip = 0; ; skip += 100) {
      const page = await store.collection<any>(name).find(filter, { sort: [['_id', 1]], skip, limit: 100 });
      out.push(...page);
      if (page.length < 100) return out;
    }
  }

  /** The old computation: every activity of the subtree not yet ended, then its sign-ups on leave. */
  async function leaveByActivities(unitId: string) {
    const coming = new Set(
      (await all('activities', { organiserPath: unitId })).filter((a) => a.endAt >= d.clock.now).map((a) => a._id),
    );
    return (await all('signups', { status: 'leave' })).filter((s) => coming.has(s.activityId)).length;
  }

  async function badgeWithReads(unitId: string) {
    const records: CallRecord[] = [];
    const log = d.services.log;
    d.services.log = (record) => {
      if (record.route === 'admin.pendingWork') records.push(record);
    };
    try {
      const counts = await ok(d.as(DEMO.superAdmin)('admin.pendingWork', { unitId }));
      return { leave: counts.leaveRequests as number, reads: records[0]!.reads };
    } finally {
      d.services.log = log;
    }
  }

  async function expectBadgesRight() {
    for (const unitId of UNITS)
      expect({ unitId, leave: (await badgeWithReads(unitId)).leave }).toEqual({
        unitId,
        leave: await leaveByActivities(unitId),
      });
  }

  async function createActivity(unitId: string, title: string, endInHours: number): Promise<string> {
    const created = await ok(
      d.as(DEMO.orgAdmin)('admin.activityCreate', {
        unitId,
        type: 'volunteer',
        title,
        startAt: FIXED_NOW + HOUR,
        endAt: FIXED_NOW + endInHours * HOUR,
        place: { text: '党员活动室' },
        capacity: null,
        signupOpensAt: FIXED_NOW - HOUR,
        signupClosesAt: FIXED_NOW + HOUR / 2,
        cancelPolicy: 'any_time',
      }),
    );
    return created.activityId;
  }

  test('leave taken through the route counts where the activity is organised, until it ends', async () => {
    const east = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 3 });
    const short = await createActivity('u-b-east', '社区清扫', 2);
    const long = await createActivity('u-gb-com', '走访慰问', 30);
    for (const [index, member] of east.entries()) {
      const activityId = index === 0 ? short : long;
      await ok(d.as(member._id)('activity.signUp', { activityId }));
      await ok(d.as(member._id)('activity.requestLeave', { activityId, reason: '外出办事' }));
    }
    await expectBadgesRight();
    expect((await badgeWithReads('u-committee')).leave).toBe(3);
    d.clock.now = FIXED_NOW + 3 * HOUR;
    await expectBadgesRight();
    expect((await badgeWithReads('u-committee')).leave).toBe(2);
    d.clock.now = FIXED_NOW;
  });

  test('the reads do not grow with the number of activities', async () => {
    const before = await badgeWithReads('u-committee');
    const activities = store.collection<any>('activities');
    const template = (await activities.find({ organiserPath: 'u-gb-com' }, { limit: 1 }))[0];
    for (let i = 0; i < 120; i += 1)
      await activities.insert({ ...template, _id: `act-many-${String(i).padStart(3, '0')}`, title: `活动${i}` });
    const after = await badgeWithReads('u-committee');
    expect(after.reads).toBe(before.reads);
    expect(after.leave).toBe(before.leave);
    await expectBadgesRight();
  });

  test('a unit moved takes its activities’ leave to its new superiors', async () => {
    await ok(d.as(DEMO.superAdmin)('admin.unitMove', { unitId: 'u-b-east', newParentId: 'u-gb-org' }));
    await expectBadgesRight();
    expect((await badgeWithReads('u-gb-org')).leave).toBeGreaterThan(0);
  });

  test('system.setup gives sign-ups stored without the path their activity’s, and a rerun changes nothing', async () => {
    const signups = store.collection<any>('signups');
    const onLeave = await all('signups', { status: 'leave' });
    expect(onLeave.length).toBeGreaterThan(0);
    for (const signup of onLeave)
      await signups.updateWhere({ _id: signup._id }, { $unset: { organiserPath: true, endAt: true } });
    expect((await badgeWithReads('u-committee')).leave).toBe(0);
    const setup = await ok(d.system('system.setup'));
    expect(setup.leavePaths).toEqual({ migrated: onLeave.length });
    await expectBadgesRight();
    expect((await ok(d.system('system.setup'))).leavePaths).toEqual({ migrated: 0 });
  });
});
