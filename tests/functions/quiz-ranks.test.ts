import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/** Zero earns no place (a 0-score run is not 第1名, a 0-streak is not a new best); equal units share a rank. */
const MINUTE = 60_000;
let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedDemoQuiz(store, FIXED_NOW);
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function wrongAnswer(question: { questionId: string; type: string; options: string[] }) {
  const doc = await store.collection<any>('questions').get(question.questionId);
  if (doc.type === 'judge') return doc.answer[0] !== '对';
  if (doc.type === 'blank') return '不知道';
  const right = doc.answer.map((letter: string) => doc.options['ABCDEF'.indexOf(letter)]);
  const outside = question.options.findIndex((text) => !right.includes(text));
  return [outside === -1 ? 0 : outside];
}

test('a challenge ended on the first question is not a new best, and a 0 run is unranked', async () => {
  const member = d.as(DEMO.member);
  const start = await ok(member('quiz.challengeStart', {}));
  const end = await ok(
    member('quiz.challengeAnswer', {
      attemptId: start.attemptId,
      questionId: start.question.questionId,
      answer: await wrongAnswer(start.question),
    }),
  );
  expect(end).toMatchObject({ finished: true, streak: 0, newBest: false });
  const board = await ok(member('quiz.leaderboard', { board: 'challenge' }));
  expect(board.mine).toMatchObject({ score: 0, rank: null });
  expect(board.items.filter((row: any) => row.score === 0).every((row: any) => row.rank === null)).toBe(true);
  const history = await ok(member('quiz.history', {}));
  expect(history.items[0]).toMatchObject({ mode: 'challenge', score: 0, passed: null });
});

test('a competition nobody scored in ranks no unit first: units at 0 are unranked', async () => {
  const { quizId } = await ok(
    d.as(DEMO.orgAdmin)('admin.quizSave', {
      unitId: 'u-committee',
      kind: 'competition',
      title: '零分竞赛',
      audienceUnitIds: ['u-gb-org', 'u-gb-com'],
      draws: [{ count: 3 }],
      opensAt: d.clock.now - MINUTE,
      closesAt: d.clock.now + 60 * MINUTE,
      shuffle: true,
      partialCredit: 'none',
    }),
  );
  const attempt = await ok(d.as(DEMO.member)('quiz.startExam', { quizId }));
  const answers: Record<string, unknown> = {};
  for (const question of attempt.questions) answers[question.questionId] = await wrongAnswer(question);
  d.clock.now += 2 * MINUTE;
  await ok(d.as(DEMO.member)('quiz.submit', { attemptId: attempt.attemptId, answers }));
  const board = await ok(d.as(DEMO.member)('quiz.leaderboard', { board: quizId }));
  expect(board.items).toEqual([expect.objectContaining({ score: 0, rank: null })]);
  const { units } = await ok(d.as(DEMO.member)('quiz.unitBoard', { quizId }));
  expect(units.map((unit: any) => [unit.index, unit.rank])).toEqual([
    [0, null],
    [0, null],
  ]);
});

test('units with the same index share a rank', async () => {
  const { quizId } = await ok(
    d.as(DEMO.orgAdmin)('admin.quizSave', {
      unitId: 'u-committee',
      kind: 'competition',
      title: '并列竞赛',
      audienceUnitIds: ['u-gb-org', 'u-gb-com'],
      draws: [{ count: 3 }],
      opensAt: d.clock.now - MINUTE,
      closesAt: d.clock.now + 60 * MINUTE,
      shuffle: true,
      partialCredit: 'none',
    }),
  );
  // Both units: 5 of 10 members took part and averaged 80, so both index 40.
  await store
    .collection<any>('quizzes')
    .updateWhere({ _id: quizId }, { $set: { audienceCounts: { 'u-gb-org': 10, 'u-gb-com': 10 } } });
  for (const unitId of ['u-gb-org', 'u-gb-com'])
    await store
      .collection<any>('quiz_unit_scores')
      .insert({ _id: `${quizId}_${unitId}`, board: quizId, unitId, participants: 5, sum: 400 });
  const { units } = await ok(d.as(DEMO.member)('quiz.unitBoard', { quizId }));
  expect(units.map((unit: any) => [unit.index, unit.rank])).toEqual([
    [40, 1],
    [40, 1],
  ]);
});

test('a member who moved after setting a best is shown under the branch they are in now', async () => {
  const member = d.as(DEMO.member);
  const start = await ok(member('quiz.challengeStart', {}));
  await ok(
    member('quiz.challengeAnswer', {
      attemptId: start.attemptId,
      questionId: start.question.questionId,
      answer: await wrongAnswer(start.question),
    }),
  );
  const { name } = (await store.collection<any>('members').get(DEMO.member))!;
  const row = async () =>
    (await ok(member('quiz.leaderboard', { board: 'challenge' }))).items.find((item: any) => item.name === name);
  const before = await row();
  expect(before.unitName).not.toBe('东湖社区党支部');
  // A completed transfer: the member record moves, the best keeps the path it was set under.
  await store
    .collection('members')
    .updateWhere(
      { _id: DEMO.member },
      { $set: { unitId: 'u-b-east', unitPath: ['u-committee', 'u-gb-com', 'u-b-east'] } },
    );
  expect(await row()).toMatchObject({ unitName: '东湖社区党支部' });
});
