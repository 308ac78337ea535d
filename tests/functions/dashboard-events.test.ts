import type { CallContext } from '../../cloudfunctions/kernel/context';
import { publish } from '../../cloudfunctions/kernel/events';
import { weekStartOf } from '../../cloudfunctions/modules/dashboard/periods';
import { BALANCE_BANDS } from '../../cloudfunctions/modules/dashboard/tallies';
import { loadMember, writeMember } from '../../cloudfunctions/modules/members/member-writes';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import type { DocStore } from '../../cloudfunctions/store/types';
import { INACTIVE_MEMBER_STATUSES, STAGES, THREE_MEETINGS } from '../../types/labels';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { csvOf, validRow } from '../support/roster-files';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * Every figure of the console (admin.dashboard and admin.unitOverview) against direct counts over the records
 * after each kind of write — sign-up, promotion, cancel, 请假, check-in, 代签, an organiser's approval, a stage
 * edit, a roster import, a member moved, a member leaving or removed, a whole unit moved — without running the
 * reconcile; then a consumer crashing half way through a sign-up and through a unit move, which the drain
 * completes without counting anything twice, and the nightly reconcile finding nothing to repair. Both stores.
 */
const HOUR = 3_600_000;
const ANCHOR = new Date(FIXED_NOW + 8 * HOUR).toISOString().slice(0, 10);
const YEAR = ANCHOR.slice(0, 4);
const MONTH = ANCHOR.slice(0, 7);
const UNITS = ['u-committee', 'u-gb-com', 'u-gb-org', 'u-b-east', 'u-b-west', 'u-b-office'];

const chinaDay = (at: number) => new Date(at + 8 * HOUR).toISOString().slice(0, 10);

