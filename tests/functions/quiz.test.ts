import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/** Quizzes through the real dispatcher with a moving clock: banks, every mode, integrity, boards, analysis. */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const ADMIN = DEMO.orgAdmin;
const MEMBER = DEMO.member;
const OTHERS = ['m-011', 'm-012', 'm-013', 'm-014', 'm-015'];

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

const GOOD_ROWS = [
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
    '多选题',
    '三会一课包括哪些',
    '支部党员大会',
    '支部委员会',
    '党小组会',
    '党课',
    'ABCD',
    '组织生活制度',
    '组织生活',
    '中',
  ],
  ['判断题', '党员可以不参加组织生活', '', '', '', '', '错', '必须参加', '组织生活', '易'],
  ['填空题', '党的最高理想和最终目标是实现什么', '', '', '', '', '共产主义|共产主义社会', '党章总纲', '党章', '难'],
  ['单选题', '党的组织原则是什么', '民主集中制', '集体领导', '个人负责', '少数服从多数', 'A', '', '党章', '中'],
  ['判断题', '预备党员的预备期为一年', '', '', '', '', '对', '', '党章', '易'],
  ['多选题', '党员的权利包括哪些', '参加党的有关会议', '行使表决权', '随意发表言论', '申诉', 'ABD', '', '党章', '难'],
  ['填空题', '中国共产党成立于哪一年', '', '', '', '', '1921|1921年', '', '党史', '易'],
];

/** The answer a member who knows the key would give, in the attempt's shown order. */
async function rightAnswer(question: { questionId: string; type: string; options: string[] }) {
  const doc = await store.collection<any>('questions').get(question.questionId);
  if (doc.type === 'judge') return doc.answer[0] === '对';
  if (doc.type === 'blank') return ` ${doc.answer[0]} `;
  return doc.answer.map((letter: string) => question.options.indexOf(doc.options['ABCDEF'.indexOf(letter)]));
}
/** A wrong answer: an option outside the key, the opposite, or a wrong word. */
async function wrongAnswer(question: { questionId: string; type: string; options: string[] }) {
  const doc = await store.collection<any>('questions').get(question.questionId);
  if (doc.type === 'judge') return doc.answer[0] !== '对';
  if (doc.type === 'blank') return '不知道';
  const right = doc.answer.map((letter: string) => doc.options['ABCDEF'.indexOf(letter)]);
  const outside = question.options.findIndex((text) => !right.includes(text));
  // Every option is right (a 全选 question): picking just one is wrong too.
  return [outside === -1 ? 0 : outside];
}

