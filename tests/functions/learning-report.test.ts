import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * me.learningReport through the real dispatcher: every figure is a count of the records written here for one
 * member in November 2026 (FIXED_NOW) and October, weak points come from wrong answers and the wrong-answer
 * book, suggestions are only items the member may read, and only the member or their branch's admins see it.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MEMBER = DEMO.member; // 西苑社区党支部
const WEST_ADMIN = 'm-007';
const EAST_ADMIN = DEMO.eastBranchAdmin;
const NOV = Date.parse('2026-11-05T10:00:00+08:00');
const OCT = Date.parse('2026-10-12T10:00:00+08:00');
const DEC = Date.parse('2026-12-01T00:30:00+08:00');

/** The member's records, and a few of someone else's and outside the period that must not count. */
async function writeRecords(store: DocStore, other: string): Promise<void> {
  const insert = (name: string, doc: object) => store.collection<any>(name).insert(doc);
  for (const [memberId, day, seconds] of [
    [MEMBER, '2026-11-03', 600],
    [MEMBER, '2026-11-30', 1230],
    [MEMBER, '2026-10-15', 300],
    [MEMBER, '2026-12-01', 900],
    [other, '2026-11-03', 6000],
  ] as const)
    await insert('study_days', { _id: `${memberId}_${day}`, memberId, day, seconds });
  for (const [contentId, completedAt] of [
    ['c-demo-3', NOV],
    ['c-demo-5', NOV + DAY],
    ['c-demo-topic', OCT],
  ] as const)
    await insert('study_progress', {
      _id: `${MEMBER}_${contentId}`,
      memberId: MEMBER,
      contentId,
      creditedSeconds: 300,
      watched: [],
      position: 0,
      lastOpenedAt: completedAt,
      completedAt,
      version: 1,
    });
  await insert('study_progress', {
    _id: `${MEMBER}_c-demo-4`,
    memberId: MEMBER,
    contentId: 'c-demo-4',
    creditedSeconds: 60,
    watched: [],
    position: 0,
    lastOpenedAt: NOV,
    version: 1,
  });
  const attempt = (
    id: string,
    memberId: string,
    status: string,
    submittedAt: number,
    answers: Array<[string, boolean]>,
  ) =>
    insert('attempts', {
      _id: id,
      memberId,
      status,
      submittedAt,
      results: Object.fromEntries(answers.map(([q, correct]) => [q, { given: null, correct, score: correct ? 1 : 0 }])),
    });
  // 党章 (q1, q2, q3, q5): 1 of 4 right; 党史 (q6, q9, q10): 3 of 3; 组织生活 (q4): 1 of 1.
  await attempt('a-1', MEMBER, 'submitted', NOV, [
    ['q-demo-1', false],
    ['q-demo-2', false],
    ['q-demo-3', true],
    ['q-demo-6', true],
  ]);
  await attempt('a-2', MEMBER, 'submitted', NOV + 3 * DAY, [
    ['q-demo-5', false],
    ['q-demo-9', true],
    ['q-demo-10', true],
    ['q-demo-4', true],
  ]);
  await attempt('a-open', MEMBER, 'open', NOV, [['q-demo-6', false]]);
  await attempt('a-other', other, 'submitted', NOV, [['q-demo-6', false]]);
  await attempt('a-dec', MEMBER, 'submitted', DEC, [['q-demo-6', false]]);
  // The wrong-answer book: two 组织生活 questions and one 党章.
  for (const questionId of ['q-demo-7', 'q-demo-8', 'q-demo-1'])
    await insert('wrong_book', {
      _id: `${MEMBER}_${questionId}`,
      memberId: MEMBER,
      questionId,
      due: NOV,
      updatedAt: NOV,
    });
  for (const [id, title, startAt] of [
    ['act-lr-1', '主题党日：走访困难党员', NOV - HOUR],
    ['act-lr-2', '专题党课', NOV + 2 * DAY],
    ['act-lr-3', '十月支部党员大会', OCT],
    ['act-lr-4', '未签到的活动', NOV],
  ] as const)
    await insert('activities', { _id: id, title, startAt, endAt: startAt + HOUR, organiserPath: ['u-committee'] });
  for (const [activityId, checkedInAt] of [
    ['act-lr-1', NOV - HOUR],
    ['act-lr-2', NOV + 2 * DAY],
    ['act-lr-3', OCT],
    ['act-lr-4', undefined],
  ] as const)
    await insert('signups', {
      _id: `${activityId}_${MEMBER}`,
      activityId,
      memberId: MEMBER,
      status: 'confirmed',
      ...(checkedInAt === undefined ? {} : { checkedInAt }),
    });
  for (const [id, memberId, points, at] of [
    ['p-1', MEMBER, 5, NOV],
    ['p-2', MEMBER, 3, NOV + DAY],
    ['p-3', MEMBER, 2, OCT],
    ['p-4', other, 50, NOV],
  ] as const)
    await insert('points_awards', {
      _id: id,
      memberId,
      rule: 'study_item',
      objectId: id,
      day: '',
      points,
      reason: '',
      at,
    });
  // 党章 items the member may not read: a draft, and one addressed to another branch only (both newer).
  const content = (id: string, fields: object) =>
    insert('contents', {
      _id: id,
      kind: 'article',
      category: 'theory',
      title: id,
      tags: ['党章'],
      topicItemIds: [],
      terms: [],
      ...fields,
    });
  await content('c-lr-draft', {
    status: 'draft',
    publishAt: null,
    audienceUnitId: 'u-committee',
    audiencePath: ['u-committee'],
  });
  await content('c-lr-east', {
    status: 'published',
    publishAt: FIXED_NOW - HOUR,
    audienceUnitId: 'u-b-east',
    audiencePath: ['u-committee', 'u-gb-com', 'u-b-east'],
  });
}

