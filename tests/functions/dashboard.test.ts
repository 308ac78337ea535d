import { rmSync } from 'node:fs';
import type { CallRecord } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { loadMember, writeMember } from '../../cloudfunctions/modules/members/member-writes';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import { INACTIVE_MEMBER_STATUSES } from '../../types/labels';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { seedDemoVotes } from '../../scripts/seed/demo-votes';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * The console dashboard (admin.dashboard, ADR 0015) against direct counts over the records: after the backfill,
 * after edits and moves between units made through the routes, after a consumer failing half way, and as a
 * branch admin who sees only their subtree. Also what it costs in store reads.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;
const ANCHOR = new Date(FIXED_NOW + 8 * 3600_000).toISOString().slice(0, 10);
const YEAR = Number(ANCHOR.slice(0, 4));

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoStudy(store, FIXED_NOW);
  await seedDemoQuiz(store, FIXED_NOW);
  await seedDemoVotes(store, FIXED_NOW);
  d = await dispatcherFor(store);
  // Seeding writes records without events: the reconcile is the backfill.
  await ok(d.system('system.reconcileAggregates'));
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Moves a member as the roster import does (the write path every member change takes). */
async function moveMember(memberId: string, unitId: string) {
  const repo = membersRepository(store);
  const unit = (await repo.unitById(unitId))!;
  const ctx = {
    store,
    platform: d.services.platform,
    pii: d.services.pii,
    now: d.clock.now,
    caller: { kind: 'system' },
  } as const;
  await writeMember(ctx, repo, await loadMember(repo, memberId), { unitId, unitPath: [...unit.path, unit._id] });
}

const dashboard = (admin: string, unitId: string, period = 'year') =>
  ok(d.as(admin)('admin.dashboard', { unitId, period, anchor: ANCHOR }));

async function all(name: string, filter: Record<string, unknown> = {}): Promise<any[]> {
  const out: any[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await store.collection<any>(name).find(filter, { sort: [['_id', 1]], skip, limit: 100 });
    out.push(...page);
    if (page.length < 100) return out;
  }
}

const chinaDay = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
const inYear = (at: number) => chinaDay(at).startsWith(String(YEAR));

/** The dashboard's composition and yearly activity of `unitId`, counted from the records. */
async function direct(unitId: string) {
  const members = await all('members', { unitPath: unitId });
  const ids = new Set(members.map((m) => m._id));
  const active = members.filter((m) => !INACTIVE_MEMBER_STATUSES.includes(m.status));
  const count = (list: any[], key: (m: any) => string) =>
    list.reduce<Record<string, number>>((acc, m) => ({ ...acc, [key(m)]: (acc[key(m)] ?? 0) + 1 }), {});
  const days = (await all('study_days')).filter((s) => ids.has(s.memberId) && s.day.startsWith(String(YEAR)));
  const progress = (await all('study_progress', { completedAt: { $exists: true } })).filter(
    (p) => ids.has(p.memberId) && inYear(p.completedAt),
  );
  const attempts = (await all('attempts', { status: 'submitted' })).filter(
    (a) => ids.has(a.memberId) && inYear(a.submittedAt),
  );
  const awards = (await all('points_awards')).filter((a) => ids.has(a.memberId) && inYear(a.at));
  const votes = new Map((await all('votes')).map((v) => [v._id, v.opensAt]));
  const ballots = (await all('vote_participations')).filter((p) => ids.has(p.memberId) && inYear(votes.get(p.voteId)));
  return {
    composition: {
      members: members.length,
      activeMembers: active.length,
      byStatus: count(members, (m) => m.status),
      byStage: count(active, (m) => m.stage),
      joined: active.filter((m) => m.joinedAt !== null).length,
    },
    totals: {
      studyMinutes: Math.floor(days.reduce((sum, s) => sum + s.seconds, 0) / 60),
      itemsCompleted: progress.length,
      attemptsHandedIn: attempts.length,
      attemptsGraded: attempts.filter((a) => typeof a.passed === 'boolean').length,
      attemptsPassed: attempts.filter((a) => a.passed === true).length,
      pointsAwarded: awards.reduce((sum, a) => sum + a.points, 0),
      ballotsCast: ballots.length,
    },
  };
}

function nonZero(record: Record<string, number>) {
  return Object.fromEntries(Object.entries(record).filter(([, n]) => n > 0));
}

async function expectMatches(admin: string, unitId: string) {
  const got = await dashboard(admin, unitId);
  const want = await direct(unitId);
  expect({
    members: got.composition.members,
    activeMembers: got.composition.activeMembers,
    byStatus: nonZero(got.composition.byStatus),
    byStage: nonZero(got.composition.byStage),
    joined: got.composition.activeMembers - got.composition.byPartyAge.none,
  }).toEqual(want.composition);
  const { signups: _s, leave: _l, checkins: _c, ...totals } = got.totals;
  expect(totals).toEqual(want.totals);
  return got;
}

test('after the backfill, every unit’s figures equal direct counts over the records', async () => {
  for (const unitId of ['u-committee', 'u-gb-com', 'u-b-east']) await expectMatches(DEMO.superAdmin, unitId);
  const root = await dashboard(DEMO.superAdmin, 'u-committee');
  expect(root.composition.members).toBeGreaterThan(10);
  const sumOfChildren = root.children.reduce((sum: number, c: any) => sum + c.composition.members, 0);
  expect(sumOfChildren).toBeLessThanOrEqual(root.composition.members);
  expect(root.weeks.length).toBeGreaterThanOrEqual(52);
  expect(root.meetingMatrix.map((row: any) => row.unitId)).toContain('u-b-east');
});

