import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import type { MeHome } from '../../types/schemas/home';
import { TodayTodos } from '../../src/features/home/today-todos';

/** The home's 今日待办 from a me.home answer: what is shown, and 签到 usable only while check-in is open. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const opened: Array<[string, unknown]> = [];
jest.mock('../../src/lib/pages', () => ({
  openPage: (name: string, query?: unknown) => opened.push([name, query]),
}));
// The shared stand-in for Taro's components has no Image; the to-dos' icon tiles need one.
jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../support/taro-components-mock'),
  Image: ({ src }: { src: string }) => jest.requireActual('react').createElement('img', { src, alt: '' }),
}));
// Image files mean nothing to jsdom; the icons' names stand in.
jest.mock('../../src/features/home/entry-icon', () => ({
  ENTRY_ICONS: new Proxy({}, { get: (_target, name) => `${String(name)}.png` }),
}));

const HOUR = 3_600_000;
const NOW = new Date(2026, 11, 8, 13, 0).getTime();

function today(overrides: Partial<MeHome['today']> = {}): MeHome['today'] {
  return {
    studyMinutes: 12,
    studyGoalMinutes: 30,
    dailyQuiz: { done: false, questionCount: 5 },
    plansDue: [],
    votes: [
      { voteId: 'v1', kind: 'poll', title: '主题党日怎么安排', endAt: NOW + 5 * HOUR },
    ] as MeHome['today']['votes'],
    activities: [
      {
        activityId: 'a1',
        title: '重温入党誓词',
        type: 'theme_day',
        startAt: NOW + 1.5 * HOUR,
        endAt: NOW + 3.5 * HOUR,
        placeText: '社区党群服务中心 3 楼',
        checkinOpensAt: NOW + HOUR,
        checkinClosesAt: NOW + 3.5 * HOUR,
        checkedIn: false,
      },
    ],
    mustRead: null,
    ...overrides,
  };
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  opened.length = 0;
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
const checkinButton = () =>
  [...byTestId('todo-activity')!.querySelectorAll('button, [role="button"]')].find((node) =>
    node.textContent?.startsWith('签到'),
  ) as HTMLElement;

test('今日待办 shows the study goal, the daily quiz, the vote and the activity I signed up for', () => {
  act(() => root.render(<TodayTodos today={today()} serverNow={NOW} elder={false} />));
  expect(byTestId('todo-study')?.textContent).toContain('还差 18 分钟完成今日目标');
  expect(byTestId('todo-study')?.textContent).toContain('12 / 30 分钟');
  expect(byTestId('todo-quiz')?.textContent).toContain('去答题');
  expect(byTestId('todo-votes')?.textContent).toContain('1 项待投');
  const activity = byTestId('todo-activity')!.textContent!;
  expect(activity).toContain('重温入党誓词');
  expect(activity).toContain('已报名');
  expect(activity).toContain('14:00 开放签到');
  expect(byTestId('today-todos')?.textContent).toContain('4 项');
});

test('an unconfirmed must-read notice is a to-do with its deadline, opening the notice', () => {
  const mustRead = { noticeId: 'nt-1', title: '关于换届选举的通知', deadline: NOW + 48 * HOUR };
  act(() => root.render(<TodayTodos today={today({ mustRead })} serverNow={NOW} elder={false} />));
  const card = byTestId('todo-must-read')!;
  expect(card.textContent).toContain('必读通知：关于换届选举的通知');
  expect(card.textContent).toContain('请于 12月10日 前确认已阅');
  expect(byTestId('today-todos')?.textContent).toContain('5 项');
  act(() => (card.querySelector('[role="button"]') as HTMLElement).click());
  expect(opened).toEqual([['noticeDetail', { noticeId: 'nt-1' }]]);

  act(() =>
    root.render(
      <TodayTodos today={today({ mustRead: { ...mustRead, deadline: null } })} serverNow={NOW} elder={false} />,
    ),
  );
  expect(byTestId('todo-must-read')!.textContent).toContain('请尽快确认已阅');
});

test('a done daily quiz and no votes leave their cards out', () => {
  act(() =>
    root.render(
      <TodayTodos
        today={today({ dailyQuiz: { done: true, questionCount: 5 }, votes: [] })}
        serverNow={NOW}
        elder={false}
      />,
    ),
  );
  expect(byTestId('todo-quiz')).toBeNull();
  expect(byTestId('todo-votes')).toBeNull();
});

test('签到 does nothing before check-in opens, by the server’s clock, and opens check-in once it is open', () => {
  act(() => root.render(<TodayTodos today={today()} serverNow={NOW} elder={false} />));
  act(() => checkinButton().click());
  expect(opened).toEqual([]);

  act(() => root.render(<TodayTodos today={today()} serverNow={NOW + 1.2 * HOUR} elder={false} />));
  expect(byTestId('todo-activity')!.textContent).toContain('签到进行中');
  act(() => checkinButton().click());
  expect(opened).toEqual([['activityCheckin', undefined]]);
});

test('in 长辈模式 the to-dos carry full-width buttons that say what they do', () => {
  act(() => root.render(<TodayTodos today={today()} serverNow={NOW} elder />));
  expect(checkinButton().textContent).toBe('签到（14:00 开始）');
  const quizButton = [...byTestId('todo-quiz')!.querySelectorAll('button')].find((b) => b.textContent === '去答题');
  expect(quizButton).toBeDefined();
  act(() => quizButton!.click());
  expect(opened).toEqual([['quizTake', { start: 'daily' }]]);
});