describe.each(['embedded', 'postgres'] as const)('the learning report on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let eastMember: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    await seedDemoStudy(store, FIXED_NOW);
    await seedDemoQuiz(store, FIXED_NOW);
    const [east] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { limit: 1 });
    eastMember = east._id;
    await writeRecords(store, eastMember);
    d = await dispatcherFor(store);
  }, 60_000);
  afterAll(async () => {
    await d?.close();
    await close?.();
  });

  test('figures are the counts of the member’s records, beside the month before', async () => {
    const report = await ok(d.as(MEMBER)('me.learningReport', { period: 'month', at: '2026-11' }));
    expect(report).toMatchObject({ period: 'month', at: '2026-11', previousAt: '2026-10', unitName: '西苑社区党支部' });
    expect(report.current).toEqual({
      studyMinutes: 30, // (600 + 1230) s, rounded down
      itemsCompleted: 2,
      quizzesHandedIn: 2,
      correctRate: 63, // 5 of 8
      activitiesAttended: 2,
      pointsEarned: 8,
    });
    expect(report.previous).toEqual({
      studyMinutes: 5,
      itemsCompleted: 1,
      quizzesHandedIn: 0,
      correctRate: null,
      activitiesAttended: 1,
      pointsEarned: 2,
    });
    expect(report.activities.map((a: { title: string }) => a.title)).toEqual(['专题党课', '主题党日：走访困难党员']);
  });

  test('the year adds up its months', async () => {
    const report = await ok(d.as(MEMBER)('me.learningReport', { period: 'year', at: '2026' }));
    expect(report.previousAt).toBe('2025');
    expect(report.current).toMatchObject({
      studyMinutes: 50, // October, November and 1 December
      itemsCompleted: 3,
      activitiesAttended: 3,
      pointsEarned: 10,
    });
  });

  test('tags, strengths and weak points come from the answers and the wrong-answer book', async () => {
    const report = await ok(d.as(MEMBER)('me.learningReport', { period: 'month', at: '2026-11' }));
    expect(report.tags).toEqual([
      { tag: '党章', answered: 4, correct: 1, rate: 25 },
      { tag: '党史', answered: 3, correct: 3, rate: 100 },
      { tag: '组织生活', answered: 1, correct: 1, rate: 100 },
    ]);
    expect(report.strengths.map((t: { tag: string }) => t.tag)).toEqual(['党史']);
    expect(report.weakPoints).toEqual([
      { tag: '党章', rate: 25, inWrongBook: 1 },
      { tag: '组织生活', rate: 100, inWrongBook: 2 },
    ]);
  });

  test('suggestions are unfinished items the member may read, for the weak tags, with the reason', async () => {
    const report = await ok(d.as(MEMBER)('me.learningReport', { period: 'month', at: '2026-11' }));
    // Not the newer draft or the other branch's item; not the completed topic; the newest readable otherwise.
    expect(report.suggestions).toEqual([
      {
        contentId: 'c-demo-1',
        title: expect.any(String),
        tag: '党章',
        reason: expect.stringMatching(/^您在「党章」相关题目中正确率 25%，推荐学习「.+」$/),
      },
      {
        contentId: 'c-demo-2',
        title: expect.any(String),
        tag: '组织生活',
        reason: expect.stringContaining('您在「组织生活」相关题目中正确率 100%'),
      },
    ]);
  });

  test('the branch’s admin sees the member’s report; another branch’s admin and other members are refused', async () => {
    const own = await ok(d.as(MEMBER)('me.learningReport', { period: 'month', at: '2026-11' }));
    const asAdmin = await ok(
      d.as(WEST_ADMIN)('me.learningReport', { period: 'month', at: '2026-11', memberId: MEMBER }),
    );
    expect(asAdmin).toEqual(own);
    const byOrg = await ok(
      d.as(DEMO.orgAdmin)('me.learningReport', { period: 'month', at: '2026-11', memberId: MEMBER }),
    );
    expect(byOrg.current).toEqual(own.current);
    const outside = await d.as(EAST_ADMIN)('me.learningReport', { period: 'month', at: '2026-11', memberId: MEMBER });
    expect(outside.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('只能查看本人') });
    const peer = await d.as(eastMember)('me.learningReport', { period: 'month', at: '2026-11', memberId: MEMBER });
    expect(peer.error.code).toBe('FORBIDDEN');
    const missing = await d.as(WEST_ADMIN)('me.learningReport', { period: 'month', at: '2026-11', memberId: 'm-none' });
    expect(missing.error.code).toBe('NOT_FOUND');
  });

  test('bad input is refused with what to fix, and changes nothing', async () => {
    const before = await store.collection<any>('study_days').count({ memberId: MEMBER });
    for (const input of [
      { period: 'month', at: '2026-13' },
      { period: 'year', at: '2026-11' },
      { period: 'month', at: '2026' },
      { period: 'week', at: '2026-11' },
      { period: 'month', at: '2026-11', extra: true },
      { period: 'month', at: '2026-11', memberId: '../m-010' },
    ]) {
      const result = await d.as(MEMBER)('me.learningReport', input);
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('VALIDATION_FAILED');
    }
    const refused = await d.as(MEMBER)('me.learningReport', { period: 'month', at: '2026-13' });
    expect(refused.error.fields?.at).toContain('请选择要查看的月份或年份');
    expect(await store.collection<any>('study_days').count({ memberId: MEMBER })).toBe(before);
  });
});
