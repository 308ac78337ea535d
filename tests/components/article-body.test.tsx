import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import type { ContentDetail } from '../../types/schemas/study';
import { ArticleBody } from '../../src/features/study/article-body';

/** A citation of 问一问 opens the item at the quoted passage: scrolled to, marked, highlighted for a moment. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const scrolledTo: string[] = [];
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('../support/taro-mock');
  return {
    ...actual,
    __esModule: true,
    default: {
      ...actual.default,
      nextTick: (callback: () => void) => callback(),
      pageScrollTo: async ({ selector }: { selector: string }) => void scrolledTo.push(selector),
    },
  };
});
jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../support/taro-components-mock'),
  RichText: ({ nodes }: { nodes: string }) =>
    jest.requireActual('react').createElement('div', { dangerouslySetInnerHTML: { __html: nodes } }),
}));
jest.mock('../../src/lib/transport', () => ({ absoluteImages: (html: string) => html }));

const detail = {
  contentId: 'c-1',
  summary: '党员的义务。',
  body: '<h2>第一条</h2><p>坚持学习。</p><h2>第二条</h2><p>按期交纳党费。</p><p>结尾。</p>',
} as ContentDetail;

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  jest.useFakeTimers();
  scrolledTo.length = 0;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  jest.useRealTimers();
});

it('scrolls to the cited passage and marks only its paragraphs, the highlight fading after a moment', () => {
  act(() => root.render(<ArticleBody detail={detail} passage={2} />));
  const cited = host.querySelector('[data-testid="cited-passage"]')!;
  expect(cited.id).toBe('cited-passage');
  expect(scrolledTo).toEqual(['#cited-passage']);
  const marked = [...host.querySelectorAll('[data-cited="true"]')];
  expect(marked.map((element) => element.textContent)).toEqual(['按期交纳党费。', '结尾。']);
  expect((marked[0] as HTMLElement).style.background).not.toBe('');
  expect(host.textContent).toBe('第一条坚持学习。第二条按期交纳党费。结尾。');

  act(() => jest.runOnlyPendingTimers());
  const faded = host.querySelectorAll<HTMLElement>('[data-cited="true"]');
  expect(faded).toHaveLength(2);
  expect(faded[0]!.style.background).toBe('');
});

it('opens at the top, unmarked, without a citation', () => {
  act(() => root.render(<ArticleBody detail={detail} />));
  expect(host.querySelector('[data-testid="cited-passage"]')).toBeNull();
  expect(host.querySelector('[data-cited]')).toBeNull();
  expect(scrolledTo).toEqual([]);
});
