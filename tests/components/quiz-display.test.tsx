import { createRoot, type Root } from 'react-dom/client';
import { act, type ReactNode } from 'react';
import type { AttemptResult } from '../../types/schemas/quiz';
import { BoardRow } from '../../src/features/quiz/board/board-rows';
import { MyRank } from '../../src/features/quiz/board/my-rank';
import { ChallengeFinish } from '../../src/features/quiz/challenge/challenge-finish';
import { HistoryRow } from '../../src/features/quiz/history-row';
import { groupWrongBook, WrongBookItem } from '../../src/features/quiz/wrongbook-item';
import { ResultSummary } from '../../src/features/quiz/result/result-summary';

/**
 * The quiz screens' display rules that once read wrong: a score shown twice in two units, praise for a
 * challenge run of 0, a practice "0 分" in the colour of a pass, and ties on a board.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});
const render = (node: ReactNode) => act(() => root.render(node));

const result = (overrides: Partial<AttemptResult>): AttemptResult => ({
  attemptId: 'at-1',
  mode: 'exam',
  title: '党章党规知识测试',
  score: 1,
  maxScore: 7,
  percent: 14,
  passed: false,
  submittedAt: Date.UTC(2026, 10, 22, 9),
  flagged: false,
  flagStatus: null,
  blank: false,
  reviewShown: true,
  items: [],
  pointsAwarded: 0,
  ...overrides,
});

test('a result shows its score once, with one unit and out of what', () => {
  render(<ResultSummary result={result({})} />);
  const text = container.textContent ?? '';
  expect(text).toContain('1 / 7 分');
  // Not the percentage dressed as points beside the points ("14 分" next to "得 1/7 分").
  expect(text).not.toContain('14');
  expect(text.match(/\d\s*分/g)).toEqual(['7 分']);
  expect(text).toContain('未及格');
});

test('practice has no pass tag; partial credit keeps one decimal', () => {
  render(<ResultSummary result={result({ mode: 'daily', passed: null, score: 2.5, maxScore: 5, percent: 50 })} />);
  const text = container.textContent ?? '';
  expect(text).toContain('2.5 / 5 分');
  expect(text).not.toMatch(/及格/);
});

const finish = (streak: number, newBest: boolean) =>
  render(
    <ChallengeFinish
      streak={streak}
      newBest={newBest}
      lastQuestion={null}
      lastAnswer={undefined}
      reveal={null}
      onAgain={() => {}}
    />,
  );

test('a challenge run of 0 is never a new best, even if the server said so', () => {
  finish(0, true);
  expect(container.textContent).not.toContain('刷新了您的最好成绩');
  expect(container.textContent).not.toContain('新纪录');
  expect(container.textContent).toContain('0 题');
});

test('a run that beats the best says so', () => {
  finish(4, true);
  expect(container.textContent).toContain('刷新了您的最好成绩！');
});

const historyItem = (overrides: object) => ({
  attemptId: 'at-1',
  mode: 'daily' as const,
  title: '每日答题',
  score: 0,
  maxScore: 5,
  percent: 0,
  passed: null,
  submittedAt: Date.UTC(2026, 10, 22, 9),
  ...overrides,
});
const scoreCell = () => container.querySelector('.history-row__score') as HTMLElement;

test('a daily "0 分" in the history is not green: only a pass is', () => {
  render(<HistoryRow item={historyItem({})} />);
  expect(scoreCell().textContent).toBe('0 / 5 分');
  expect(scoreCell().className).not.toContain('--pass');
  expect(scoreCell().className).not.toContain('--fail');

  render(<HistoryRow item={historyItem({ mode: 'exam', title: '测试', score: 6, maxScore: 7, passed: true })} />);
  expect(scoreCell().className).toContain('history-row__score--pass');
  expect(container.textContent).toContain('及格');
});

test('ties share a place on a board and a score of 0 is unranked', () => {
  const rows = [
    { rank: 1, name: '张三', value: '7 分' },
    { rank: 1, name: '李四', value: '7 分' },
    { rank: 3, name: '王五', value: '5 分' },
    { rank: null, name: '赵六', value: '0 分' },
  ];
  render(
    <div>
      {rows.map((row) => (
        <BoardRow key={row.name} row={{ ...row, detail: '西苑社区党支部' }} />
      ))}
    </div>,
  );
  const places = [...container.querySelectorAll('.board-row__rank')].map((node) => node.textContent);
  expect(places).toEqual(['第 1 名', '第 1 名', '第 3 名', '未上榜']);
});

test('my place on a board: unranked offers the way on, ranked shows the score and the time', () => {
  const opened: string[] = [];
  const action = { label: '开始挑战', onClick: () => opened.push('challenge') };
  const rule = '按连续答对的题数排名，题数相同时用时短的在前。';
  render(<MyRank mine={null} unit="题" rule={rule} action={action} />);
  expect(container.textContent).toContain('未上榜');
  expect(container.textContent).toContain(rule);
  const button = [...container.querySelectorAll('button, .nut-button')].find((node) => node.textContent === '开始挑战');
  expect(button).toBeDefined();
  act(() => (button as HTMLElement).click());
  expect(opened).toEqual(['challenge']);

  render(<MyRank mine={{ rank: 2, score: 7, seconds: 95 }} unit="题" rule={rule} action={action} />);
  expect(container.textContent).toContain('第 2 名');
  expect(container.textContent).toContain('7 题');
  expect(container.textContent).not.toContain('开始挑战');
});

const wrongCard = (questionId: string, due: number) => ({
  questionId,
  type: 'single' as const,
  stem: '党的最高领导机关是？',
  options: ['党的全国代表大会和它所产生的中央委员会', '党的地方代表大会'],
  answer: [0],
  explanation: '',
  due,
  lapses: 0,
});

test('a wrong answer due later today is today\'s review, not "以后复习"', () => {
  const endOfToday = Date.UTC(2026, 10, 23, 16); // 11月24日 00:00 China time
  const evening = wrongCard('q-evening', endOfToday - 3600_000);
  const overdue = wrongCard('q-overdue', endOfToday - 3 * 86_400_000);
  const tomorrow = wrongCard('q-tomorrow', endOfToday + 3600_000);
  const { due, later } = groupWrongBook([tomorrow, evening, overdue], endOfToday);
  expect(due.map((item) => item.questionId)).toEqual(['q-evening', 'q-overdue']);
  expect(later.map((item) => item.questionId)).toEqual(['q-tomorrow']);

  render(<WrongBookItem item={evening} dueBefore={endOfToday} />);
  expect(container.textContent).toContain('今天该复习');
  expect(container.textContent).not.toContain('下次复习');
});
