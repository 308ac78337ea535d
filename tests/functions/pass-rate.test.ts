import type { CallContext } from '../../cloudfunctions/kernel/context';
import { publish } from '../../cloudfunctions/kernel/events';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 及格率 divides passes by graded hand-ins only: daily practice and competitions have no pass mark
 * (`passed` null), so they count as hand-ins but never as failures. The consumer (one event at a time) and the
 * reconcile (all records at once) agree, and both equal a direct count over the attempts. Both stores.
 */
const HOUR = 3_600_000;
const chinaDay = (at: number) => new Date(at + 8 * HOUR).toISOString().slice(0, 10);
const MONTH = chinaDay(FIXED_NOW).slice(0, 7);
const ANCHOR = chinaDay(FIXED_NOW);

describe.each(['embedded', 'postgres'] as const)('pass rates over graded hand-ins on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    // Seeding writes records without events: the reconcile is the backfill.
    await ok(d.system('system.reconcileAggregates'));
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  const systemCtx = (): CallContext =>
    ({
      store,
      platform: d.services.platform,
      pii: d.services.pii,
      now: d.clock.now,
      caller: { kind: 'system' },
    }) as never;

  /** Hands in an attempt as the quiz module does: the record, then its event. */
  async function handIn(
    member: { _id: string; unitPath: string[] },
    id: string,
    percent: number,
    passed: boolean | null,
  ) {
    await store.collection<any>('attempts').insert({
      _id: id,
      memberId: member._id,
      unitPath: member.unitPath,
      status: 'submitted',
      submittedAt: FIXED_NOW - HOUR,
      percent,
      passed,
    });
    await publish(systemCtx(), {
      type: 'quiz.handedIn',
      payload: {
        memberId: member._id,
        unitPath: member.unitPath,
        at: FIXED_NOW - HOUR,
        attemptId: id,
        quizId: passed === null ? null : 'q-exam',
        percent,
        passed,
      },
    });
  }

  async function direct(unitId: string) {
    const members = await store.collection<any>('members').find({ unitPath: unitId }, { limit: 100 });
    const ids = new Set(members.map((m) => m._id));
    const attempts = (await store.collection<any>('attempts').find({ status: 'submitted' }, { limit: 100 })).filter(
      (a) => ids.has(a.memberId) && chinaDay(a.submittedAt).startsWith(MONTH),
    );
    const graded = attempts.filter((a) => typeof a.passed === 'boolean');
    const passed = graded.filter((a) => a.passed === true).length;
    return {
      attemptsHandedIn: attempts.length,
      attemptsGraded: graded.length,
      attemptsPassed: passed,
      passRate: graded.length ? Math.round((passed / graded.length) * 1000) / 10 : null,
    };
  }

  const reportQuizzes = async (unitId: string) => {
    const report = await ok(d.as(DEMO.orgAdmin)('admin.monthlyReport', { unitId, month: MONTH }));
    const { scoreBands: _bands, averageScore: _average, ...quizzes } = report.figures.quizzes;
    return quizzes;
  };
  const dashboardTotals = async (unitId: string) => {
    const got = await ok(d.as(DEMO.orgAdmin)('admin.dashboard', { unitId, period: 'month', anchor: ANCHOR }));
    return {
      attemptsHandedIn: got.totals.attemptsHandedIn,
      attemptsGraded: got.totals.attemptsGraded,
      attemptsPassed: got.totals.attemptsPassed,
    };
  };

  test('daily practice alone gives no pass rate ("—"), not 0%', async () => {
    const [member] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-west', role: 'member', status: 'normal' }, { limit: 1 });
    await handIn(member, `att-daily-${driver}-west`, 80, null);
    const got = await reportQuizzes('u-b-west');
    expect(got).toEqual(await direct('u-b-west'));
    expect(got.attemptsHandedIn).toBeGreaterThan(0);
    expect(got.passRate).toBeNull();
  });

  test('with graded and ungraded hand-ins mixed, every figure equals a direct count, events and reconcile alike', async () => {
    const members = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 6 });
    expect(members).toHaveLength(6);
    for (const [index, member] of members.entries()) {
      await handIn(member, `att-exam-${driver}-${index}`, 50 + index * 10, 50 + index * 10 >= 60);
      await handIn(member, `att-practice-${driver}-${index}`, 40, null);
    }
    for (const unitId of ['u-b-east', 'u-committee']) {
      const want = await direct(unitId);
      expect(want.attemptsGraded).toBeLessThan(want.attemptsHandedIn);
      expect(await reportQuizzes(unitId)).toEqual(want);
      const { passRate: _rate, ...counts } = want;
      expect(await dashboardTotals(unitId)).toEqual(counts);
    }
    // 5 of 6 exams passed, 6 practice rounds not graded: 83.3%, where dividing by all hand-ins would say 41.7%.
    expect((await reportQuizzes('u-b-east')).passRate).toBe(83.3);
    expect(await ok(d.system('system.reconcileAggregates'))).toMatchObject({ days: 0, months: 0, snapshots: 0 });
  });
});
