import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/** The console's pending-work badges: each agrees with the queue it opens, and counts only the caller's subtree. */
const HOUR = 3_600_000;

describe('admin.pendingWork', () => {
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

  const pending = async (admin: string, unitId: string) => {
    const result = await d.as(admin)('admin.pendingWork', { unitId });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };

  /** The queues the badges open, read through their own routes. */
  const queues = async (admin: string, unitId: string) => {
    const as = d.as(admin);
    const [bindings, notes, reports, flags] = await Promise.all([
      as('admin.bindingList', { unitId }),
      as('admin.noteQueue', { unitId, status: 'pending', limit: 100 }),
      as('admin.questionReports', { unitId, status: 'open', limit: 100 }),
      as('admin.quizFlags', { unitId, status: 'pending', limit: 100 }),
    ]);
    return {
      bindingRequests: bindings.data.items.length,
      notesToReview: notes.data.total,
      questionReports: reports.data.total,
      attemptsToVerify: flags.data.total,
    };
  };

  test('on the seeded data, each badge is the size of its queue: the demo has nothing waiting', async () => {
    const counts = await pending(DEMO.orgAdmin, 'u-committee');
    expect(counts).toMatchObject(await queues(DEMO.orgAdmin, 'u-committee'));
    expect(counts).toEqual({
      bindingRequests: 0,
      notesToReview: 0,
      questionReports: 0,
      leaveRequests: 0,
      attemptsToVerify: 0,
      transfersToHandle: 0,
      suggestionsToAnswer: 0,
      taskReportsToReview: 0,
      developmentOverdue: 0,
      objectionsToHandle: 0,
    });
  });

  test('new work in one branch is counted there and above it, not in another subtree', async () => {
    const east = await store.collection<{ _id: string; path: string[] }>('units').get('u-b-east');
    const office = await store.collection<{ _id: string; path: string[] }>('units').get('u-b-office');
    if (!east || !office) throw new Error('the seed has no 东湖社区党支部 or 综合办公室党支部');
    const eastPath = [...east.path, east._id];
    const before = {
      east: await pending(DEMO.eastBranchAdmin, 'u-b-east'),
      office: await pending(DEMO.officeBranchAdmin, 'u-b-office'),
      committee: await pending(DEMO.orgAdmin, 'u-committee'),
    };

    // Only the fields the queues filter on: the badges count, they never read the rest.
    const waiting = (name: string, doc: Record<string, unknown> & { _id: string }) =>
      store.collection<typeof doc>(name).insert(doc);
    await waiting('binding_requests', { _id: 'br-test', unitId: 'u-b-east', unitPath: eastPath, status: 'pending' });
    await waiting('notes', { _id: 'note-test', unitId: 'u-b-east', unitPath: eastPath, status: 'pending' });
    await waiting('question_reports', { _id: 'qr-test', questionId: 'q-test', bankPath: eastPath, status: 'open' });
    await waiting('quiz_flags', { _id: 'att-test', reviewPath: eastPath, status: 'pending' });
    await waiting('transfers', {
      _id: 'tr-test',
      memberId: 'm-elsewhere',
      fromPath: [],
      toPath: eastPath,
      status: 'started',
    });
    await waiting('suggestions', { _id: 'sg-test', unitPath: eastPath, status: 'received' });
    await waiting('suggestions', { _id: 'sg-answered', unitPath: eastPath, status: 'answered' });
    await waiting('tasks', { _id: 'tk-test', unitPath: eastPath });
    await waiting('task_assignments', { _id: 'tk-test_a', taskId: 'tk-test', state: 'submitted' });
    await waiting('task_assignments', { _id: 'tk-test_b', taskId: 'tk-test', state: 'accepted' });
    await waiting('publicity_objections', { _id: 'pbo-test', unitPath: eastPath, handled: false });
    await waiting('publicity_objections', { _id: 'pbo-handled', unitPath: eastPath, handled: true });
    // An applicant whose talk (due within a month of the application) is overdue.
    const [applicant] = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: 'u-b-east', stage: 'applicant', status: 'normal' }, { limit: 1, sort: [['_id', 1]] });
    await waiting('development_steps', {
      _id: `${applicant!._id}_application`,
      memberId: applicant!._id,
      unitPath: eastPath,
      stepKey: 'application',
      date: FIXED_NOW - 40 * 24 * HOUR,
    });
    // Written without the routes, like a seed: the nightly reconcile is the backfill of the indexes behind the
    // task and 发展 badges (a report's review path, a person's overdue moment).
    expect((await d.system('system.reconcileAggregates')).ok).toBe(true);
    const eastMember = (
      await d.as(DEMO.eastBranchAdmin)('admin.memberList', { unitId: 'u-b-east', limit: 50 })
    ).data.items.find((m: { role: string }) => m.role === 'member');
    const published = await d.as(DEMO.eastBranchAdmin)('admin.activityCreate', {
      unitId: 'u-b-east',
      type: 'volunteer',
      title: '社区志愿服务',
      startAt: FIXED_NOW + 48 * HOUR,
      endAt: FIXED_NOW + 50 * HOUR,
      place: { text: '东湖社区服务站' },
      capacity: 10,
      signupOpensAt: FIXED_NOW - HOUR,
      signupClosesAt: FIXED_NOW + 24 * HOUR,
      cancelPolicy: 'any_time',
    });
    const { activityId } = published.data;
    await d.as(eastMember.memberId)('activity.signUp', { activityId });
    expect((await d.as(eastMember.memberId)('activity.requestLeave', { activityId, reason: '临时出差' })).ok).toBe(
      true,
    );

    const plusOne = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, value + 1]));
    expect(await pending(DEMO.eastBranchAdmin, 'u-b-east')).toEqual(plusOne(before.east));
    expect(await pending(DEMO.orgAdmin, 'u-committee')).toEqual(plusOne(before.committee));
    expect(await pending(DEMO.officeBranchAdmin, 'u-b-office')).toEqual(before.office);

    // Leave for an activity that has ended no longer waits for anyone.
    d.clock.now = FIXED_NOW + 51 * HOUR;
    expect((await pending(DEMO.eastBranchAdmin, 'u-b-east')).leaveRequests).toBe(before.east.leaveRequests);
  });

  test('a branch secretary cannot ask about another branch', async () => {
    const refused = await d.as(DEMO.eastBranchAdmin)('admin.pendingWork', { unitId: 'u-b-office' });
    expect(refused.error.code).toBe('OUT_OF_SCOPE');
  });
});
