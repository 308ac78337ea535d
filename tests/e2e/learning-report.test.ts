import type { Page } from 'playwright-core';
import { artifactPath, demoMemberName, seen, settle } from '../support/browser';
import { seedDemoLearning } from '../../scripts/seed/demo-learning';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * The 学习报告 in Chromium: a member opens it from 我的, switches to the year, reads figures, strengths and weak
 * points, and turns it into a poster image; the branch secretary opens the same member's report from the member
 * page. The demo records are dated around FIXED_NOW (November 2026), which the year always holds.
 */
const WEST_ADMIN = 'm-007';
const e2e = useE2E();

/** A phone-sized page signed in as the member, its clock at FIXED_NOW so 本月 is the demo's month. */
async function signIn(memberId: string): Promise<Page> {
  const context = await e2e.newContext();
  await context.clock.install({ time: FIXED_NOW });
  const page = await context.newPage();
  await page.goto(e2e.host.url);
  const name = await demoMemberName(e2e.host, memberId);
  await page.getByText(name, { exact: true }).click({ force: true });
  await seen(page, `您好，${name}`);
  return page;
}

/** Switches the report to 按年 and waits for the year's figures. */
async function showYear(page: Page): Promise<void> {
  await page.getByText('按年', { exact: true }).filter({ visible: true }).click({ force: true });
  await page.getByTestId('learning-period-at').filter({ visible: true }).getByText('2026年', { exact: true }).waitFor();
  await page
    .getByTestId('learning-figure-quizzesHandedIn')
    .filter({ visible: true })
    .getByText('3', { exact: true })
    .waitFor();
}

beforeAll(async () => {
  await seedDemoStudy(e2e.host.store, FIXED_NOW);
  await seedDemoQuiz(e2e.host.store, FIXED_NOW);
  await seedDemoLearning(e2e.host.store, FIXED_NOW);
});

test('a member opens the report from 我的, switches to the year and makes a poster image', async () => {
  const page = await signIn(DEMO.member);
  await page.goto(`${e2e.host.url}/#/pages/me/index`);
  await page.getByText('学习报告', { exact: true }).filter({ visible: true }).click({ force: true });
  await seen(page, '学习时长');
  // This month: the two quizzes handed in during November.
  await page
    .getByTestId('learning-period-at')
    .filter({ visible: true })
    .getByText('2026年11月', { exact: true })
    .waitFor();
  await page
    .getByTestId('learning-figure-quizzesHandedIn')
    .filter({ visible: true })
    .getByText('2', { exact: true })
    .waitFor();
  await showYear(page);
  // Two 党史 answers in three attempts are all right, 党章 goes wrong most of the time.
  await page
    .getByTestId('learning-strengths')
    .filter({ visible: true })
    .getByText(/「党史」掌握得好/)
    .waitFor();
  await page
    .getByTestId('learning-weak')
    .filter({ visible: true })
    .getByText(/「党章」需要加强/)
    .waitFor();
  await seen(page, '推荐学习');
  await page.getByText('生成海报', { exact: true }).filter({ visible: true }).click({ force: true });
  const poster = page.getByTestId('learning-poster-image').filter({ visible: true }).locator('img');
  await poster.waitFor();
  const image = await poster.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { src: img.src.slice(0, 22), width: img.naturalWidth, height: img.naturalHeight };
  });
  expect(image).toEqual({ src: 'data:image/png;base64,', width: 1200, height: 1800 });
  await seen(page, '保存图片');
  await page.screenshot({ path: artifactPath('learning-report-poster.png') });
});

test('the branch secretary opens a member’s report from the member page; it is that member’s', async () => {
  const page = await signIn(WEST_ADMIN);
  await page.goto(`${e2e.host.url}/#/packages/admin/pages/member/index?memberId=${DEMO.member}`);
  await page.getByText('学习报告', { exact: true }).filter({ visible: true }).click({ force: true });
  await seen(page, '学习时长');
  await settle(page);
  await seen(page, await demoMemberName(e2e.host, DEMO.member));
  await showYear(page);
});
