import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedDemoHome } from '../../scripts/seed/demo-home';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { seedDemoVotes } from '../../scripts/seed/demo-votes';
import { launchChromium, signedInPage } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';

/**
 * The 首页 in the browser without the weight it used to carry: its banners as a row the browser scrolls and
 * snaps (no slider library), and the notices sheet, whose code downloads only when it is first opened.
 */
let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: path.resolve(process.env.H5_DIST ?? 'dist/h5') });
  // The banners open demo content and a demo vote, so those come first.
  await seedDemoStudy(host.store, Date.now());
  await seedDemoVotes(host.store, Date.now());
  await seedDemoHome(host.store, Date.now());
  browser = await launchChromium();
  const list = await host.call('auth.devMembers', {});
  const member = list.body.data.members.find((m: { memberId: string }) => m.memberId === DEMO.eastBranchAdmin);
  ({ page } = await signedInPage(browser, host.url, member.name));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

test('two banners sit side by side in one row, a swipe bringing the second into view', async () => {
  const first = page.getByRole('link', { name: '主题党日怎么安排，听您的' });
  const second = page.getByRole('link', { name: '专题学习：严格党的组织生活' });
  await first.waitFor();
  const [firstBox, secondBox] = [await first.boundingBox(), await second.boundingBox()];
  expect(secondBox!.x - firstBox!.x).toBeCloseTo(firstBox!.width, 0);
  expect(secondBox!.y).toBeCloseTo(firstBox!.y, 0);

  await second.scrollIntoViewIfNeeded();
  // The row snaps the second banner to where the first was.
  await page.waitForFunction(
    ([title, x]) => {
      const link = document.querySelector(`[role="link"][aria-label="${title}"]`);
      return link !== null && Math.abs(link.getBoundingClientRect().x - x) < 2;
    },
    ['专题学习：严格党的组织生活', firstBox!.x] as const,
  );
});

test('the notices sheet downloads its code when it first opens, and opens', async () => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.getByText('通知', { exact: true }).first().click();
  await page.getByText('暂时没有通知').or(page.getByTestId('notices')).first().waitFor();
  expect(scripts.length).toBeGreaterThan(0);
});
