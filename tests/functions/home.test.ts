import { rmSync } from 'node:fs';
import type { CallRecord } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoHome } from '../../scripts/seed/demo-home';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { seedDemoVotes } from '../../scripts/seed/demo-votes';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * The member's home (me.home) through the real dispatcher, on the demo organisation with its study content,
 * question bank, votes and banners: what it shows, how it follows what members do, what it costs in store
 * reads, who sees what, and the banners admins set.
 */
const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
const WEST_MEMBER = DEMO.member; // 西苑社区党支部
const WEST_ADMIN = 'm-007';
const EAST_ADMIN = DEMO.eastBranchAdmin;

let store: DocStore;
let dataDir: string;
let d: Dispatcher;
let eastMember: string;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoStudy(store, FIXED_NOW);
  await seedDemoQuiz(store, FIXED_NOW);
  await seedDemoVotes(store, FIXED_NOW);
  await seedDemoHome(store, FIXED_NOW);
  const [east] = await store
    .collection<any>('members')
    .find({ unitId: 'u-b-east', role: 'member', stage: 'full', status: 'normal' }, { limit: 1 });
  eastMember = east._id;
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const home = (memberId: string) => ok(d.as(memberId)('me.home'));

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

async function publishArticle(unitId: string, title: string, estimatedMinutes = 2): Promise<string> {
  const admin = d.as(DEMO.orgAdmin);
  const { contentId } = await ok(
    admin('admin.contentSave', {
      unitId,
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

async function createActivity(unitId: string, title: string, startIn: number): Promise<string> {
  const { activityId } = await ok(
    d.as(DEMO.orgAdmin)('admin.activityCreate', {
      unitId,
      type: 'theme_day',
      title,
      startAt: d.clock.now + startIn,
      endAt: d.clock.now + startIn + 2 * HOUR,
      place: { text: '党员活动室' },
      capacity: 50,
      signupOpensAt: d.clock.now - HOUR,
      signupClosesAt: d.clock.now + startIn,
      cancelPolicy: 'any_time',
    }),
  );
  return activityId;
}

async function createPoll(unitId: string, title: string): Promise<string> {
  const { voteId } = await ok(
    d.as(DEMO.orgAdmin)('admin.voteCreate', {
      unitId,
      kind: 'poll',
      title,
      options: ['同意', '不同意'],
      opensAt: d.clock.now - HOUR,
      closesAt: d.clock.now + 3 * DAY,
    }),
  );
  return voteId;
}

/** What the vote routes say the member still has to vote in. */
async function votesToDo(memberId: string): Promise<string[]> {
  const call = d.as(memberId);
  const { items } = await ok(call('vote.list', { limit: 100 }));
  const open = items.filter((vote: any) => vote.state === 'open' && !vote.voted);
  const eligible = await Promise.all(
    open.map(async (vote: any) => (await ok(call('vote.detail', { voteId: vote.voteId }))).eligible),
  );
  return open
    .filter((_: unknown, i: number) => eligible[i])
    .map((vote: any) => vote.voteId)
    .sort();
}

describe('what the home shows a seeded member', () => {
  test('who they are, the banners of their units, the latest items, their votes, today’s quiz and points', async () => {
    const member = d.as(WEST_MEMBER);
    const [view, card, list, points, stats] = await Promise.all([
      home(WEST_MEMBER),
      ok(member('me.card')),
      ok(member('study.list', { limit: 4 })),
      ok(member('points.mine', {})),
      ok(member('study.stats')),
    ]);
    expect(view.serverNow).toBe(d.clock.now);
    expect(view.member).toEqual({
      name: card.name,
      role: card.role,
      unitName: card.unitName,
      stage: card.stage,
      joinedAt: card.joinedAt,
    });
    // The committee's banner and the general branch's, newest first.
    expect(view.banners.map((b: any) => b.bannerId)).toEqual(['banner-demo-poll', 'banner-demo-topic']);
    expect(view.banners[1]).toEqual({
      bannerId: 'banner-demo-topic',
      title: '专题学习：严格党的组织生活',
      subtitle: '党章义务、三会一课、党费交纳，一次学全',
      coverUrl: null,
      target: { kind: 'content', id: 'c-demo-topic' },
    });
    expect(view.latest).toEqual(list.items);
    expect(view.today.votes.map((v: any) => v.voteId).sort()).toEqual(await votesToDo(WEST_MEMBER));
    expect(view.today.dailyQuiz).toEqual({ done: false, questionCount: 5 });
    expect(view.today.studyGoalMinutes).toBeGreaterThan(0);
    expect(view.points.total).toBe(points.balance);
    expect(view.points.streakDays).toBe(stats.streakDays);
    expect(view.notices).toEqual({ unread: 0, latest: null });
  });
});

describe('the home follows what the member does', () => {
  test('studying to the end of a plan item: minutes, the plan, the card, points and streak', async () => {
    const contentId = await publishArticle('u-b-west', '西苑支部学习材料');
    const { planId } = await ok(
      d.as(WEST_ADMIN)('admin.planCreate', {
        unitId: 'u-b-west',
        title: '本周学习',
        itemIds: [contentId],
        startAt: d.clock.now - HOUR,
        deadline: d.clock.now + 3 * DAY,
      }),
    );
    const before = await home(WEST_MEMBER);
    expect(before.today.plansDue).toContainEqual({
      planId,
      title: '本周学习',
      dueAt: d.clock.now + 3 * DAY,
      done: 0,
      total: 1,
    });
    expect(before.latest[0]).toMatchObject({ contentId, percent: 0, completed: false });

    const member = d.as(WEST_MEMBER);
    const { sessionId } = await ok(member('study.open', { contentId }));
    for (let i = 0; i < 8; i += 1) {
      d.clock.now += 10 * SECOND;
      await ok(member('study.heartbeat', { sessionId, playing: true }));
    }
    const [after, stats, points] = await Promise.all([
      home(WEST_MEMBER),
      ok(member('study.stats')),
      ok(member('points.mine', {})),
    ]);
    expect(after.today.studyMinutes).toBe(stats.todayMinutes);
    expect(after.today.studyMinutes).toBe(1);
    expect(after.today.plansDue.map((p: any) => p.planId)).not.toContain(planId);
    expect(after.latest[0]).toMatchObject({ contentId, percent: 100, completed: true });
    expect(after.points.total).toBe(points.balance);
    expect(after.points.total).toBeGreaterThan(before.points.total);
    expect(after.points.streakDays).toBe(stats.streakDays);
    expect(after.points.streakDays).toBe(1);
    const ranking = await ok(d.as(WEST_ADMIN)('admin.pointsRanking', { unitId: 'u-b-west', limit: 100 }));
    expect(after.points.branchRank).toBe(ranking.items.find((row: any) => row.memberId === WEST_MEMBER).rank);
  });

  test('handing in the daily quiz', async () => {
    const member = d.as(WEST_MEMBER);
    const daily = await ok(member('quiz.startDaily'));
    await ok(member('quiz.submit', { attemptId: daily.attemptId, answers: {} }));
    const [view, points] = await Promise.all([home(WEST_MEMBER), ok(member('points.mine', {}))]);
    expect(view.today.dailyQuiz).toEqual({ done: true, questionCount: daily.questions.length });
    expect(view.points.total).toBe(points.balance);
  });

  test('signing up, cancelling, signing up again and checking in', async () => {
    const activityId = await createActivity('u-b-west', '西苑支部主题党日', 2 * DAY);
    const later = await createActivity('u-b-west', '下月的主题党日', 20 * DAY);
    const member = d.as(WEST_MEMBER);
    const ids = async () => (await home(WEST_MEMBER)).today.activities.map((a: any) => a.activityId);
    expect(await ids()).toEqual([]);
    await ok(member('activity.signUp', { activityId }));
    await ok(member('activity.signUp', { activityId: later }));
    const signedUp = await home(WEST_MEMBER);
    // Only what starts within 7 days.
    expect(signedUp.today.activities).toEqual([
      {
        activityId,
        title: '西苑支部主题党日',
        type: 'theme_day',
        startAt: d.clock.now + 2 * DAY,
        endAt: d.clock.now + 2 * DAY + 2 * HOUR,
        placeText: '党员活动室',
        checkinOpensAt: d.clock.now + 2 * DAY - 30 * 60 * SECOND,
        checkinClosesAt: d.clock.now + 2 * DAY + 2 * HOUR + 30 * 60 * SECOND,
        checkedIn: false,
      },
    ]);
    await ok(member('activity.cancel', { activityId }));
    expect(await ids()).toEqual([]);
    await ok(member('activity.signUp', { activityId }));
    expect(await ids()).toEqual([activityId]);

    d.clock.now += 2 * DAY;
    const { token } = await ok(d.as(WEST_ADMIN)('admin.checkinToken', { activityId }));
    await ok(member('activity.checkIn', { token }));
    const [view, points] = await Promise.all([home(WEST_MEMBER), ok(member('points.mine', {}))]);
    expect(view.today.activities).toMatchObject([{ activityId, checkedIn: true }]);
    expect(view.points.total).toBe(points.balance);
    // The next day the study streak of yesterday carries on, today not yet studied.
    expect(view.points.streakDays).toBe((await ok(member('study.stats'))).streakDays);
  });

  test('voting takes the vote off the list', async () => {
    const voteId = await createPoll('u-b-west', '西苑支部活动意见征集');
    expect((await home(WEST_MEMBER)).today.votes.map((v: any) => v.voteId)).toContain(voteId);
    await ok(d.as(WEST_MEMBER)('vote.cast', { voteId, optionIds: ['o1'], castId: 'home-test-cast-id-000000001' }));
    const view = await home(WEST_MEMBER);
    expect(view.today.votes.map((v: any) => v.voteId)).not.toContain(voteId);
    expect(view.today.votes.map((v: any) => v.voteId).sort()).toEqual(await votesToDo(WEST_MEMBER));
  });

  test('notices count unread until the member reads them', async () => {
    const { planId } = await ok(
      d.as(WEST_ADMIN)('admin.planCreate', {
        unitId: 'u-b-west',
        title: '提醒测试计划',
        itemIds: ['c-demo-5'],
        startAt: d.clock.now - HOUR,
        deadline: d.clock.now + 5 * DAY,
      }),
    );
    await ok(d.as(WEST_ADMIN)('admin.planRemind', { planId }));
    const reminded = await home(WEST_MEMBER);
    expect(reminded.notices.unread).toBeGreaterThanOrEqual(1);
    expect(reminded.notices.latest).toEqual({ title: '学习计划提醒', at: d.clock.now });
    expect(await ok(d.as(WEST_MEMBER)('me.noticesRead'))).toEqual({ unread: 0 });
    expect((await home(WEST_MEMBER)).notices.unread).toBe(0);
  });
});

describe('store reads', () => {
  test('a warm home reads the store at most three times, and stays warm as the member acts', async () => {
    await home(WEST_MEMBER);
    expect(Math.max(...(await readsOf('me.home', () => home(WEST_MEMBER))))).toBeLessThanOrEqual(3);
    const member = d.as(WEST_MEMBER);
    const { sessionId } = await ok(member('study.open', { contentId: 'c-demo-3' }));
    d.clock.now += 10 * SECOND;
    await ok(member('study.heartbeat', { sessionId, playing: true }));
    const reads = await readsOf('me.home', async () => {
      await home(WEST_MEMBER);
      await home(WEST_MEMBER);
    });
    expect(reads).toHaveLength(2);
    for (const count of reads) expect(count).toBeLessThanOrEqual(3);
  });

  test('new content rebuilds the unit’s feed once, then the home is warm again', async () => {
    await home(WEST_MEMBER);
    const contentId = await publishArticle('u-gb-com', '总支新发布的学习材料');
    const reads = await readsOf('me.home', async () => {
      expect((await home(WEST_MEMBER)).latest[0].contentId).toBe(contentId);
      await home(WEST_MEMBER);
    });
    expect(reads[0]).toBeGreaterThan(3);
    expect(reads[1]).toBeLessThanOrEqual(3);
  });

  test('a missing summary and feed (data from before the home) are rebuilt from the records', async () => {
    const warm = await home(WEST_MEMBER);
    const views = store.collection<any>('home_views');
    expect(await views.removeWhere({ _id: { $in: [`member:${WEST_MEMBER}`, 'unit:u-b-west'] } }, { multi: true })).toBe(
      2,
    );
    const reads = await readsOf('me.home', async () => {
      expect(await home(WEST_MEMBER)).toEqual(warm);
      expect(await home(WEST_MEMBER)).toEqual(warm);
    });
    expect(reads[0]).toBeGreaterThan(3);
    expect(reads[1]).toBeLessThanOrEqual(3);
  });

  test('the next day the summary starts afresh: no minutes, the quiz to do again', async () => {
    d.clock.now += DAY;
    const member = d.as(WEST_MEMBER);
    const [view, stats] = await Promise.all([home(WEST_MEMBER), ok(member('study.stats'))]);
    expect(view.today.studyMinutes).toBe(0);
    expect(view.today.dailyQuiz.done).toBe(false);
    expect(view.points.streakDays).toBe(stats.streakDays);
  });
});

describe('audiences', () => {
  test('a member never sees the banners, votes, activities or content of another branch', async () => {
    const contentId = await publishArticle('u-b-west', '只给西苑支部的材料');
    const voteId = await createPoll('u-b-west', '只给西苑支部的投票');
    const activityId = await createActivity('u-b-west', '只给西苑支部的活动', DAY);
    const { bannerId } = await ok(
      d.as(WEST_ADMIN)('admin.homeBannerSave', {
        unitId: 'u-b-west',
        title: '西苑支部的横幅',
        target: { kind: 'content', id: contentId },
      }),
    );
    await ok(d.as(WEST_MEMBER)('activity.signUp', { activityId }));
    const west = await home(WEST_MEMBER);
    expect(west.banners.map((b: any) => b.bannerId)).toContain(bannerId);
    expect(west.latest.map((c: any) => c.contentId)).toContain(contentId);
    expect(west.today.votes.map((v: any) => v.voteId)).toContain(voteId);
    expect(west.today.activities.map((a: any) => a.activityId)).toContain(activityId);

    const east = await home(eastMember);
    expect(east.banners.map((b: any) => b.bannerId)).not.toContain(bannerId);
    expect(east.latest.map((c: any) => c.contentId)).not.toContain(contentId);
    expect(east.today.votes.map((v: any) => v.voteId)).not.toContain(voteId);
    expect(east.today.activities).toEqual([]);
    expect(east.latest).toEqual((await ok(d.as(eastMember)('study.list', { limit: 4 }))).items);
    expect(east.today.votes.map((v: any) => v.voteId).sort()).toEqual(await votesToDo(eastMember));
    // The general branch's banner reaches both branches.
    expect(east.banners.map((b: any) => b.bannerId)).toContain('banner-demo-poll');
  });

  test('a banner whose content is taken down disappears from every home', async () => {
    const contentId = await publishArticle('u-gb-com', '即将下架的材料');
    const { bannerId } = await ok(
      d.as(DEMO.orgAdmin)('admin.homeBannerSave', {
        unitId: 'u-gb-com',
        title: '即将下架的横幅',
        target: { kind: 'content', id: contentId },
      }),
    );
    expect((await home(eastMember)).banners.map((b: any) => b.bannerId)).toContain(bannerId);
    await ok(d.as(DEMO.orgAdmin)('admin.contentTakeDown', { contentId }));
    expect((await home(eastMember)).banners.map((b: any) => b.bannerId)).not.toContain(bannerId);
    expect((await home(WEST_MEMBER)).latest.map((c: any) => c.contentId)).not.toContain(contentId);
    const listed = await ok(d.as(DEMO.orgAdmin)('admin.homeBannerList', { unitId: 'u-gb-com' }));
    expect(listed.items.find((b: any) => b.bannerId === bannerId)).toMatchObject({ targetLive: false });
  });
});

describe('admin banners', () => {
  const save = (admin: string, input: Record<string, unknown>) => d.as(admin)('admin.homeBannerSave', input);
  const bannersOf = async (unitId: string) =>
    (await ok(d.as(DEMO.orgAdmin)('admin.homeBannerList', { unitId }))).items.map((b: any) => b.bannerId);
  const auditCount = async (unitId: string) =>
    (await ok(d.as(DEMO.superAdmin)('admin.auditList', { unitId, limit: 100 }))).total;

  test('outside the admin’s subtree: refused by the router', async () => {
    const result = await save(WEST_ADMIN, {
      unitId: 'u-b-east',
      title: '越权的横幅',
      target: { kind: 'content', id: 'c-demo-1' },
    });
    expect(result.error.code).toBe('OUT_OF_SCOPE');
  });

  test('targets the unit cannot see, or that are gone, closed or unpublished: a clear message, nothing changed', async () => {
    const eastOnly = await publishArticle('u-b-east', '只给东湖支部的材料');
    const { contentId: draft } = await ok(
      d.as(DEMO.orgAdmin)('admin.contentSave', {
        unitId: 'u-b-west',
        kind: 'article',
        category: 'theory',
        title: '没有发布的草稿',
        body: '<p>正文</p>',
        estimatedMinutes: 2,
      }),
    );
    const closed = await createPoll('u-b-west', '已经结束的投票');
    await ok(d.as(WEST_ADMIN)('admin.voteClose', { voteId: closed }));
    const eastActivity = await createActivity('u-b-east', '东湖支部的活动', DAY);
    const before = { banners: await bannersOf('u-b-west'), audit: await auditCount('u-b-west') };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ kind: 'content', id: eastOnly }, /看不到/],
      [{ kind: 'activity', id: eastActivity }, /看不到/],
      [{ kind: 'vote', id: 'vote-does-not-exist' }, /没有找到这次投票/],
      [{ kind: 'vote', id: closed }, /已经结束/],
      [{ kind: 'content', id: draft }, /还没有发布/],
    ];
    for (const [target, message] of cases) {
      const result = await save(WEST_ADMIN, { unitId: 'u-b-west', title: '不该保存的横幅', target });
      expect(result.error.code).toBe('VALIDATION_FAILED');
      expect(result.error.message).toMatch(message);
      expect(result.error.fields['target.id']).toMatch(message);
    }
    const badTitle = await save(WEST_ADMIN, {
      unitId: 'u-b-west',
      title: '短',
      target: { kind: 'content', id: 'c-demo-1' },
    });
    expect(badTitle.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { title: '标题至少 2 个字' } });
    const badKind = await save(WEST_ADMIN, { unitId: 'u-b-west', title: '横幅', target: { kind: 'quiz', id: 'x' } });
    expect(badKind.error.code).toBe('VALIDATION_FAILED');
    expect({ banners: await bannersOf('u-b-west'), audit: await auditCount('u-b-west') }).toEqual(before);
  });

  test('create, edit, remove: audited, seen by the subtree, another unit’s banner not reachable', async () => {
    const admin = WEST_ADMIN;
    const { bannerId } = await ok(
      save(admin, {
        unitId: 'u-b-west',
        title: '学党章',
        subtitle: '逐条学习',
        target: { kind: 'content', id: 'c-demo-1' },
      }),
    );
    const shown = async () => (await home(WEST_MEMBER)).banners.find((banner: any) => banner.bannerId === bannerId);
    expect(await shown()).toMatchObject({ title: '学党章', subtitle: '逐条学习' });
    await ok(
      save(admin, {
        unitId: 'u-b-west',
        bannerId,
        title: '学党章，守规矩',
        target: { kind: 'vote', id: 'vote-demo-poll' },
      }),
    );
    expect(await shown()).toMatchObject({
      title: '学党章，守规矩',
      subtitle: null,
      target: { kind: 'vote', id: 'vote-demo-poll' },
    });
    const audit = await ok(d.as(DEMO.superAdmin)('admin.auditList', { unitId: 'u-b-west', limit: 100 }));
    expect(audit.items.map((entry: any) => entry.summary)).toContain(
      '修改了西苑社区党支部首页的横幅「学党章，守规矩」',
    );

    // An east admin names their own unit but the west banner: not found, and unchanged.
    const foreign = await save(EAST_ADMIN, {
      unitId: 'u-b-east',
      bannerId,
      title: '改别人的横幅',
      target: { kind: 'content', id: 'c-demo-1' },
    });
    expect(foreign.error.code).toBe('NOT_FOUND');
    expect((await d.as(EAST_ADMIN)('admin.homeBannerRemove', { unitId: 'u-b-east', bannerId })).error.code).toBe(
      'NOT_FOUND',
    );

    const left = await ok(d.as(admin)('admin.homeBannerRemove', { unitId: 'u-b-west', bannerId }));
    expect(left.items.map((b: any) => b.bannerId)).not.toContain(bannerId);
    expect((await home(WEST_MEMBER)).banners.map((b: any) => b.bannerId)).not.toContain(bannerId);
  });

  test('a unit holds at most five banners', async () => {
    const existing = (await bannersOf('u-b-service')).length;
    for (let i = existing; i < 5; i += 1)
      await ok(
        save(DEMO.orgAdmin, { unitId: 'u-b-service', title: `横幅${i}`, target: { kind: 'content', id: 'c-demo-2' } }),
      );
    const sixth = await save(DEMO.orgAdmin, {
      unitId: 'u-b-service',
      title: '第六个横幅',
      target: { kind: 'content', id: 'c-demo-2' },
    });
    expect(sixth.error.code).toBe('CONFLICT');
    expect(sixth.error.message).toContain('最多放 5 个');
    expect(await bannersOf('u-b-service')).toHaveLength(5);
  });
});