describe('question bank', () => {
  test('a dry run reports every row and writes nothing; all-or-nothing refuses a file with errors', async () => {
    const admin = d.as(ADMIN);
    const rows = [
      ...GOOD_ROWS,
      ['单选题', '这道题有两个答案', '甲', '乙', '', '', 'AB', '', '', ''],
      ['问答题', '没有这种题型的题目', '', '', '', '', '随便', '', '', ''],
      ['判断题', '判断题的答案写错了', '', '', '', '', '也许', '', '', ''],
      // The first row again with its options in another order: the same question.
      ['单选题', '党的根本宗旨是什么？', '发展经济', '全心全意为人民服务', '改革开放', '科技兴国', 'B', '', '', ''],
    ];
    const file = csv(rows);
    const report = await ok(
      admin('admin.questionImport', { unitId: 'u-committee', format: 'csv', file, mode: 'dry_run' }),
    );
    expect(report).toMatchObject({
      total: 12,
      importable: 8,
      invalid: 3,
      created: 0,
      written: false,
      duplicatesInFile: 1,
      duplicatesInBank: 0,
    });
    expect(report.rows[8].errors.join()).toContain('单选题只能有一个答案');
    expect(report.rows[9].errors.join()).toContain('题型应为');
    expect(report.rows[10].errors.join()).toContain('对');
    expect(report.rows[11].duplicate).toBe('file');
    const refused = await ok(
      admin('admin.questionImport', { unitId: 'u-committee', format: 'csv', file, mode: 'all_or_nothing' }),
    );
    expect(refused.written).toBe(false);
    expect(await store.collection('questions').count({})).toBe(0);
    const written = await ok(
      admin('admin.questionImport', { unitId: 'u-committee', format: 'csv', file, mode: 'valid_only' }),
    );
    expect(written.created).toBe(8);
    const again = await ok(
      admin('admin.questionImport', { unitId: 'u-committee', format: 'csv', file: csv(GOOD_ROWS), mode: 'valid_only' }),
    );
    expect(again.created).toBe(0);
    expect(again.rows.every((row: any) => row.duplicate === 'bank')).toBe(true);
    expect(again).toMatchObject({ duplicatesInFile: 0, duplicatesInBank: 8 });
    const exported = await ok(admin('admin.questionExport', { unitId: 'u-committee' }));
    expect(exported.fileName).toMatch(/\.xlsx$/);
    const list = await ok(admin('admin.questionList', { unitId: 'u-committee', tag: '党章' }));
    expect(list.total).toBe(5);
  });

  test('a branch admin cannot touch another unit’s bank', async () => {
    const result = await d.as(DEMO.eastBranchAdmin)('admin.questionList', { unitId: 'u-committee' });
    expect(result.error.code).toBe('OUT_OF_SCOPE');
  });
});

describe('daily quiz', () => {
  let attempt: any;

  test('five questions once a day, without answers or explanations in the payload', async () => {
    const member = d.as(MEMBER);
    attempt = await ok(member('quiz.startDaily', {}));
    expect(attempt.questions).toHaveLength(5);
    const payload = JSON.stringify(attempt);
    expect(payload).not.toMatch(/"answer"|explanation|党章总纲|组织生活制度/);
    const again = await ok(member('quiz.startDaily', {}));
    expect(again.attemptId).toBe(attempt.attemptId);
    expect(again.questions.map((q: any) => q.questionId)).toEqual(attempt.questions.map((q: any) => q.questionId));
    expect(again.questions.map((q: any) => q.options)).toEqual(attempt.questions.map((q: any) => q.options));
  });

  test('foreign questions, other members and second hand-ins are refused and change nothing', async () => {
    const before = await store.collection<any>('attempts').get(attempt.attemptId);
    const foreign = await d.as(MEMBER)('quiz.submit', { attemptId: attempt.attemptId, answers: { 'q-not-here': [0] } });
    expect(foreign.error.code).toBe('VALIDATION_FAILED');
    const stranger = await d.as('m-011')('quiz.submit', { attemptId: attempt.attemptId, answers: {} });
    expect(stranger.error.code).toBe('NOT_FOUND');
    expect(await store.collection<any>('attempts').get(attempt.attemptId)).toEqual(before);
  });

  test('graded on the server; answers shown after hand-in; points once; a second hand-in is refused', async () => {
    const member = d.as(MEMBER);
    const answers: Record<string, unknown> = {};
    for (const [index, question] of attempt.questions.entries())
      answers[question.questionId] = index < 4 ? await rightAnswer(question) : await wrongAnswer(question);
    d.clock.now += 2 * MINUTE;
    const balance = (await ok(member('points.mine', {}))).balance;
    const [first, second] = await Promise.all([
      member('quiz.submit', { attemptId: attempt.attemptId, answers }),
      member('quiz.submit', { attemptId: attempt.attemptId, answers }),
    ]);
    const result = first.ok ? first.data : second.data;
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(result).toMatchObject({ score: 4, maxScore: 5, percent: 80, flagged: false, reviewShown: true });
    expect(result.items.every((item: any) => item.answer !== null)).toBe(true);
    expect((await ok(member('points.mine', {}))).balance - balance).toBe(2);
    expect((await ok(member('quiz.home', {}))).daily).toMatchObject({ done: true, percent: 80 });
    expect((await member('quiz.submit', { attemptId: attempt.attemptId, answers })).error.code).toBe('CONFLICT');
  });

  test('the wrong answer entered the wrong-answer book; today’s review serves it when due and a right review pushes it out', async () => {
    const member = d.as(MEMBER);
    const book = await ok(member('quiz.wrongBook', {}));
    expect(book.total).toBe(1);
    const entry = book.items[0];
    expect(entry.explanation).toBeDefined();
    expect((await member('quiz.startReview', {})).error?.code ?? 'started').toMatch(/CONFLICT|started/);
    d.clock.now = Math.max(d.clock.now, entry.due) + SECOND;
    const review = await ok(member('quiz.startReview', {}));
    expect(review.questions.map((q: any) => q.questionId)).toEqual([entry.questionId]);
    d.clock.now += MINUTE;
    const answer = await rightAnswer(review.questions[0]);
    await ok(member('quiz.submit', { attemptId: review.attemptId, answers: { [entry.questionId]: answer } }));
    const after = await ok(member('quiz.wrongBook', {}));
    expect(after.items[0].due).toBeGreaterThan(d.clock.now);
  });
});

