import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/** Study through the real dispatcher, with a clock the test moves: content, verified time, plans, notes, points. */
const SECOND = 1000;
const MEMBER = DEMO.member; // 西苑社区党支部
const WEST_ADMIN = 'm-007';

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

const article = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-gb-com',
  kind: 'article',
  category: 'theory',
  title: '学习新修订的党章',
  summary: '逐条解读党章修订要点',
  body: '<h2>一、总纲</h2><p>正文内容</p>',
  tags: ['党章', '理论'],
  estimatedMinutes: 1,
  ...overrides,
});

async function publish(overrides: Record<string, unknown> = {}, publishAt?: number): Promise<string> {
  const admin = d.as(DEMO.orgAdmin);
  const { contentId } = await ok(admin('admin.contentSave', article(overrides)));
  await ok(admin('admin.contentPublish', publishAt ? { contentId, publishAt } : { contentId }));
  return contentId;
}

/** Beats every `step` seconds of the test clock, `count` times. */
async function beat(sessionId: string, count: number, step = 10, extra: Record<string, unknown> = {}) {
  let last: any;
  for (let i = 0; i < count; i += 1) {
    d.clock.now += step * SECOND;
    last = await ok(d.as(MEMBER)('study.heartbeat', { sessionId, playing: true, ...extra }));
  }
  return last;
}

describe('content library', () => {
  test('a draft is invisible; published content is listed, searchable and readable; taking down hides it', async () => {
    const admin = d.as(DEMO.orgAdmin);
    const { contentId } = await ok(admin('admin.contentSave', article({ title: '草稿不可见的文章' })));
    const member = d.as(MEMBER);
    expect((await member('study.get', { contentId })).error.code).toBe('NOT_FOUND');
    await ok(admin('admin.contentPublish', { contentId }));
    const detail = await ok(member('study.get', { contentId }));
    expect(detail.body).toContain('<h2>一、总纲</h2>');
    const found = await ok(member('study.list', { keyword: '草稿不可' }));
    expect(found.items.map((c: any) => c.contentId)).toContain(contentId);
    expect((await ok(member('study.list', { keyword: '完全无关的词' }))).total).toBe(0);
    await ok(admin('admin.contentTakeDown', { contentId }));
    expect((await member('study.get', { contentId })).error.code).toBe('NOT_FOUND');
  });

  test('scheduled publication shows the item only from its time', async () => {
    const contentId = await publish({ title: '定时发布的文章' }, d.clock.now + 3600 * SECOND);
    const member = d.as(MEMBER);
    expect((await member('study.get', { contentId })).error.code).toBe('NOT_FOUND');
    d.clock.now += 3601 * SECOND;
    expect((await ok(member('study.get', { contentId }))).title).toBe('定时发布的文章');
  });

  test('the body is sanitised on the server', async () => {
    const contentId = await publish({
      body: '<p onclick="x()">安全</p><script>alert(1)</script><iframe src="https://x"></iframe><img src="https://a.cn/x.png" onload="y()">',
    });
    const { body } = await ok(d.as(MEMBER)('study.get', { contentId }));
    expect(body).not.toMatch(/script|iframe|onload|onclick/);
    expect(body).toContain('<p>安全</p>');
    expect(body).toContain('src="https://a.cn/x.png"');
  });

  test('an audience outside my branch hides the item, and admins outside the audience cannot edit it', async () => {
    const contentId = await publish({ unitId: 'u-b-east', title: '只给东湖的文章' });
    expect((await d.as(MEMBER)('study.get', { contentId })).error.code).toBe('FORBIDDEN');
    expect((await d.as(WEST_ADMIN)('admin.contentTakeDown', { contentId })).error.code).toBe('OUT_OF_SCOPE');
  });

  test('favourites and recently read', async () => {
    const contentId = await publish({ title: '收藏的文章' });
    const member = d.as(MEMBER);
    await ok(member('study.favorite', { contentId, on: true }));
    await ok(member('study.favorite', { contentId, on: true }));
    const favorites = await ok(member('study.mine', { view: 'favorites' }));
    expect(favorites.items.filter((c: any) => c.contentId === contentId)).toHaveLength(1);
    await ok(member('study.open', { contentId }));
    const recent = await ok(member('study.mine', { view: 'recent' }));
    expect(recent.items[0].contentId).toBe(contentId);
    await ok(member('study.favorite', { contentId, on: false }));
    expect((await ok(member('study.get', { contentId }))).favorite).toBe(false);
  });
});

