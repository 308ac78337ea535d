import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What WeChat reads from the built app.json and page JSONs (npm test builds dist/weapp first): the
 * location declarations it refuses calls without, the privacy check, a title on every page and
 * pull-to-refresh on lists.
 */
const WEAPP = path.resolve('dist/weapp');

interface AppJson {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
  requiredPrivateInfos?: string[];
  permission?: Record<string, { desc?: string }>;
  __usePrivacyCheck__?: boolean;
}

interface PageJson {
  navigationBarTitleText?: string;
  enablePullDownRefresh?: boolean;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(WEAPP, file), 'utf8')) as T;
const app = readJson<AppJson>('app.json');
const pages = [...app.pages, ...app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
const pageJson = (page: string) => readJson<PageJson>(`${page}.json`);

const LIST_PAGES = [
  'pages/home/index',
  'pages/activity/index',
  'packages/vote/pages/index/index',
  'pages/study/index',
  'packages/study/pages/notes/index',
  'packages/study/pages/points/index',
  'packages/study/pages/plans/index',
  'packages/study/pages/mine/index',
  'pages/quiz/index',
  'packages/quiz/pages/history/index',
  'packages/quiz/pages/wrongbook/index',
  'packages/quiz/pages/board/index',
  'packages/admin/pages/activities/index',
  'packages/admin/pages/audit/index',
  'packages/admin/pages/bindings/index',
  'packages/admin/pages/contents/index',
  'packages/admin/pages/meetings/index',
  'packages/admin/pages/members/index',
  'packages/admin/pages/notes/index',
  'packages/admin/pages/plans/index',
  'packages/report/pages/plan-report/index',
  'packages/admin/pages/points/index',
  'packages/admin/pages/questions/index',
  'packages/admin/pages/quizzes/index',
  'packages/admin/pages/quiz-flags/index',
  'packages/admin/pages/votes/index',
];

test('location calls are declared, with the reason WeChat shows when it asks', () => {
  expect(app.requiredPrivateInfos).toEqual(expect.arrayContaining(['getLocation', 'chooseLocation']));
  expect(app.permission?.['scope.userLocation']?.desc).toMatch(/[\u4e00-\u9fff]{4}/);
});

test('privacy APIs wait for the app’s own privacy popup', () => {
  expect(app.__usePrivacyCheck__).toBe(true);
});

test('every page has a Chinese navigation title', () => {
  const untitled = pages.filter((page) => !/[\u4e00-\u9fff]/.test(pageJson(page).navigationBarTitleText ?? ''));
  expect(untitled).toEqual([]);
});

test('list pages reload when pulled down', () => {
  expect(pages).toEqual(expect.arrayContaining(LIST_PAGES));
  const without = LIST_PAGES.filter((page) => pageJson(page).enablePullDownRefresh !== true);
  expect(without).toEqual([]);
});