describe('exams', () => {
  let quizId: string;

  test('composition: fixed questions plus draws per tag and difficulty, shuffled and stable within an attempt', async () => {
    const admin = d.as(ADMIN);
    const list = await ok(admin('admin.questionList', { unitId: 'u-committee', limit: 50 }));
    const fixed = list.items.filter((q: any) => q.tags.includes('组织生活')).map((q: any) => q.questionId);
    ({ quizId } = await ok(
      admin('admin.quizSave', {
        unitId: 'u-committee',
        kind: 'exam',
        title: '党章知识测试',
        fixedQuestionIds: fixed,
        draws: [
          { tag: '党章', difficulty: 'easy', count: 2 },
          { tag: '党史', count: 1 },
        ],
        opensAt: d.clock.now - MINUTE,
        closesAt: d.clock.now + 60 * MINUTE,
        timeLimitMinutes: 10,
        attemptLimit: 2,
        passPercent: 60,
        reviewPolicy: 'after_close',
      }),
    ));
    const member = d.as(MEMBER);
    const starts = await Promise.all(Array.from({ length: 5 }, () => ok(member('quiz.startExam', { quizId }))));
    expect(new Set(starts.map((s) => s.attemptId)).size).toBe(1);
    const attempt = starts[0];
    const ids = attempt.questions.map((q: any) => q.questionId);
    expect(ids).toHaveLength(5);
    expect(ids).toEqual(expect.arrayContaining(fixed));
    const docs = await store.collection<any>('questions').find({ _id: { $in: ids } }, { limit: 10 });
    const drawn = docs.filter((q: any) => !fixed.includes(q._id));
    expect(drawn.filter((q: any) => q.tags.includes('党章') && q.difficulty === 'easy')).toHaveLength(2);
    expect(drawn.filter((q: any) => q.tags.includes('党史'))).toHaveLength(1);
    const again = await ok(member('quiz.get', { attemptId: attempt.attemptId }));
    expect(again.questions).toEqual(attempt.questions);
    expect(attempt.deadline - attempt.startedAt).toBe(10 * MINUTE);
  });

  test('the server deadline: answers after it are refused, and hand-in counts only what was saved in time', async () => {
    const member = d.as(MEMBER);
    const [attempt] = await Promise.all([ok(member('quiz.startExam', { quizId }))]);
    const [first, second] = attempt.questions;
    d.clock.now += 2 * MINUTE;
    await ok(
      member('quiz.answer', {
        attemptId: attempt.attemptId,
        questionId: first.questionId,
        answer: await rightAnswer(first),
      }),
    );
    d.clock.now = attempt.deadline + 31 * SECOND;
    const late = await member('quiz.answer', {
      attemptId: attempt.attemptId,
      questionId: second.questionId,
      answer: await rightAnswer(second),
    });
    expect(late.error.code).toBe('CONFLICT');
    const result = await ok(
      member('quiz.submit', {
        attemptId: attempt.attemptId,
        answers: { [second.questionId]: await rightAnswer(second) },
      }),
    );
    expect(result.score).toBe(1);
    // after_close: answers stay hidden until the exam closes.
    expect(result.reviewShown).toBe(false);
    expect(result.items.every((item: any) => item.answer === null && item.explanation === null)).toBe(true);
  });

  test('the attempt limit holds', async () => {
    const member = d.as(MEMBER);
    const second = await ok(member('quiz.startExam', { quizId }));
    d.clock.now += 3 * MINUTE;
    await ok(member('quiz.submit', { attemptId: second.attemptId, answers: {} }));
    expect((await member('quiz.startExam', { quizId })).error.code).toBe('CONFLICT');
  });

  test('answers faster than anyone can read are flagged, kept off the board and shown to the admin', async () => {
    const fast = d.as('m-011');
    const attempt = await ok(fast('quiz.startExam', { quizId }));
    const answers: Record<string, unknown> = {};
    for (const q of attempt.questions) answers[q.questionId] = await rightAnswer(q);
    d.clock.now += 2 * SECOND;
    const result = await ok(fast('quiz.submit', { attemptId: attempt.attemptId, answers }));
    expect(result).toMatchObject({ percent: 100, flagged: true });
    const board = await ok(fast('quiz.leaderboard', { board: quizId }));
    expect(board.mine).toBeNull();
    const analysis = await ok(d.as(ADMIN)('admin.quizAnalysis', { quizId }));
    expect(analysis.flagged.map((f: any) => f.name)).toHaveLength(1);
  });

  test('after the close the answers are shown; the analysis has the distribution and per-question figures', async () => {
    d.clock.now += 61 * MINUTE;
    const history = await ok(d.as(MEMBER)('quiz.history', {}));
    const examAttempt = history.items.find((h: any) => h.mode === 'exam');
    const result = await ok(d.as(MEMBER)('quiz.result', { attemptId: examAttempt.attemptId }));
    expect(result.reviewShown).toBe(true);
    const analysis = await ok(d.as(ADMIN)('admin.quizAnalysis', { quizId }));
    expect(analysis.distribution.reduce((a: number, b: number) => a + b, 0)).toBe(2);
    expect(analysis.participants).toBe(1);
    expect(analysis.questions.length).toBeGreaterThan(0);
    for (const q of analysis.questions) expect(q.facility).toBeGreaterThanOrEqual(0);
    const exported = await ok(d.as(ADMIN)('admin.quizExport', { quizId }));
    expect(exported.fileName).toMatch(/成绩分析/);
  });
});

