import type { CallRecord } from '../../cloudfunctions/kernel/context';
import { progressPercent, topicState } from '../../cloudfunctions/modules/study/content-access';
import { studySummaryConsumer } from '../../cloudfunctions/modules/study/summary.consumer';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * study.home from the member's study summary (ADR 0015, part 3): what it costs in store reads, and every
 * figure against a direct computation over the records after opening, credit, completion, a plan assigned,
 * and a consumer that failed half way and was drained. Both stores.
 */
const SECOND = 1000;
const DAY = 86_400 * SECOND;
const MEMBER = DEMO.member;

describe.each(['embedded', 'postgres'] as const)('the study home on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    await seedDemoStudy(store, FIXED_NOW);
    await seedDemoQuiz(store, FIXED_NOW);
    d = await dispatcherFor(store);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  const home = (memberId = MEMBER) => ok(d.as(memberId)('study.home', {}));

  /** The store reads of each call to `route` made while `run` runs, as the call records count them. */
  async function readsOf(route: string, run: () => Promise<unknown>): Promise<number[]> {
    const records: CallRecord[] = [];
    const log = d.services.log;
    d.services.log = (record) => {
      if (record.route === route) records.push(record);
    };
    try {
      await run();
    } finally {
      d.services.log = log;
    }
    return records.map((record) => record.reads);
  }

  async function all(name: string, filter: Record<string, unknown>): Promise<any[]> {
    const out: any[] = [];
    for (let skip = 0; ; skip += 100) {
      const page = await store.collection<any>(name).find(filter, { sort: [['_id', 1]], skip, limit: 100 });
      out.push(...page);
      if (page.length < 100) return out;
    }
  }

  const chinaDay = (at: number) => new Date(at + 8 * 3600 * SECOND).toISOString().slice(0, 10);

  /** What the home must show, computed straight from the records. */
  async function fromRecords(memberId: string) {
    const now = d.clock.now;
    const member = await store.collection<any>('members').get(memberId);
    const progress = await all('study_progress', { memberId });
    const byContent = new Map(progress.map((doc) => [doc.contentId, doc]));
    const done = new Set(progress.filter((doc) => doc.completedAt !== undefined).map((doc) => doc.contentId));
    const minutes = new Map(
      (await all('study_days', { memberId })).map((doc) => [doc.day, Math.floor(doc.seconds / 60)] as const),
    );
    const lastSevenDays = Array.from({ length: 7 }, (_, i) => {
      const day = chinaDay(now - (6 - i) * DAY);
      return { day, minutes: minutes.get(day) ?? 0 };
    });
    let streakDays = 0;
    for (let back = (minutes.get(chinaDay(now)) ?? 0) > 0 ? 0 : 1; ; back += 1) {
      if ((minutes.get(chinaDay(now - back * DAY)) ?? 0) === 0) break;
      streakDays += 1;
    }
    const contents = new Map((await all('contents', {})).map((doc) => [doc._id, doc]));
    const visible = (id: string) => {
      const doc = contents.get(id);
      return doc && doc.status === 'published' && doc.publishAt <= now && member.unitPath.includes(doc.audienceUnitId);
    };
    const plans = (await all('plans', { unitId: { $in: member.unitPath } }))
      .filter((plan) => plan.startAt <= now && plan.deadline >= now)
      .sort((a, b) => a.deadline - b.deadline || a._id.localeCompare(b._id));
    const gaps: string[] = [];
    for (const plan of plans) for (const id of plan.itemIds) if (!done.has(id) && !gaps.includes(id)) gaps.push(id);
    const resume = progress
      .filter((doc) => doc.completedAt === undefined && visible(doc.contentId))
      .filter((doc) => contents.get(doc.contentId).kind !== 'topic')
      .sort((a, b) => b.lastOpenedAt - a.lastOpenedAt)[0];
    const percentOf = (contentId: string) => {
      const content = contents.get(contentId);
      if (content.kind === 'topic')
        return topicState(content, content.topicItemIds.filter((id: string) => done.has(id)).length).percent;
      return progressPercent(content, byContent.get(contentId)).percent;
    };
    return {
      stats: {
        todayMinutes: minutes.get(chinaDay(now)) ?? 0,
        weekMinutes: lastSevenDays.reduce((sum, day) => sum + day.minutes, 0),
        streakDays,
        lastSevenDays,
        completedCount: done.size,
        points: (await store.collection<any>('points_balances').get(memberId))?.total ?? 0,
      },
      resume: resume?.contentId ?? null,
      planNext: gaps.filter(visible).slice(0, 3),
      percentOf,
    };
  }

  /** The home's figures equal the records' (stats, resume, plan items, each card's progress). */
  async function expectMatches(memberId = MEMBER) {
    const shown = await home(memberId);
    const want = await fromRecords(memberId);
    expect(shown.stats).toEqual(want.stats);
    expect(shown.resume?.contentId ?? null).toBe(want.resume);
    expect(shown.planNext.map((card: any) => card.contentId)).toEqual(want.planNext);
    for (const card of [shown.resume, ...shown.planNext, ...shown.recommended, ...shown.latest].filter(Boolean))
      expect([card.contentId, card.percent]).toEqual([card.contentId, want.percentOf(card.contentId)]);
    return shown;
  }

  async function publishArticle(title: string, estimatedMinutes = 1): Promise<string> {
    const admin = d.as(DEMO.orgAdmin);
    const { contentId } = await ok(
      admin('admin.contentSave', {
        unitId: 'u-committee',
        kind: 'article',
        category: 'theory',
        title,
        body: '<p>正文</p>',
        estimatedMinutes,
      }),
    );
    await ok(admin('admin.contentPublish', { contentId }));
    return contentId;
  }

  /** Opens an item and beats every ten seconds of the test clock, `count` times. */
  async function study(memberId: string, contentId: string, count: number) {
    const { sessionId } = await ok(d.as(memberId)('study.open', { contentId }));
    for (let i = 0; i < count; i += 1) {
      d.clock.now += 10 * SECOND;
      await ok(d.as(memberId)('study.heartbeat', { sessionId, playing: true }));
    }
  }

  test('a warm study home reads the store at most three times, however many members and records there are', async () => {
    await home(); // the first home builds the summary from the records
    const [warm] = await readsOf('study.home', () => home());
    expect(warm).toBeLessThanOrEqual(3);
    const others = (await all('members', { role: 'member', status: 'normal' }))
      .map((m) => m._id)
      .filter((id) => id !== MEMBER)
      .slice(0, 12);
    await seedSyntheticMembers(store, 60, d.clock.now);
    const extra = await publishArticle('读数测试文章');
    for (const memberId of others) await study(memberId, extra, 3);
    await study(MEMBER, extra, 2);
    const [after] = await readsOf('study.home', () => home());
    expect(after).toBe(warm);
  });

  test('every figure follows opening, credit, completion and a plan assigned, as the records have them', async () => {
    await home();
    await expectMatches();
    const first = await publishArticle('汇总第一篇');
    const second = await publishArticle('汇总第二篇', 2);
    await study(MEMBER, first, 2); // opened and credited, not yet complete
    await expectMatches();
    await study(MEMBER, first, 6); // completed: points, completion, today's minutes
    const afterFirst = await expectMatches();
    expect(afterFirst.stats.completedCount).toBeGreaterThan(0);
    await ok(
      d.as(DEMO.orgAdmin)('admin.planCreate', {
        unitId: 'u-committee',
        title: '汇总测试计划',
        itemIds: [first, second],
        startAt: d.clock.now - 1000,
        deadline: d.clock.now + 7 * DAY,
      }),
    );
    const planned = await expectMatches();
    expect(planned.planNext.map((card: any) => card.contentId)).toContain(second);
    expect(planned.planNext.map((card: any) => card.contentId)).not.toContain(first);
    await study(MEMBER, second, 3);
    await expectMatches();
    d.clock.now += DAY; // a new day: today's minutes start again, yesterday joins the streak
    await expectMatches();
    expect(await ok(d.system('system.reconcileStudy'))).toEqual({ delivered: 0, summaries: 0, unitPlans: 0 });
  });

  test('a summary write that fails leaves its event for the drain, after which every figure is right again', async () => {
    const contentId = await publishArticle('汇总失败重试');
    await home();
    const real = studySummaryConsumer.plan;
    const failing = jest.spyOn(studySummaryConsumer, 'plan').mockImplementation(async (event, ctx) => {
      const writes = await real.call(studySummaryConsumer, event, ctx);
      return [() => Promise.reject(new Error('crash in the consumer')), ...writes];
    });
    try {
      await study(MEMBER, contentId, 8);
    } finally {
      failing.mockRestore();
    }
    expect(await store.collection('events').count({})).toBeGreaterThan(0);
    const stale = await home();
    expect(stale.stats.completedCount).toBeLessThan((await fromRecords(MEMBER)).stats.completedCount);
    const drained = await ok(d.system('system.drainEvents'));
    expect(drained.waiting).toBe(0);
    await expectMatches();
    expect(await ok(d.system('system.reconcileStudy'))).toEqual({ delivered: 0, summaries: 0, unitPlans: 0 });
  });

  test('the nightly reconcile repairs a summary that drifted and a unit whose plans were lost', async () => {
    await home();
    const id = `m:${MEMBER}`;
    await store.collection<any>('study_views').updateWhere({ _id: id }, { $inc: { points: 7, 'days.20200101': 600 } });
    await store.collection<any>('study_views').removeWhere({ _id: 'u:u-committee' });
    expect(await ok(d.system('system.reconcileStudy'))).toEqual({ delivered: 0, summaries: 1, unitPlans: 1 });
    await expectMatches();
    expect(await ok(d.system('system.reconcileStudy'))).toEqual({ delivered: 0, summaries: 0, unitPlans: 0 });
  });

  test('the reconcile refuses anyone but the system and changes nothing then', async () => {
    const before = await store.collection<any>('study_views').get(`m:${MEMBER}`);
    const refused = await d.as(DEMO.superAdmin)('system.reconcileStudy', {});
    expect(refused.ok).toBe(false);
    expect(await store.collection<any>('study_views').get(`m:${MEMBER}`)).toEqual(before);
  });
});
