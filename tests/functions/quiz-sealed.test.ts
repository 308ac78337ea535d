import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { contract, ROUTE_NAMES } from '../../types/contract';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * Answer keys stay sealed until a quiz's review policy opens, on every route a member can call; near-blank
 * hand-ins earn nothing; flagged attempts are confirmed or voided once, audited; the question import tells
 * real duplicates (same type, stem, option set and answer) in the file apart from those in the bank.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const ADMIN = DEMO.orgAdmin;

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

const csv = (rows: string[][]) =>
  Buffer.from(
    ['题型,题干,选项A,选项B,选项C,选项D,答案,解析,知识点,难度', ...rows.map((r) => r.join(','))].join('\n'),
  ).toString('base64');

const BANK = [
  [
    '单选题',
    '党的根本宗旨是什么',
    '全心全意为人民服务',
    '发展经济',
    '改革开放',
    '科技兴国',
    'A',
    '党章总纲',
    '党章',
    '易',
  ],
  [
    '单选题',
    '党的组织原则是什么',
    '民主集中制',
    '集体领导',
    '个人负责',
    '少数服从多数',
    'A',
    '党章第十条',
    '党章',
    '中',
  ],
  [
    '多选题',
    '三会一课包括哪些',
    '支部党员大会',
    '支部委员会',
    '党小组会',
    '党课',
    'ABCD',
    '组织生活制度',
    '组织',
    '中',
  ],
  [
    '多选题',
    '党员的权利包括哪些',
    '参加党的有关会议',
    '行使表决权',
    '随意发表言论',
    '申诉',
    'ABD',
    '党章第四条',
    '党章',
    '难',
  ],
  ['判断题', '党员可以不参加组织生活', '', '', '', '', '错', '必须参加', '组织', '易'],
  ['判断题', '预备党员的预备期为一年', '', '', '', '', '对', '党章第七条', '党章', '易'],
  ['填空题', '党的最高理想和最终目标是实现什么', '', '', '', '', '共产主义', '党章总纲', '党章', '难'],
  ['填空题', '中国共产党成立于哪一年', '', '', '', '', '1921|1921年', '党史', '党史', '易'],
];
const EXPLANATIONS = BANK.map((row) => row[7]!);
/** Questions no sealed quiz uses, for practice and the other tests. */
const PRACTICE = [
  ['单选题', '党的最高领导机关是什么', '全国代表大会和中央委员会', '国务院', '中央军委', '政协', 'A', '', '', '易'],
  ['单选题', '入党誓词共有多少字', '80', '100', '60', '120', 'A', '', '', '中'],
  ['多选题', '四个意识包括哪些', '政治意识', '大局意识', '核心意识', '看齐意识', 'ABCD', '', '', '中'],
  ['多选题', '党的建设包括哪些', '政治建设', '思想建设', '组织建设', '娱乐建设', 'ABC', '', '', '难'],
  ['判断题', '党费应当按月交纳', '', '', '', '', '对', '', '', '易'],
  ['判断题', '党员可以信仰宗教', '', '', '', '', '错', '', '', '易'],
  ['填空题', '党的一大在哪个城市召开', '', '', '', '', '上海', '', '', '易'],
  ['填空题', '遵义会议在哪一年召开', '', '', '', '', '1935|1935年', '', '', '中'],
];

/** The answer a member who knows the key would give, in the attempt's shown order. */
async function rightAnswer(question: { questionId: string; options: string[] }) {
  const doc = await store.collection<any>('questions').get(question.questionId);
  if (doc.type === 'judge') return doc.answer[0] === '对';
  if (doc.type === 'blank') return doc.answer[0];
  return doc.answer.map((letter: string) => question.options.indexOf(doc.options['ABCDEF'.indexOf(letter)]));
}

async function answersFor(questions: Array<{ questionId: string; options: string[] }>, count: number) {
  const answers: Record<string, unknown> = {};
  for (const question of questions.slice(0, count)) answers[question.questionId] = await rightAnswer(question);
  return answers;
}

/**
 * Everything in a response that gives a sealed question's key away: its answer, explanation, right/wrong or
 * points (an object naming its `questionId`), or its explanation anywhere (a challenge's reveal).
 */