describe.each(['embedded', 'postgres'] as const)('the console follows every write at once on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let east: string[];
  let west: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    const members = store.collection<any>('members');
    const active = { role: 'member', status: 'normal' };
    east = (await members.find({ unitId: 'u-b-east', ...active }, { sort: [['_id', 1]], limit: 6 })).map((m) => m._id);
    west = (await members.find({ unitId: 'u-b-west', ...active }, { limit: 1 }))[0]._id;
    expect(east).toHaveLength(6);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  const admin = (route: string, input: unknown) => ok(d.as(DEMO.orgAdmin)(route, input));

  async function all(name: string, filter: Record<string, unknown> = {}): Promise<any[]> {
    const out: any[] = [];
    for (let skip = 0; ; skip += 100) {
      const page = await store.collection<any>(name).find(filter, { sort: [['_id', 1]], skip, limit: 100 });
      out.push(...page);
      if (page.length < 100) return out;
    }
  }

  /** What the console should show for `unitId`, counted from the records. */
  async function direct(unitId: string) {
    const members = await all('members', { unitPath: unitId });
    const ids = new Set(members.map((m) => m._id));
    const active = members.filter((m) => !INACTIVE_MEMBER_STATUSES.includes(m.status));
    const tally = (list: any[], key: (item: any) => string) =>
      list.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});
    const startOf = new Map((await all('activities')).map((a) => [a._id, a.startAt as number]));
    const signups = (await all('signups')).filter(
      (s) => ids.has(s.memberId) && chinaDay(startOf.get(s.activityId)!).startsWith(YEAR),
    );
    const awards = (await all('points_awards')).filter((a) => ids.has(a.memberId) && chinaDay(a.at).startsWith(YEAR));
    const balances = (await all('points_balances')).filter((b) => ids.has(b._id) && b.total > 0);
    const activity = (list: any[], awarded: any[]) => ({
      signups: list.filter((s) => s.status === 'confirmed').length,
      leave: list.filter((s) => s.status === 'leave').length,
      checkins: list.filter((s) => s.checkedInAt !== undefined).length,
      pointsAwarded: awarded.reduce((sum, a) => sum + a.points, 0),
    });
    const weekOf = (at: number) => weekStartOf(chinaDay(at));
    const weeks = new Set([
      ...signups.map((s) => weekOf(startOf.get(s.activityId)!)),
      ...awards.map((a) => weekOf(a.at)),
    ]);
    return {
      composition: {
        members: members.length,
        activeMembers: active.length,
        byStatus: tally(members, (m) => m.status),
        byStage: tally(active, (m) => m.stage),
        joined: active.filter((m) => m.joinedAt !== null).length,
      },
      totals: activity(signups, awards),
      weeks: Object.fromEntries(
        [...weeks]
          .map(
            (week) =>
              [
                week,
                activity(
                  signups.filter((s) => weekOf(startOf.get(s.activityId)!) === week),
                  awards.filter((a) => weekOf(a.at) === week),
                ),
              ] as const,
          )
          .filter(([, figures]) => Object.values(figures).some((n) => n !== 0)),
      ),
      balanceBands: BALANCE_BANDS.map(
        (from, band) =>
          balances.filter(
            (b) => b.total >= from && (band + 1 === BALANCE_BANDS.length || b.total < BALANCE_BANDS[band + 1]!),
          ).length,
      ),
      overview: { memberCount: members.length, byStage: { ...zeroStages(), ...tally(members, (m) => m.stage) } },
      month: await monthFirsts(members, startOf),
    };
  }

  /** The monthly report's 学习人数, 参加活动人数 and stages reached this month, counted from the records. */
  async function monthFirsts(members: any[], startOf: Map<string, number>) {
    const ids = new Set(members.map((m) => m._id));
    const inMonth = (day: string) => day.startsWith(MONTH);
    const learners = new Set(
      (await all('study_days')).filter((s) => ids.has(s.memberId) && inMonth(s.day)).map((s) => s.memberId),
    );
    const attendees = new Set(
      (await all('signups'))
        .filter(
          (s) => ids.has(s.memberId) && s.checkedInAt !== undefined && inMonth(chinaDay(startOf.get(s.activityId)!)),
        )
        .map((s) => s.memberId),
    );
    const reached: Record<string, number> = { ...zeroStages() };
    for (const member of members)
      (member.stageHistory as Array<{ stage: string; at: number }>).forEach((step, index, history) => {
        if (index > 0 && step.stage !== history[index - 1]!.stage && inMonth(chinaDay(step.at)))
          reached[step.stage] = (reached[step.stage] ?? 0) + 1;
      });
    return { studyMembers: learners.size, activityMembers: attendees.size, reached };
  }

  const zeroStages = () => Object.fromEntries(STAGES.map((stage) => [stage, 0]));
  const nonZero = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, n]) => n));
  const signupFigures = ({ signups, leave, checkins, pointsAwarded }: Record<string, number>) => ({
    signups,
    leave,
    checkins,
    pointsAwarded,
  });

  /** The dashboard and the overview of every unit, and of their children, equal the direct counts. */
  async function expectConsoleRight() {
    for (const unitId of UNITS) {
      const [got, overview, want] = await Promise.all([
        admin('admin.dashboard', { unitId, period: 'year', anchor: ANCHOR }),
        admin('admin.unitOverview', { unitId }),
        direct(unitId),
      ]);
      expect({
        unitId,
        members: got.composition.members,
        activeMembers: got.composition.activeMembers,
        byStatus: nonZero(got.composition.byStatus),
        byStage: nonZero(got.composition.byStage),
        joined: got.composition.activeMembers - got.composition.byPartyAge.none,
      }).toEqual({ unitId, ...want.composition });
      expect({ unitId, ...signupFigures(got.totals) }).toEqual({ unitId, ...want.totals });
      const weeks = Object.fromEntries(
        got.weeks
          .map((week: any) => [week.weekStart, signupFigures(week)] as const)
          .filter(([, figures]: any) => Object.values(figures).some((n) => n !== 0)),
      );
      expect({ unitId, weeks }).toEqual({ unitId, weeks: want.weeks });
      expect({ unitId, bands: got.points.balanceBands.map((b: any) => b.members) }).toEqual({
        unitId,
        bands: want.balanceBands,
      });
      expect({ unitId, memberCount: overview.memberCount, byStage: overview.byStage }).toEqual({
        unitId,
        ...want.overview,
      });
      for (const child of got.children) {
        const wanted = await direct(child.unitId);
        expect({ unitId: child.unitId, members: child.composition.members, ...signupFigures(child.activity) }).toEqual({
          unitId: child.unitId,
          members: wanted.composition.members,
          ...wanted.totals,
        });
      }
      for (const child of overview.childUnits)
        expect({ unitId: child.unitId, memberCount: child.memberCount }).toEqual({
          unitId: child.unitId,
          memberCount: (await direct(child.unitId)).overview.memberCount,
        });
      const report = await admin('admin.monthlyReport', { unitId, month: MONTH });
      expect({
        unitId,
        studyMembers: report.figures.study.members,
        activityMembers: report.figures.activities.members,
        reached: report.figures.pipeline.reachedThisMonth,
      }).toEqual({ unitId, ...want.month });
      expect({ unitId, rows: got.meetingMatrix.map((row: MatrixRow) => row.unitId) }).toEqual({
        unitId,
        rows: await branchesByRecords(unitId),
      });
      expect({ unitId, matrix: heldIn(got.meetingMatrix) }).toEqual({
        unitId,
        matrix: await heldByRecords(unitId, got.meetingMatrix),
      });
    }
  }

  type MatrixRow = { unitId: string; months: Array<{ month: string; held: Record<string, number> }> };
  const heldIn = (matrix: MatrixRow[]) =>
    matrix.map((row) => ({
      unitId: row.unitId,
      held: row.months
        .map((cell) => ({ month: cell.month, held: nonZero(cell.held) }))
        .filter(({ held }) => Object.keys(held).length > 0),
    }));

  /** The matrix's rows from the units as they are now: the unit itself if a branch, else its open branches by name. */
  async function branchesByRecords(unitId: string): Promise<string[]> {
    const unit = await store.collection<any>('units').get(unitId);
    if (unit.kind === 'branch') return [unitId];
    const branches = await store
      .collection<any>('units')
      .find({ path: unitId, kind: 'branch', archived: { $ne: true } }, { sort: [['name', 1]], limit: 100 });
    return branches.map((branch) => branch._id);
  }

  /** The 三会一课 matrix's held meetings, counted from the activities organised under `unitId` that have ended. */
  async function heldByRecords(unitId: string, matrix: MatrixRow[]) {
    const ended = (await all('activities', { type: { $in: [...THREE_MEETINGS] } })).filter(
      (a) => a.organiserPath.includes(unitId) && a.endAt <= d.clock.now,
    );
    return heldIn(
      matrix.map((row) => ({
        unitId: row.unitId,
        months: row.months.map(({ month }) => {
          const held: Record<string, number> = {};
          for (const meeting of ended)
            if (meeting.organiserPath.includes(row.unitId) && chinaDay(meeting.startAt).startsWith(month))
              held[meeting.type] = (held[meeting.type] ?? 0) + 1;
          return { month, held };
        }),
      })),
    );
  }

  const systemCtx = (): CallContext =>
    ({
      store,
      platform: d.services.platform,
      pii: d.services.pii,
      now: d.clock.now,
      caller: { kind: 'system' },
    }) as never;

  /** Moves a member as the roster import does (the write path every member change takes). */
  async function moveMember(memberId: string, unitId: string) {
    const repo = membersRepository(store);
    const unit = (await repo.unitById(unitId))!;
    await writeMember(systemCtx(), repo, await loadMember(repo, memberId), {
      unitId,
      unitPath: [...unit.path, unit._id],
    });
  }

  async function publishActivity(overrides: Record<string, unknown>): Promise<string> {
    const created = await admin('admin.activityCreate', {
      unitId: 'u-gb-com',
      type: 'volunteer',
      title: '社区志愿服务',
      startAt: FIXED_NOW + 2 * HOUR,
      endAt: FIXED_NOW + 4 * HOUR,
      place: { text: '东湖社区服务站' },
      capacity: 2,
      signupOpensAt: FIXED_NOW - HOUR,
      signupClosesAt: FIXED_NOW + HOUR,
      cancelPolicy: 'any_time',
      ...overrides,
    });
    return created.activityId;
  }

  /** The store refuses the `nth` write to `collection` once, as a process dying inside the consumer would. */
  function crashOnWrite(collection: string, nth: number) {
    const real = store.collection.bind(store);
    let writes = 0;
    const spy = jest.spyOn(store, 'collection').mockImplementation(((name: string) => {
      const target = real(name);
      if (name !== collection) return target;
      return {
        get: target.get.bind(target),
        find: target.find.bind(target),
        count: target.count.bind(target),
        insert: target.insert.bind(target),
        removeWhere: target.removeWhere.bind(target),
        updateWhere: (...args: Parameters<typeof target.updateWhere>) => {
          writes += 1;
          return writes === nth ? Promise.reject(new Error('crash in the consumer')) : target.updateWhere(...args);
        },
      };
    }) as never);
    return {
      restore: () => spy.mockRestore(),
      writes: () => writes,
    };
  }

  test('the seeded figures are right before anything happens', async () => {
    await expectConsoleRight();
  });

  test('sign-ups, the waitlist and its promotion, cancel and 请假', async () => {
    d.clock.now = FIXED_NOW;
    const activityId = await publishActivity({});
    const [first, second, third] = east as [string, string, string];
    for (const member of [first, second, third, west]) await ok(d.as(member)('activity.signUp', { activityId }));
    await expectConsoleRight();
    // The first cancels: the head of the waitlist takes the seat.
    expect(await ok(d.as(first)('activity.cancel', { activityId }))).toEqual({ status: 'cancelled' });
    await expectConsoleRight();
    expect(await ok(d.as(second)('activity.requestLeave', { activityId, reason: '家中有事' }))).toEqual({
      status: 'leave',
    });
    await expectConsoleRight();
    // Signing up again after cancelling counts the sign-up once more.
    await ok(d.as(first)('activity.signUp', { activityId }));
    await expectConsoleRight();
  });

  test('请假 and check-in of an expected attendee of a 三会一课 meeting without a sign-up', async () => {
    d.clock.now = FIXED_NOW;
    const meetingId = await publishActivity({ unitId: 'u-b-east', type: 'branch_congress', title: '支部党员大会' });
    const [, , , absent, present] = east as [string, string, string, string, string];
    await ok(d.as(absent)('activity.requestLeave', { activityId: meetingId, reason: '出差' }));
    await expectConsoleRight();
    d.clock.now = FIXED_NOW + 2 * HOUR;
    const { token } = await ok(d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId: meetingId }));
    await ok(d.as(present)('activity.checkIn', { token }));
    await expectConsoleRight();
  });

  test('check-in, 代签 and an organiser’s approval', async () => {
    d.clock.now = FIXED_NOW;
    const activityId = await publishActivity({ title: '签到与代签', capacity: 3 });
    const approvalId = await publishActivity({ title: '需审核的活动', approvalRequired: true });
    const [member, proxied, , , , applicant] = east as [string, string, string, string, string, string];
    await ok(d.as(member)('activity.signUp', { activityId }));
    await ok(d.as(applicant)('activity.signUp', { activityId: approvalId }));
    await expectConsoleRight();
    await admin('admin.activityDecide', { activityId: approvalId, memberId: applicant, approve: true });
    await expectConsoleRight();
    d.clock.now = FIXED_NOW + 2 * HOUR;
    const { token } = await ok(d.as(DEMO.orgAdmin)('admin.checkinToken', { activityId }));
    await ok(d.as(member)('activity.checkIn', { token }));
    await expectConsoleRight();
    await admin('admin.proxyCheckIn', { activityId, memberId: proxied, reason: '手机没电' });
    await expectConsoleRight();
    // Checking in twice changes nothing.
    await ok(d.as(member)('activity.checkIn', { token }));
    await admin('admin.proxyCheckIn', { activityId, memberId: proxied, reason: '重复' });
    await expectConsoleRight();
  });

  test('study credits count each member once a month among its learners, concurrent firsts too', async () => {
    d.clock.now = FIXED_NOW;
    const credit = async (memberId: string, at: number, seconds: number) => {
      const member = await store.collection<any>('members').get(memberId);
      const unitPath = [...member.unitPath];
      await store.collection<any>('study_days').insert({
        _id: `sd-firsts-${memberId}-${at}`,
        memberId,
        day: chinaDay(at),
        seconds,
      });
      await publish(systemCtx(), {
        type: 'study.credited',
        payload: { memberId, unitPath, at, seconds, contentId: 'c-firsts', percent: 10 },
      });
    };
    const [first, second] = east as [string, string];
    await credit(first, FIXED_NOW - 3 * HOUR, 60);
    await credit(first, FIXED_NOW - 2 * HOUR, 120);
    await Promise.all([credit(second, FIXED_NOW - 3 * HOUR, 30), credit(second, FIXED_NOW - 3 * HOUR + 1, 30)]);
    await expectConsoleRight();
    const report = await admin('admin.monthlyReport', { unitId: 'u-b-east', month: MONTH });
    expect(report.figures.study.members).toBeGreaterThanOrEqual(2);
  });

  test('a stage edit, a roster import, a member moved, a member leaving the roster and one removed from it', async () => {
    const [moved, edited, leaving] = east as [string, string, string];
    await admin('admin.memberChangeStage', {
      memberId: edited,
      stage: 'probationary',
      at: d.clock.now,
      reason: '录入有误',
    });
    await expectConsoleRight();
    const roster = csvOf([
      validRow('导入甲', '1990-03-07', 41, '15000000041', '西苑社区党支部'),
      validRow('导入乙', '1991-04-08', 42, '15000000042', '西苑社区党支部'),
    ]);
    await admin('admin.rosterImport', { unitId: 'u-gb-com', format: 'csv', file: roster, mode: 'all_or_nothing' });
    expect(await store.collection('members').count({ unitId: 'u-b-west', name: { $in: ['导入甲', '导入乙'] } })).toBe(
      2,
    );
    await expectConsoleRight();
    // The moved member takes their sign-ups, check-ins and points along.
    await moveMember(moved, 'u-b-office');
    await expectConsoleRight();
    await admin('admin.memberUpdate', { memberId: leaving, changes: { status: 'transferred' } });
    await expectConsoleRight();
    // A removal announces the member's last facts; their records stop counting with them.
    const removed = await store.collection<any>('members').get(west);
    await store.collection('members').removeWhere({ _id: west });
    const { unitPath, stage, stageSince, status, joinedAt } = removed;
    await publish(systemCtx(), {
      type: 'member.changed',
      payload: { memberId: west, before: { unitPath, stage, stageSince, status, joinedAt }, after: null },
    });
    await expectConsoleRight();
  });

  test('a whole unit moved takes its members’ figures and its meetings from the old parents to the new', async () => {
    // The branch's meeting has ended: it shows as held in the matrix of whichever 总支 the branch is under.
    d.clock.now = FIXED_NOW + 5 * HOUR;
    await expectConsoleRight();
    await admin('admin.unitMove', { unitId: 'u-b-east', newParentId: 'u-gb-org' });
    await expectConsoleRight();
  });

  test('a branch created, renamed and archived joins, moves in and leaves the matrix of every unit above it', async () => {
    const { unitId } = await admin('admin.unitCreate', { unitId: 'u-gb-org', name: '甲新建支部', kind: 'branch' });
    await expectConsoleRight();
    await admin('admin.unitRename', { unitId, name: '龙新建支部' });
    await expectConsoleRight();
    await admin('admin.unitArchive', { unitId });
    await expectConsoleRight();
  });

  test('the console reads the kept branch list, and the nightly reconcile repairs one that drifted', async () => {
    const lists = store.collection<any>('unit_branch_lists');
    await lists.updateWhere({ _id: 'u-gb-org' }, { $set: { branches: [{ _id: 'u-b-west', name: '走样的名单' }] } });
    const drifted = await admin('admin.dashboard', { unitId: 'u-gb-org', period: 'year', anchor: ANCHOR });
    expect(drifted.meetingMatrix.map((row: MatrixRow & { name: string }) => row.name)).toEqual(['走样的名单']);
    await ok(d.system('system.reconcileAggregates'));
    expect(await store.collection<any>('system').get('aggregates-reconcile')).toMatchObject({ branchLists: 1 });
    await expectConsoleRight();
  });

  test('a crash inside the consumer loses nothing and counts nothing twice once the outbox is drained', async () => {
    d.clock.now = FIXED_NOW;
    const activityId = await publishActivity({ unitId: 'u-committee', title: '中断后补记', capacity: null });
    const late = east[4]!;
    let crash = crashOnWrite('unit_days', 2);
    try {
      expect(await ok(d.as(late)('activity.signUp', { activityId }))).toEqual({ status: 'confirmed' });
    } finally {
      crash.restore();
    }
    expect(crash.writes()).toBeGreaterThanOrEqual(2);
    expect(await store.collection('events').count({})).toBe(1);
    expect(await ok(d.system('system.drainEvents'))).toEqual({ delivered: 1, waiting: 0 });
    await expectConsoleRight();

    crash = crashOnWrite('unit_snapshots', 2);
    try {
      await admin('admin.unitMove', { unitId: 'u-b-east', newParentId: 'u-gb-com' });
    } finally {
      crash.restore();
    }
    expect(crash.writes()).toBeGreaterThanOrEqual(2);
    expect(await store.collection('events').count({})).toBe(1);
    expect(await ok(d.system('system.drainEvents'))).toEqual({ delivered: 1, waiting: 0 });
    await expectConsoleRight();
    // Nothing drifted anywhere: the nightly reconcile finds every document right.
    expect(await ok(d.system('system.reconcileAggregates'))).toEqual({
      delivered: 0,
      days: 0,
      months: 0,
      snapshots: 0,
    });
    expect(await store.collection<any>('system').get('aggregates-reconcile')).toMatchObject({ branchLists: 0 });
  });
});