test('edits of stage and status, and a move between units, follow at once (no reconcile)', async () => {
  const [mover] = await store
    .collection<any>('members')
    .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { limit: 1 });
  await ok(
    d.as(DEMO.superAdmin)('admin.memberChangeStage', {
      memberId: mover._id,
      stage: 'probationary',
      at: FIXED_NOW,
      reason: '录入有误',
    }),
  );
  await ok(d.as(DEMO.superAdmin)('admin.memberUpdate', { memberId: mover._id, changes: { status: 'mobile' } }));
  await moveMember(mover._id, 'u-b-office');
  for (const unitId of ['u-committee', 'u-gb-com', 'u-gb-org', 'u-b-east', 'u-b-office'])
    await expectMatches(DEMO.superAdmin, unitId);
  await ok(d.as(DEMO.superAdmin)('admin.memberUpdate', { memberId: mover._id, changes: { status: 'suspended' } }));
  await expectMatches(DEMO.superAdmin, 'u-b-office');
});

test('a consumer failing half way loses nothing and counts nothing twice once the outbox is drained', async () => {
  const [member] = await store
    .collection<any>('members')
    .find({ unitId: 'u-b-west', role: 'member', status: 'normal' }, { limit: 1 });
  const before = await dashboard(DEMO.superAdmin, 'u-b-office');
  // The store refuses the third aggregate write once, as a crash in the consumer would stop it.
  const real = store.collection.bind(store);
  let writes = 0;
  const failing = jest.spyOn(store, 'collection').mockImplementation(((name: string) => {
    const collection = real(name);
    if (name !== 'unit_snapshots') return collection;
    return {
      get: collection.get.bind(collection),
      find: collection.find.bind(collection),
      count: collection.count.bind(collection),
      insert: collection.insert.bind(collection),
      removeWhere: collection.removeWhere.bind(collection),
      updateWhere: (...args: Parameters<typeof collection.updateWhere>) => {
        writes += 1;
        if (writes === 3) return Promise.reject(new Error('crash in the consumer'));
        return collection.updateWhere(...args);
      },
    };
  }) as never);
  try {
    await moveMember(member._id, 'u-b-office');
  } finally {
    failing.mockRestore();
  }
  expect(writes).toBeGreaterThanOrEqual(3);
  expect(await store.collection('events').count({})).toBe(1);
  const drained = await ok(d.system('system.drainEvents'));
  expect(drained).toEqual({ delivered: 1, waiting: 0 });
  const after = await expectMatches(DEMO.superAdmin, 'u-b-office');
  expect(after.composition.members).toBe(before.composition.members + 1);
  await expectMatches(DEMO.superAdmin, 'u-b-west');
  await expectMatches(DEMO.superAdmin, 'u-committee');
  // Nothing drifted: the nightly reconcile finds every document right.
  expect(await ok(d.system('system.reconcileAggregates'))).toEqual({ delivered: 0, days: 0, months: 0, snapshots: 0 });
});

test('a branch admin’s dashboard holds only their subtree, and other units are refused', async () => {
  const own = await dashboard(DEMO.eastBranchAdmin, 'u-b-east');
  expect(own.meetingMatrix.map((row: any) => row.unitId)).toEqual(['u-b-east']);
  expect(own.children.every((child: any) => child.unitId !== 'u-b-west')).toBe(true);
  const refused = await d.as(DEMO.eastBranchAdmin)('admin.dashboard', {
    unitId: 'u-committee',
    period: 'month',
    anchor: ANCHOR,
  });
  expect(refused.ok).toBe(false);
  expect(refused.error.code).toBe('OUT_OF_SCOPE');
});

test('the committee’s dashboard costs the same store reads whatever the number of members', async () => {
  const readsOfDashboard = async () => {
    const records: CallRecord[] = [];
    const log = d.services.log;
    d.services.log = (record) => {
      if (record.route === 'admin.dashboard') records.push(record);
    };
    try {
      await dashboard(DEMO.superAdmin, 'u-committee', 'quarter');
    } finally {
      d.services.log = log;
    }
    return records[0]!.reads;
  };
  const before = await readsOfDashboard();
  for (let i = 0; i < 30; i += 1)
    await ok(
      d.as(DEMO.superAdmin)('admin.memberCreate', {
        unitId: 'u-b-west',
        name: `新党员${String.fromCharCode(0x4e00 + i)}`,
        gender: 'female',
        ethnicity: null,
        birthDate: null,
        education: null,
        idCard: null,
        phone: null,
        position: null,
        status: 'normal',
        joinedAt: FIXED_NOW - (i + 1) * 365 * 86_400_000,
        stage: 'full',
        stageSince: FIXED_NOW,
      }),
    );
  expect(await readsOfDashboard()).toBe(before);
  // The aggregates (about a dozen reads) and the 待办 badges: ten queues, one count each, the tasks' reports two.
  expect(before).toBeLessThanOrEqual(24);
  await expectMatches(DEMO.superAdmin, 'u-committee');
});