function leaks(value: unknown, sealed: Set<string>, path = '$'): string[] {
  const found: string[] = [];
  const text = JSON.stringify(value) ?? '';
  for (const explanation of EXPLANATIONS)
    if (text.includes(`"${explanation}"`)) found.push(`explanation ${explanation}`);
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${at}[${index}]`));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (sealed.has(String(record.questionId)))
      for (const key of ['answer', 'explanation', 'correct', 'score'])
        if (record[key] !== undefined && record[key] !== null) found.push(`${at}.${key}`);
    for (const [key, inner] of Object.entries(record)) walk(inner, `${at}.${key}`);
  };
  walk(value, path);
  return found;
}

async function newExam(title: string, reviewPolicy: string, fixedQuestionIds: string[]) {
  const { quizId } = await ok(
    d.as(ADMIN)('admin.quizSave', {
      unitId: 'u-committee',
      kind: 'exam',
      title,
      fixedQuestionIds,
      opensAt: d.clock.now - MINUTE,
      closesAt: d.clock.now + 60 * MINUTE,
      attemptLimit: 2,
      passPercent: 60,
      reviewPolicy,
    }),
  );
  return quizId as string;
}

let bankIds: string[];
let practiceIds: string[];

async function importBank(rows: string[][]): Promise<string[]> {
  const questions = store.collection<any>('questions');
  const before = new Set((await questions.find({}, { limit: 100 })).map((q: any) => q._id));
  const file = csv(rows);
  await ok(d.as(ADMIN)('admin.questionImport', { unitId: 'u-committee', format: 'csv', file, mode: 'valid_only' }));
  return (await questions.find({}, { limit: 100 })).map((q: any) => q._id).filter((id: string) => !before.has(id));
}

beforeAll(async () => {
  bankIds = await importBank(BANK);
  practiceIds = await importBank(PRACTICE);
  expect([bankIds.length, practiceIds.length]).toEqual([8, 8]);
});

/** What a member's own state gives the inputs: their sealed attempt, its quiz, a challenge run. */
type State = { quizId: string; attemptId: string; challenge?: { attemptId: string; question: any } };

/**
 * An input for every route a member can call in the quiz module, run in this order. The first test checks
 * the table against the contract, so a new member route cannot skip the leak check.
 */
const MEMBER_ROUTES: Array<[string, (state: State) => Promise<unknown> | unknown]> = [
  ['quiz.home', () => ({})],
  ['quiz.history', () => ({})],
  ['quiz.wrongBook', () => ({ limit: 50 })],
  ['quiz.result', (s) => ({ attemptId: s.attemptId })],
  ['quiz.get', (s) => ({ attemptId: s.attemptId })],
  ['quiz.answer', async (s) => ({ attemptId: s.attemptId, questionId: bankIds[0], answer: [0] })],
  ['quiz.submit', (s) => ({ attemptId: s.attemptId, answers: {} })],
  ['quiz.leaderboard', (s) => ({ board: s.quizId })],
  ['quiz.unitBoard', (s) => ({ quizId: s.quizId })],
  ['quiz.reportQuestion', () => ({ questionId: bankIds[1], reason: '我觉得这道题的答案有问题' })],
  ['quiz.startReview', () => ({})],
  ['quiz.startDaily', () => ({})],
  ['quiz.startExam', (s) => ({ quizId: s.quizId })],
  ['quiz.challengeStart', () => ({})],
  [
    'quiz.challengeAnswer',
    async (s) => ({
      attemptId: s.challenge!.attemptId,
      questionId: s.challenge!.question.questionId,
      // A wrong answer: the run ends and reveals its question's key, which must not be a sealed one.
      answer: typeof (await rightAnswer(s.challenge!.question)) === 'boolean' ? false : '不知道',
    }),
  ],
];

describe('sealed answer keys', () => {
  const members = { never: 'm-011', after_close: 'm-012' } as const;
  const attempts: Record<string, string> = {};

  test('the table has every member route of the quiz module', () => {
    const memberRoutes = ROUTE_NAMES.filter(
      (route) => route.startsWith('quiz.') && contract[route].access.role === 'member',
    );
    expect(MEMBER_ROUTES.map(([route]) => route).sort()).toEqual([...memberRoutes].sort());
  });

  test.each(['never', 'after_close'] as const)(
    '%s: no member route gives a sealed answer, explanation or right/wrong before the policy opens',
    async (policy) => {
      const quizId = await newExam(`封存测试-${policy}`, policy, bankIds);
      const member = d.as(members[policy]);
      const attempt = await ok(member('quiz.startExam', { quizId }));
      attempts[policy] = attempt.attemptId;
      d.clock.now += 3 * MINUTE;
      // A blank paper: every question wrong, so an unsealed book or result would give all eight keys away.
      const submitted = await ok(member('quiz.submit', { attemptId: attempt.attemptId, answers: {} }));
      const sealed = new Set(bankIds);
      expect(leaks(submitted, sealed)).toEqual([]);
      const state: State = { quizId, attemptId: attempt.attemptId };
      for (const [route, input] of MEMBER_ROUTES) {
        const response = await member(route, await input(state));
        if (route === 'quiz.challengeStart') state.challenge = response.data;
        expect({ route, leaks: leaks(response, sealed) }).toEqual({ route, leaks: [] });
      }
      const result = await ok(member('quiz.result', { attemptId: attempt.attemptId }));
      expect(result.reviewShown).toBe(false);
      // after_close lists what the member answered, without right/wrong; never lists nothing.
      expect(result.items).toHaveLength(policy === 'never' ? 0 : 8);
      expect(result.items.every((item: any) => item.correct === null && item.score === null)).toBe(true);
      const book = await ok(member('quiz.wrongBook', { limit: 50 }));
      expect(book.items.filter((item: any) => sealed.has(item.questionId))).toEqual([]);
    },
  );

  test('after the close: after_close questions enter the book and the result shows the keys; never stays sealed', async () => {
    d.clock.now += 61 * MINUTE;
    const opened = d.as(members.after_close);
    const book = await ok(opened('quiz.wrongBook', { limit: 50 }));
    expect(
      book.items
        .map((item: any) => item.questionId)
        .filter((id: string) => bankIds.includes(id))
        .sort(),
    ).toEqual([...bankIds].sort());
    const result = await ok(opened('quiz.result', { attemptId: attempts.after_close }));
    expect(result.reviewShown).toBe(true);
    expect(result.items.every((item: any) => item.answer !== null && item.correct === false)).toBe(true);

    const never = d.as(members.never);
    for (const route of ['quiz.result', 'quiz.wrongBook', 'quiz.home'])
      expect(
        leaks(await never(route, route === 'quiz.result' ? { attemptId: attempts.never } : {}), new Set(bankIds)),
      ).toEqual([]);
    // Questions of a never paper are never drawn where answers are shown at once.
    const daily = await ok(d.as('m-019')('quiz.startDaily', {}));
    expect(daily.questions.every((q: any) => practiceIds.includes(q.questionId))).toBe(true);
  });
});

describe('near-blank hand-ins (fewer than half of the questions answered)', () => {
  test('a blank or near-blank daily quiz earns no points; half or more does', async () => {
    for (const [memberId, answered, earns] of [
      ['m-013', 0, false],
      ['m-014', 2, false],
      ['m-015', 3, true],
    ] as const) {
      const member = d.as(memberId);
      const attempt = await ok(member('quiz.startDaily', {}));
      expect(attempt.questions).toHaveLength(5);
      d.clock.now += 2 * MINUTE;
      const before = (await ok(member('points.mine', {}))).balance;
      const result = await ok(
        member('quiz.submit', { attemptId: attempt.attemptId, answers: await answersFor(attempt.questions, answered) }),
      );
      const gained = (await ok(member('points.mine', {}))).balance - before;
      expect({ memberId, blank: result.blank, flagged: result.flagged, gained: gained > 0 }).toEqual({
        memberId,
        blank: !earns,
        flagged: false,
        gained: earns,
      });
      expect(result.pointsAwarded > 0).toBe(earns);
    }
  });

  test('a near-blank exam paper gets no rank, even with every answer right', async () => {
    const quizId = await newExam('空白卷测试', 'after_submit', practiceIds);
    for (const [memberId, answered] of [
      ['m-016', 3],
      ['m-017', 4],
    ] as const) {
      const member = d.as(memberId);
      const attempt = await ok(member('quiz.startExam', { quizId }));
      d.clock.now += 3 * MINUTE;
      await ok(
        member('quiz.submit', { attemptId: attempt.attemptId, answers: await answersFor(attempt.questions, answered) }),
      );
    }
    const board = await ok(d.as('m-016')('quiz.leaderboard', { board: quizId }));
    expect(board.mine).toBeNull();
    expect(board.total).toBe(1);
    expect(board.items.map((item: any) => item.score)).toEqual([50]);
  });
});

describe('flagged attempts: confirm or void', () => {
  let quizId: string;
  let attemptId: string;

  test('a too-fast attempt waits off the board for the quiz organiser’s admins', async () => {
    quizId = await newExam('核实测试', 'after_submit', practiceIds);
    const member = d.as('m-018');
    const attempt = await ok(member('quiz.startExam', { quizId }));
    attemptId = attempt.attemptId;
    d.clock.now += 2 * SECOND;
    const result = await ok(member('quiz.submit', { attemptId, answers: await answersFor(attempt.questions, 8) }));
    expect(result).toMatchObject({ percent: 100, flagged: true, flagStatus: 'pending' });
    expect((await ok(member('quiz.leaderboard', { board: quizId }))).mine).toBeNull();
    const flags = await ok(d.as(ADMIN)('admin.quizFlags', { unitId: 'u-committee' }));
    const flag = flags.items.find((item: any) => item.attemptId === attemptId);
    expect(flag).toMatchObject({ status: 'pending', percent: 100, title: '核实测试' });
    expect(flag.neededSeconds).toBeGreaterThan(flag.seconds);
  });

  test('out of the organiser’s subtree, or voided without a reason: refused, nothing changed', async () => {
    const before = await store.collection<any>('quiz_flags').get(attemptId);
    const east = await d.as(DEMO.eastBranchAdmin)('admin.quizFlagDecide', {
      unitId: 'u-b-east',
      attemptId,
      decision: 'confirm',
    });
    expect(east.error.code).toBe('NOT_FOUND');
    const noReason = await d.as(ADMIN)('admin.quizFlagDecide', {
      unitId: 'u-committee',
      attemptId,
      decision: 'void',
    });
    expect(noReason.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection<any>('quiz_flags').get(attemptId)).toEqual(before);
  });

  test('confirmed once (even pressed twice at once): on the board exactly once, audited; the other decision is refused', async () => {
    const admin = d.as(ADMIN);
    const input = { unitId: 'u-committee', attemptId, decision: 'confirm' };
    const both = await Promise.all([
      ok(admin('admin.quizFlagDecide', input)),
      ok(admin('admin.quizFlagDecide', input)),
    ]);
    expect(both.map((r) => r.changed).sort()).toEqual([false, true]);
    expect((await ok(admin('admin.quizFlagDecide', input))).changed).toBe(false);
    const board = await ok(d.as('m-018')('quiz.leaderboard', { board: quizId }));
    expect(board.mine).toMatchObject({ rank: 1, score: 100 });
    expect(board.total).toBe(1);
    expect((await store.collection<any>('quiz_histograms').get(quizId)).counts).toEqual({ s100: 1 });
    expect(await store.collection<any>('audit').count({ action: 'quiz.flagConfirmed', targetId: attemptId })).toBe(1);
    const voided = await admin('admin.quizFlagDecide', { ...input, decision: 'void', reason: '改主意了' });
    expect(voided.error.code).toBe('CONFLICT');
    expect((await ok(d.as('m-018')('quiz.result', { attemptId }))).flagStatus).toBe('confirmed');
    const pending = await ok(admin('admin.quizFlags', { unitId: 'u-committee' }));
    expect(pending.items.map((item: any) => item.attemptId)).not.toContain(attemptId);
  });

  test('daily quizzes: the member’s branch admin voids one (no points) and confirms another (points once)', async () => {
    const east = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 2 });
    expect(east).toHaveLength(2);
    // A new day: whoever did today's daily quiz above can do the next one.
    d.clock.now += 24 * 60 * MINUTE;
    const attemptIds: string[] = [];
    const balances: number[] = [];
    for (const { _id } of east) {
      const member = d.as(_id);
      balances.push((await ok(member('points.mine', {}))).balance);
      const attempt = await ok(member('quiz.startDaily', {}));
      d.clock.now += 2 * SECOND;
      const result = await ok(
        member('quiz.submit', { attemptId: attempt.attemptId, answers: await answersFor(attempt.questions, 5) }),
      );
      expect(result).toMatchObject({ flagged: true, pointsAwarded: 0 });
      attemptIds.push(attempt.attemptId);
    }
    const branchAdmin = d.as(DEMO.eastBranchAdmin);
    const listed = await ok(branchAdmin('admin.quizFlags', { unitId: 'u-b-east' }));
    expect(listed.items.map((item: any) => item.attemptId).sort()).toEqual([...attemptIds].sort());
    await ok(
      branchAdmin('admin.quizFlagDecide', {
        unitId: 'u-b-east',
        attemptId: attemptIds[0],
        decision: 'void',
        reason: '两秒答完五题',
      }),
    );
    const confirm = { unitId: 'u-b-east', attemptId: attemptIds[1], decision: 'confirm' };
    expect((await ok(branchAdmin('admin.quizFlagDecide', confirm))).pointsAwarded).toBeGreaterThan(0);
    expect((await ok(branchAdmin('admin.quizFlagDecide', confirm))).changed).toBe(false);
    const after = await Promise.all(east.map(async ({ _id }) => (await ok(d.as(_id)('points.mine', {}))).balance));
    expect(after[0]).toBe(balances[0]);
    expect(after[1]! - balances[1]!).toBe((await store.collection<any>('attempts').get(attemptIds[1]!)).pointsAwarded);
    const voided = await ok(branchAdmin('admin.quizFlags', { unitId: 'u-b-east', status: 'voided' }));
    expect(voided.items).toEqual([expect.objectContaining({ attemptId: attemptIds[0], reason: '两秒答完五题' })]);
    expect(await store.collection<any>('audit').count({ action: 'quiz.flagVoided', targetId: attemptIds[0] })).toBe(1);
  });
});

describe('question import duplicates', () => {
  const STEM = '选择词语的正确词形。';
  const first = ['单选题', STEM, '针砭时弊', '针贬时弊', '', '', 'A', '', '', ''];
  const second = ['单选题', STEM, '再接再厉', '再接再励', '', '', 'A', '', '', ''];
  const firstReordered = ['单选题', STEM, '针贬时弊', '针砭时弊', '', '', 'B', '', '', ''];
  const firstOtherAnswer = ['单选题', STEM, '针砭时弊', '针贬时弊', '', '', 'B', '', '', ''];

  test('the same stem with other options is another question; exact duplicates in the file and in the bank are reported apart', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const imported = await ok(
      admin('admin.questionImport', {
        unitId: 'u-b-east',
        format: 'csv',
        file: csv([first, second, firstReordered]),
        mode: 'valid_only',
      }),
    );
    expect(imported).toMatchObject({ total: 3, created: 2, duplicatesInFile: 1, duplicatesInBank: 0 });
    expect(imported.rows.map((row: any) => row.duplicate)).toEqual([null, null, 'file']);
    const again = await ok(
      admin('admin.questionImport', {
        unitId: 'u-b-east',
        format: 'csv',
        file: csv([firstReordered, firstOtherAnswer, firstOtherAnswer]),
        mode: 'valid_only',
      }),
    );
    expect(again).toMatchObject({ created: 1, duplicatesInFile: 1, duplicatesInBank: 1 });
    expect(again.rows.map((row: any) => row.duplicate)).toEqual(['bank', null, 'file']);
    const bank = await ok(admin('admin.questionList', { unitId: 'u-b-east' }));
    expect(bank.total).toBe(3);
    expect(bank.items.every((item: any) => item.duplicateOf === null)).toBe(true);
  });
});