describe('competition leaderboards', () => {
  test('individuals ranked by score then time with ties sharing a rank; units scored per member', async () => {
    const admin = d.as(ADMIN);
    const { quizId } = await ok(
      admin('admin.quizSave', {
        unitId: 'u-committee',
        kind: 'competition',
        title: '党史知识竞赛',
        audienceUnitIds: ['u-gb-org', 'u-gb-com'],
        draws: [{ count: 4 }],
        opensAt: d.clock.now - MINUTE,
        closesAt: d.clock.now + 60 * MINUTE,
        shuffle: true,
        partialCredit: 'none',
      }),
    );
    const plan: Array<[string, number, number]> = [
      [MEMBER, 4, 60],
      ['m-011', 4, 60],
      ['m-012', 4, 90],
      ['m-013', 2, 60],
    ];
    const start = d.clock.now;
    for (const [id, right, seconds] of plan) {
      d.clock.now = start;
      const attempt = await ok(d.as(id)('quiz.startExam', { quizId }));
      const answers: Record<string, unknown> = {};
      for (const [i, q] of attempt.questions.entries())
        answers[q.questionId] = i < right ? await rightAnswer(q) : await wrongAnswer(q);
      d.clock.now = start + seconds * SECOND;
      await ok(d.as(id)('quiz.submit', { attemptId: attempt.attemptId, answers }));
    }
    const board = await ok(d.as(MEMBER)('quiz.leaderboard', { board: quizId }));
    expect(board.items.map((i: any) => [i.rank, i.score, i.seconds])).toEqual([
      [1, 100, 60],
      [1, 100, 60],
      [3, 100, 90],
      [4, 50, 60],
    ]);
    expect(board.mine).toEqual({ rank: 1, score: 100, seconds: 60 });
    const page = await ok(d.as('m-013')('quiz.leaderboard', { board: quizId, skip: 2, limit: 2 }));
    expect(page.items.map((i: any) => i.rank)).toEqual([3, 4]);
    expect(page.mine.rank).toBe(4);
    expect(board.competition).toBe(true);
    const { units } = await ok(d.as(MEMBER)('quiz.unitBoard', { quizId }));
    expect(units).toHaveLength(2);
    for (const unit of units) {
      expect(unit.participants).toBeLessThanOrEqual(unit.members);
      expect(unit.index).toBe(Math.round(unit.averagePercent * (unit.participants / unit.members)));
    }
  });
});