describe('verified study time', () => {
  test('an article counts at 60 % of its time; idle gaps and beats after the length are not credited', async () => {
    const contentId = await publish({ title: '一分钟的文章', estimatedMinutes: 1 });
    const member = d.as(MEMBER);
    const { sessionId } = await ok(member('study.open', { contentId }));
    let result = await beat(sessionId, 2);
    expect(result.progress.creditedSeconds).toBe(20);
    // The phone slept for ten minutes: at most one beat gap counts.
    d.clock.now += 600 * SECOND;
    result = await ok(member('study.heartbeat', { sessionId, playing: true }));
    expect(result.credited).toBe(25);
    expect(result.progress.completed).toBe(true);
    expect(result.pointsAwarded).toBeGreaterThan(0);
    // Reading on past the length adds nothing.
    result = await beat(sessionId, 3);
    expect(result.progress.creditedSeconds).toBe(60);
    expect(result.credited).toBe(0);
  });

  test('a hidden page (playing false) earns nothing', async () => {
    const contentId = await publish({ title: '后台挂机的文章', estimatedMinutes: 5 });
    const { sessionId } = await ok(d.as(MEMBER)('study.open', { contentId }));
    const result = await beat(sessionId, 3, 10, { playing: false });
    expect(result.progress.creditedSeconds).toBe(0);
  });

  test('only the newest session counts: a second device takes over', async () => {
    const contentId = await publish({ title: '两台设备的文章', estimatedMinutes: 5 });
    const member = d.as(MEMBER);
    const first = await ok(member('study.open', { contentId }));
    const second = await ok(member('study.open', { contentId }));
    d.clock.now += 10 * SECOND;
    const stale = await ok(member('study.heartbeat', { sessionId: first.sessionId, playing: true }));
    expect(stale).toMatchObject({ superseded: true, credited: 0 });
    const live = await ok(member('study.heartbeat', { sessionId: second.sessionId, playing: true }));
    expect(live).toMatchObject({ superseded: false, credited: 10 });
  });

  test('the same beat sent many times at once is credited once', async () => {
    const contentId = await publish({ title: '重复心跳的文章', estimatedMinutes: 5 });
    const member = d.as(MEMBER);
    const { sessionId } = await ok(member('study.open', { contentId }));
    d.clock.now += 10 * SECOND;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => ok(member('study.heartbeat', { sessionId, playing: true }))),
    );
    expect(results.reduce((sum, r) => sum + r.credited, 0)).toBe(10);
    expect((await ok(member('study.get', { contentId }))).progress.creditedSeconds).toBe(10);
  });

  test('media counts timeline played: seeking ahead or past the end covers nothing; 90 % completes', async () => {
    const contentId = await publish({
      title: '一百秒的视频',
      kind: 'video',
      body: '',
      media: 'https://media.example.cn/v.mp4',
      durationSeconds: 100,
    });
    const member = d.as(MEMBER);
    const { sessionId } = await ok(member('study.open', { contentId }));
    let result = await beat(sessionId, 1, 10, { position: 10 });
    expect(result.progress.watchedSeconds).toBe(10);
    // Jump to 80 s in ten seconds of wall time: a seek, not playback.
    result = await beat(sessionId, 1, 10, { position: 80 });
    expect(result.progress.watchedSeconds).toBe(10);
    // Past the end: nothing.
    result = await beat(sessionId, 1, 10, { position: 500 });
    expect(result.progress.watchedSeconds).toBe(10);
    expect(result.progress.completed).toBe(false);
    // Back to 10 s and play honestly to 95 s (2x speed allowed).
    await beat(sessionId, 1, 10, { position: 10, playing: false });
    let position = 10;
    while (position < 85) {
      position = Math.min(85, position + 15);
      result = await beat(sessionId, 1, 10, { position });
    }
    expect(result.progress.watchedSeconds).toBe(85);
    expect(result.progress.completed).toBe(false);
    // Rewatching the start adds nothing new.
    await beat(sessionId, 1, 10, { position: 0, playing: false });
    result = await beat(sessionId, 1, 10, { position: 15 });
    expect(result.progress.watchedSeconds).toBe(85);
    // Playing on from 85 s to 95 s completes it.
    await beat(sessionId, 1, 10, { position: 85, playing: false });
    result = await beat(sessionId, 1, 10, { position: 95 });
    expect(result.progress.watchedSeconds).toBe(95);
    expect(result.progress.completed).toBe(true);
  });

  test('stats: minutes today, last seven days and a streak', async () => {
    const stats = await ok(d.as(MEMBER)('study.stats', {}));
    expect(stats.todayMinutes).toBeGreaterThanOrEqual(1);
    expect(stats.lastSevenDays).toHaveLength(7);
    expect(stats.streakDays).toBeGreaterThanOrEqual(1);
    expect(stats.completedCount).toBeGreaterThanOrEqual(2);
  });
});

