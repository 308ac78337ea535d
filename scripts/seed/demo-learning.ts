import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import type { AwardDoc, BalanceDoc } from '../../cloudfunctions/modules/points/points.types';
import type { AttemptDoc, WrongCardDoc } from '../../cloudfunctions/modules/quiz/quiz.types';
import type { ProgressDoc } from '../../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * What the plain members of the two community branches (the demo member m-010 and whoever the gallery signs in
 * as among them) did for their 学习报告, this month and last: quizzes handed in with a weak 党章 and a strong
 * 党史, questions left in the wrong-answer book, items completed and points. Study time and meetings come from
 * the monthly report's demo months. Deterministic; written only once.
 */
const BRANCHES = ['u-b-east', 'u-b-west'];
const DAY = 86_400_000;
const HOUR = 3_600_000;
const CHINA = 8 * HOUR;

/** Midnight in China of the first day of the month `offset` months from the one holding `at`. */
function monthStart(at: number, offset: number): number {
  const day = new Date(at + CHINA);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + offset, 1) - CHINA;
}

/** `days` days into the month starting at `start`, but never after `now` (early in a month, an hour ago). */
const within = (start: number, days: number, now: number) => Math.max(start, Math.min(start + days * DAY, now - HOUR));

/** The questions of each attempt and whether the member got them right (tags: see demo-quiz). */
const ATTEMPTS: Array<{ month: number; day: number; answers: Array<[number, boolean]> }> = [
  {
    month: -1,
    day: 6,
    answers: [
      [1, true],
      [2, false],
      [6, true],
      [7, true],
      [9, true],
    ],
  },
  {
    month: 0,
    day: 1,
    answers: [
      [1, true],
      [2, false],
      [3, false],
      [6, true],
      [9, true],
      [10, true],
    ],
  },
  {
    month: 0,
    day: 2,
    answers: [
      [5, false],
      [11, false],
      [4, true],
      [8, true],
      [6, true],
      [12, true],
    ],
  },
];

export async function seedDemoLearning(store: DocStore, now: number): Promise<boolean> {
  const members = await store
    .collection<MemberDoc>('members')
    .find({ unitId: { $in: BRANCHES }, role: 'member' }, { sort: [['_id', 1]], limit: 100 });
  if (members.length === 0 || (await store.collection('attempts').get(`demo-learning-${members[0]!._id}-0`)))
    return false;
  for (const member of members) await seedMember(store, member, now);
  return true;
}

async function seedMember(store: DocStore, member: MemberDoc, now: number): Promise<void> {
  const memberId = member._id;
  const attempts = store.collection<AttemptDoc>('attempts');
  for (const [index, attempt] of ATTEMPTS.entries()) {
    const at = within(monthStart(now, attempt.month), attempt.day, now);
    const results = Object.fromEntries(
      attempt.answers.map(([n, correct]) => [`q-demo-${n}`, { given: null, correct, score: correct ? 10 : 0 }]),
    );
    const score = attempt.answers.filter(([, correct]) => correct).length * 10;
    await attempts.insert({
      _id: `demo-learning-${memberId}-${index}`,
      memberId,
      memberName: member.name,
      unitId: member.unitId,
      unitPath: member.unitPath,
      mode: 'daily',
      quizId: null,
      title: '每日答题',
      questionIds: attempt.answers.map(([n]) => `q-demo-${n}`),
      optionOrders: {},
      partialCredit: 'half',
      startedAt: at - 5 * 60_000,
      deadline: null,
      saved: {},
      status: 'submitted',
      submittedAt: at,
      results,
      score,
      maxScore: attempt.answers.length * 10,
      percent: Math.round((score / (attempt.answers.length * 10)) * 100),
      passed: null,
      seconds: 300,
    } as AttemptDoc);
  }
  for (const n of [2, 3, 11]) {
    await store.collection<WrongCardDoc>('wrong_book').insert({
      _id: `${memberId}_q-demo-${n}`,
      memberId,
      questionId: `q-demo-${n}`,
      due: now + DAY,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 1,
      state: 1,
      lastReview: now - DAY,
      updatedAt: now - DAY,
    } as WrongCardDoc);
  }
  for (const [contentId, month, day] of [
    ['c-demo-3', 0, 1],
    ['c-demo-5', -1, 8],
  ] as const) {
    const at = within(monthStart(now, month), day, now);
    await store.collection<ProgressDoc>('study_progress').insert({
      _id: `${memberId}_${contentId}`,
      memberId,
      contentId,
      creditedSeconds: 180,
      watched: [],
      position: 0,
      lastOpenedAt: at,
      completedAt: at,
      version: 1,
    });
  }
  let total = 0;
  for (const [index, [month, day, points]] of [
    [-1, 8, 5],
    [0, 1, 5],
    [0, 2, 3],
  ].entries()) {
    const at = within(monthStart(now, month!), day!, now);
    total += points!;
    await store.collection<AwardDoc>('points_awards').insert({
      _id: `demo-learning-${memberId}-${index}`,
      memberId,
      rule: 'daily_quiz',
      objectId: `demo-learning-${index}`,
      day: new Date(at + CHINA).toISOString().slice(0, 10),
      points: points!,
      reason: '完成每日答题',
      at,
    });
  }
  const balances = store.collection<BalanceDoc>('points_balances');
  const updated = await balances.updateWhere({ _id: memberId }, { $inc: { total }, $set: { updatedAt: now } });
  if (!updated) await balances.insert({ _id: memberId, unitPath: member.unitPath, total, updatedAt: now });
}
