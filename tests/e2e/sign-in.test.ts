import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * The built H5 app in Chromium against a real host: sign in as a demo member, see the member card
 * loaded from the backend, switch on 长辈模式 and find it still on after a reload.
 */
let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const pageFontSize = () =>
  page
    .getByTestId('page')
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

/** Waits until the page's body text is at least (or exactly) `size` px. */
const waitForPageFontSize = (size: number, exactly = false) =>
  page.waitForFunction(
    ([expected, exact]) => {
      const frame = document.querySelector('[data-testid="page"]');
      const current = frame ? parseFloat(getComputedStyle(frame).fontSize) : 0;
      return exact ? current === expected : current >= expected;
    },
    [size, exactly] as const,
  );

test('a member signs in and sees their card', async () => {
  const list = await host.call('auth.devMembers', {});
  const admin = list.body.data.members.find((m: { memberId: string }) => m.memberId === DEMO.officeBranchAdmin);

  await page.goto(host.url);
  await page.getByText('选择演示账号登录').waitFor();
  await page.getByText(admin.name, { exact: true }).waitFor();
  await page.screenshot({ path: artifactPath('login.png') });

  await page.getByText(admin.name, { exact: true }).click();
  await page.getByText(`您好，${admin.name}`).waitFor();
  const card = page.locator('.member-card');
  const text = await card.innerText();
  expect(text).toContain('综合办公室党支部');
  expect(text).toContain('城南街道党委 / 机关党总支');
  expect(text).toContain('支部管理员');
  expect(text).toContain('正式党员');
  expect(text).toContain('书记');
  await page.screenshot({ path: artifactPath('home.png'), fullPage: true });
});

test('长辈模式 enlarges the text and survives a reload', async () => {
  // 长辈模式 is a theme: the page's text grows through the theme's variables, not a page class.
  const before = await pageFontSize();
  await page.getByLabel('长辈模式').click();
  await waitForPageFontSize(before * 1.25);
  await page.screenshot({ path: artifactPath('home-elder.png'), fullPage: true });

  await page.reload();
  await page.getByText('您好，').waitFor();
  await waitForPageFontSize(before * 1.25);
  await page.getByLabel('长辈模式').click();
  await waitForPageFontSize(before, true);
});

test('a branch admin opens the console and sees their branch', async () => {
  await page.getByText('管理后台').click();
  await page.getByText('党员及发展对象共').waitFor();
  // Taro's H5 router keeps earlier pages in the DOM, hidden: look only at what is visible.
  expect(await page.locator('.title:visible').first().innerText()).toContain('综合办公室党支部');
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.screenshot({ path: artifactPath('admin.png'), fullPage: true });
});

test('signing out returns to the demo list', async () => {
  await page.goBack();
  await page.locator('.home__sign-out:visible').click();
  await page.getByText('选择演示账号登录').waitFor();
});