describe('plans, notes and points', () => {
  test('a plan completes when its items do; the report counts per unit and per member; reminders reach the rest', async () => {
    const first = await publish({ title: '计划第一篇', estimatedMinutes: 1 });
    const second = await publish({ title: '计划第二篇', estimatedMinutes: 1 });
    const { planId } = await ok(
      d.as(DEMO.orgAdmin)('admin.planCreate', {
        unitId: 'u-gb-com',
        title: '十一月学习计划',
        itemIds: [first, second],
        startAt: d.clock.now - 1000,
        deadline: d.clock.now + 7 * 86_400 * SECOND,
      }),
    );
    const member = d.as(MEMBER);
    let mine = await ok(member('study.plans', {}));
    expect(mine.items.find((p: any) => p.planId === planId)).toMatchObject({ done: 0, itemCount: 2 });
    const home = await ok(member('study.home', {}));
    expect(home.planNext.map((c: any) => c.contentId)).toEqual(expect.arrayContaining([first, second]));
    expect(home.planNext[0].planTitle).toBe('十一月学习计划');
    expect(home.recommended.map((c: any) => c.contentId)).not.toContain(first);

    const before = (await ok(member('points.mine', {}))).balance;
    let points = 0;
    for (const contentId of [first, second]) {
      const { sessionId } = await ok(member('study.open', { contentId }));
      points += (await beat(sessionId, 4)).pointsAwarded;
    }
    mine = await ok(member('study.plans', {}));
    expect(mine.items.find((p: any) => p.planId === planId)).toMatchObject({ done: 2, completed: true });
    const history = await ok(member('points.mine', {}));
    expect(history.balance - before).toBe(points);
    expect(history.items.map((i: any) => i.rule)).toContain('plan_complete');

    const report = await ok(d.as(DEMO.orgAdmin)('admin.planReport', { planId }));
    const memberCount = await store.collection('members').count({ unitPath: 'u-gb-com', status: 'normal' });
    expect(report.members).toBe(memberCount);
    expect(report.completedMembers).toBe(1);
    expect(report.units.reduce((sum: number, u: any) => sum + u.members, 0)).toBe(memberCount);
    expect(report.rows.find((r: any) => r.memberId === MEMBER)).toMatchObject({ done: 2, completed: true });
    const west = report.units.find((u: any) => u.unitId === 'u-b-west');
    expect(west.completed).toBe(1);

    const { reminded } = await ok(d.as(DEMO.orgAdmin)('admin.planRemind', { planId }));
    expect(reminded).toBe(memberCount - 1);
    const exported = await ok(d.as(DEMO.orgAdmin)('admin.planExport', { planId }));
    expect(exported.fileName).toMatch(/\.xlsx$/);
  });

  test('notes pass content safety, are reviewed once, and approval awards points', async () => {
    const contentId = await publish({ title: '写心得的文章' });
    const member = d.as(MEMBER);
    const risky = await member('study.noteSubmit', {
      targetKind: 'content',
      targetId: contentId,
      text: '这里有违禁词的内容，不能发布。',
    });
    expect(risky.error.code).toBe('CONTENT_REJECTED');
    const note = await ok(
      member('study.noteSubmit', {
        targetKind: 'content',
        targetId: contentId,
        text: '学习党章让我更加明确了党员的义务。',
      }),
    );
    expect(note.status).toBe('pending');
    const queue = await ok(d.as(WEST_ADMIN)('admin.noteQueue', { unitId: 'u-b-west', status: 'pending' }));
    expect(queue.items.map((n: any) => n.noteId)).toContain(note.noteId);
    expect(
      (await d.as(DEMO.eastBranchAdmin)('admin.noteReview', { noteId: note.noteId, approve: true })).error.code,
    ).toBe('OUT_OF_SCOPE');
    const before = (await ok(member('points.mine', {}))).balance;
    const [a, b] = await Promise.all([
      d.as(WEST_ADMIN)('admin.noteReview', { noteId: note.noteId, approve: true, showInBranch: true }),
      d.as(DEMO.orgAdmin)('admin.noteReview', { noteId: note.noteId, approve: true, showInBranch: true }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect((await ok(member('points.mine', {}))).balance - before).toBe(3);
    const wall = await ok(member('study.branchNotes', {}));
    expect(wall.items.map((n: any) => n.noteId)).toContain(note.noteId);
  });

  test('returning a note needs a comment', async () => {
    const result = await d.as(WEST_ADMIN)('admin.noteReview', { noteId: 'note-x', approve: false });
    expect(result.error.code).toBe('VALIDATION_FAILED');
  });

  test('rules are configurable and audited; the ranking shares ranks on ties', async () => {
    const admin = d.as(DEMO.orgAdmin);
    const saved = await ok(
      d.as(DEMO.superAdmin)('admin.pointsRulesSave', {
        rules: [{ rule: 'read_article', points: 4, dailyCap: 8, enabled: true }],
      }),
    );
    expect(saved.rules.find((r: any) => r.rule === 'read_article')).toMatchObject({ points: 4, dailyCap: 8 });
    expect((await d.as(WEST_ADMIN)('admin.pointsRulesSave', { rules: [] })).error.code).toMatch(/FORBIDDEN|VALIDATION/);
    const balances = store.collection<any>('points_balances');
    for (const [id, total] of [
      ['m-020', 50],
      ['m-025', 50],
      ['m-030', 40],
    ] as const) {
      const person = await store.collection<any>('members').get(id);
      await balances.insert({ _id: id, unitPath: person.unitPath, total: total + 1000, updatedAt: FIXED_NOW });
    }
    const ranking = await ok(admin('admin.pointsRanking', { unitId: 'u-committee', limit: 3 }));
    expect(ranking.items.map((r: any) => r.rank)).toEqual([1, 1, 3]);
    const second = await ok(admin('admin.pointsRanking', { unitId: 'u-committee', skip: 1, limit: 2 }));
    expect(second.items.map((r: any) => r.rank)).toEqual([1, 3]);
  });
});

describe('uploads', () => {
  test('long media go up in pieces: retries are kept once, strangers cannot add, the file is whole', async () => {
    const admin = d.as(DEMO.orgAdmin);
    const media = Buffer.alloc(2_500_000);
    for (let i = 0; i < media.length; i += 1) media[i] = (i * 31) % 256;
    const base64 = media.toString('base64');
    const size = 1_048_576; // a multiple of 4: each piece decodes on its own
    const pieces = Array.from({ length: Math.ceil(base64.length / size) }, (_, i) =>
      base64.slice(i * size, (i + 1) * size),
    );
    const send = (who: string, index: number) =>
      d.as(who)('admin.studyUploadChunk', {
        uploadId: 'up-test-1',
        index,
        total: pieces.length,
        name: '党课.mp4',
        content: pieces[index],
      });
    expect((await ok(send(DEMO.orgAdmin, 0))).received).toBe(1);
    expect((await ok(send(DEMO.orgAdmin, 0))).received).toBe(1);
    expect((await send(DEMO.eastBranchAdmin, 1)).error.code).toBe('CONFLICT');
    let last: any;
    for (let index = 1; index < pieces.length; index += 1) last = await ok(send(DEMO.orgAdmin, index));
    expect(last).toMatchObject({ done: true, received: pieces.length });
    const stored = await (d.services.platform.files as any).read(last.fileId);
    expect(Buffer.compare(stored.content, media)).toBe(0);
    expect(await store.collection('upload_chunks').count({})).toBe(0);
    const wrongType = await admin('admin.studyUploadChunk', {
      uploadId: 'up-test-2',
      index: 0,
      total: 1,
      name: 'a.exe',
      content: 'AAAA',
    });
    expect(wrongType.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('plans with an exam', () => {
  test('a plan with an exam completes when the items are learnt and the exam is passed', async () => {
    const admin = d.as(DEMO.orgAdmin);
    const contentId = await publish({ title: '带考试的计划文章', estimatedMinutes: 1 });
    const { questionId } = await ok(
      admin('admin.questionSave', {
        unitId: 'u-committee',
        type: 'judge',
        stem: '党员应当按期交纳党费。',
        answer: ['对'],
      }),
    );
    const { quizId } = await ok(
      admin('admin.quizSave', {
        unitId: 'u-committee',
        kind: 'exam',
        title: '计划里的考试',
        fixedQuestionIds: [questionId],
        opensAt: d.clock.now - 1000,
        closesAt: d.clock.now + 86_400 * SECOND,
        attemptLimit: 3,
        passPercent: 100,
      }),
    );
    const { planId } = await ok(
      admin('admin.planCreate', {
        unitId: 'u-gb-com',
        title: '学考结合计划',
        itemIds: [contentId],
        quizIds: [quizId],
        startAt: d.clock.now - 1000,
        deadline: d.clock.now + 86_400 * SECOND,
      }),
    );
    const member = d.as(MEMBER);
    const { sessionId } = await ok(member('study.open', { contentId }));
    await beat(sessionId, 4);
    let mine = (await ok(member('study.plans', {}))).items.find((p: any) => p.planId === planId);
    expect(mine).toMatchObject({ done: 1, itemCount: 2, completed: false });
    expect(mine.quizzes).toEqual([{ quizId, title: '计划里的考试', passed: false }]);
    // A failed attempt does not count; a passed one finishes the plan and awards its points.
    const failed = await ok(member('quiz.startExam', { quizId }));
    d.clock.now += 30 * SECOND;
    await ok(member('quiz.submit', { attemptId: failed.attemptId, answers: { [questionId]: false } }));
    mine = (await ok(member('study.plans', {}))).items.find((p: any) => p.planId === planId);
    expect(mine.completed).toBe(false);
    const passed = await ok(member('quiz.startExam', { quizId }));
    d.clock.now += 30 * SECOND;
    const result = await ok(member('quiz.submit', { attemptId: passed.attemptId, answers: { [questionId]: true } }));
    expect(result.passed).toBe(true);
    // The pass is announced; the plan's points follow from its consumer, in the points history (not the result).
    const history = await ok(member('points.mine', {}));
    expect(history.items.map((i: any) => i.reason)).toContain('完成学习计划「学考结合计划」');
    mine = (await ok(member('study.plans', {}))).items.find((p: any) => p.planId === planId);
    expect(mine).toMatchObject({ done: 2, completed: true });
    const report = await ok(admin('admin.planReport', { planId }));
    expect(report.rows.find((r: any) => r.memberId === MEMBER)).toMatchObject({ done: 2, total: 2, completed: true });
  });
});