describe('challenge', () => {
  test('questions one by one until the first wrong answer; the best run is kept', async () => {
    const member = d.as(OTHERS[4]!);
    let step = await ok(member('quiz.challengeStart', {}));
    expect(JSON.stringify(step)).not.toMatch(/"answer"/);
    for (let i = 0; i < 3; i += 1) {
      d.clock.now += 10 * SECOND;
      step = await ok(
        member('quiz.challengeAnswer', {
          attemptId: step.attemptId,
          questionId: step.question.questionId,
          answer: await rightAnswer(step.question),
        }),
      );
      expect(step.streak).toBe(i + 1);
    }
    const current = step.question;
    const wrong = await wrongAnswer(current);
    const twice = await Promise.all([
      member('quiz.challengeAnswer', { attemptId: step.attemptId, questionId: current.questionId, answer: wrong }),
      member('quiz.challengeAnswer', { attemptId: step.attemptId, questionId: current.questionId, answer: wrong }),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    const end = twice.find((r) => r.ok).data;
    expect(end).toMatchObject({ finished: true, streak: 3, best: 3 });
    expect(end.reveal).not.toBeNull();
    const board = await ok(member('quiz.leaderboard', { board: 'challenge' }));
    expect(board.mine.score).toBe(3);
  });
});

describe('reports and re-grading', () => {
  test('a member reports a question; the admin corrects it and re-grades past attempts', async () => {
    const history = await ok(d.as(MEMBER)('quiz.history', { limit: 50 }));
    const daily = history.items.find((h: any) => h.mode === 'daily');
    const before = await ok(d.as(MEMBER)('quiz.result', { attemptId: daily.attemptId }));
    const wrongItem = before.items.find((item: any) => !item.correct);
    await ok(d.as(MEMBER)('quiz.reportQuestion', { questionId: wrongItem.questionId, reason: '我觉得我的答案也对' }));
    expect(
      (await d.as(MEMBER)('quiz.reportQuestion', { questionId: wrongItem.questionId, reason: '再报一次试试' })).error
        .code,
    ).toBe('CONFLICT');
    const admin = d.as(ADMIN);
    const reports = await ok(admin('admin.questionReports', { unitId: 'u-committee', status: 'open' }));
    const report = reports.items.find((r: any) => r.questionId === wrongItem.questionId);
    const question = await ok(admin('admin.questionGet', { questionId: wrongItem.questionId }));
    // The correction accepts what the member answered.
    const attemptDoc = await store.collection<any>('attempts').get(daily.attemptId);
    const given = attemptDoc.results[wrongItem.questionId].given;
    const order = attemptDoc.optionOrders[wrongItem.questionId];
    const corrected =
      question.type === 'judge'
        ? { answer: [given === true ? '对' : '错'] }
        : question.type === 'blank'
          ? { answer: [...question.answer, given] }
          : { options: [...question.options.slice(0, 3), '以上都对'], answer: ['D'] };
    if (question.type === 'single' || question.type === 'multiple') {
      // Make the member's pick the right option instead.
      corrected.answer = (given as number[]).map((pos) => 'ABCDEF'[order[pos]]!);
      corrected.options = question.options;
      if (question.type === 'multiple' && corrected.answer.length < 2) corrected.answer = ['A', 'B'];
    }
    const { questionId: _q, duplicateOf: _d, openReports: _o, version: _v, updatedAt: _u, ...editable } = question;
    await ok(admin('admin.questionSave', { ...editable, questionId: question.questionId, ...corrected }));
    const saved = await store.collection<any>('questions').get(question.questionId);
    expect(saved.version).toBe(2);
    expect(saved.history).toHaveLength(1);
    const { regraded } = await ok(
      admin('admin.questionReportResolve', { reportId: report.reportId, action: 'fixed', regrade: true }),
    );
    expect(regraded).toBeGreaterThanOrEqual(1);
    const after = await ok(d.as(MEMBER)('quiz.result', { attemptId: daily.attemptId }));
    expect(after.score).toBeGreaterThanOrEqual(before.score);
  });
});

describe('leaderboard ranks from the histogram', () => {
  test('pages and my rank equal a full sort of the board, with ties, improvements and re-grades', async () => {
    const { recordBest, replaceBest, leaderboard } =
      await import('../../cloudfunctions/modules/quiz/leaderboard.service');
    const board = 'board-check';
    await store.collection<any>('quizzes').insert({
      _id: board,
      kind: 'exam',
      title: '排名核对',
      unitId: 'u-committee',
      unitPath: ['u-committee'],
      audienceUnitIds: [],
      fixedQuestionIds: [],
      draws: [],
    });
    const member = await store.collection<any>('members').get(MEMBER);
    const ctx: any = {
      store,
      platform: d.services.platform,
      pii: d.services.pii,
      now: d.clock.now,
      caller: { kind: 'member', member, openid: null },
    };
    const expected = new Map<string, { score: number; seconds: number }>();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 240; i += 1) {
      const memberId = i === 0 ? MEMBER : `x-${i % 200}`;
      const score = next() % 12;
      const seconds = 30 + (next() % 5);
      await recordBest(ctx, board, { _id: memberId, unitPath: ['u-committee'] }, score, seconds);
      const best = expected.get(memberId);
      if (!best || score > best.score || (score === best.score && seconds < best.seconds))
        expected.set(memberId, { score, seconds });
    }
    await replaceBest(ctx, board, 'x-5', 0, 99);
    expected.set('x-5', { score: 0, seconds: 99 });
    const sorted = [...expected.values()].sort((a, b) => b.score - a.score || a.seconds - b.seconds);
    // A score of 0 is unranked.
    const rankOf = (row: { score: number; seconds: number }) =>
      row.score === 0
        ? null
        : 1 + sorted.filter((o) => o.score > row.score || (o.score === row.score && o.seconds < row.seconds)).length;
    for (const skip of [0, 7, 50, 190]) {
      const page = await leaderboard(ctx, board, undefined, skip, 20);
      expect(page.total).toBe(expected.size);
      expect(page.items.map((i: any) => [i.rank, i.score, i.seconds])).toEqual(
        sorted.slice(skip, skip + 20).map((row) => [rankOf(row), row.score, row.seconds]),
      );
    }
    const mine = await leaderboard(ctx, board, undefined, 0, 1);
    expect(mine.mine?.rank).toBe(rankOf(expected.get(MEMBER)!));
  });
});
