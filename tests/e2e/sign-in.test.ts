import type { Page } from 'playwright-core';
import { artifactPath, seen, settle } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * The built H5 app in Chromium against a real host: find a demo member by name and sign in, land on the
 * home built from me.home (今日待办 first), switch on 长辈模式 and find it still on after a reload, open
 * the console, and sign out from 我的 after confirming. A newcomer's binding form shows a disabled
 * button that still reads as a button with its label.
 */
const e2e = useE2E();
let page: Page;

beforeAll(async () => {
  page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
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
      const frames = [...document.querySelectorAll<HTMLElement>('[data-testid="page"]')];
      const frame = frames.find((candidate) => candidate.offsetParent !== null);
      const current = frame ? parseFloat(getComputedStyle(frame).fontSize) : 0;
      return exact ? current === expected : current >= expected;
    },
    [size, exactly] as const,
  );

test('a member finds their name, signs in and sees today’s to-dos', async () => {
  const list = await e2e.host.call('auth.devMembers', {});
  const admin = list.body.data.members.find((m: { memberId: string }) => m.memberId === DEMO.officeBranchAdmin);

  await page.goto(e2e.host.url);
  await page.getByText('选择演示账号登录').waitFor();
  await page.getByText('支部管理员（', { exact: false }).first().waitFor();
  await page.screenshot({ path: artifactPath('login.png') });

  // The search narrows the list to the name typed.
  await page.getByRole('textbox', { name: '搜索姓名' }).fill(admin.name);
  await page.getByText(admin.name, { exact: true }).click();

  await seen(page, `您好，${admin.name}`);
  const todos = page.getByTestId('today-todos');
  await todos.waitFor();
  expect(await todos.innerText()).toContain('今日学习');
  expect(await todos.innerText()).toMatch(/\d+\s*\/\s*\d+ 分钟/);
  expect(await page.getByTestId('page').first().innerText()).toContain('综合办公室党支部');
  for (const entry of ['学习', '答题', '活动', '投票', '积分', '我的档案', '管理后台']) {
    await page.getByText(entry, { exact: true }).first().waitFor();
  }
  await settle(page);
  await page.screenshot({ path: artifactPath('home.png'), fullPage: true });
});

test('长辈模式 enlarges the text and survives a reload', async () => {
  // 长辈模式 is a theme: the page's text grows through the theme's variables, not a page class.
  const before = await pageFontSize();
  await page.getByText('长辈模式', { exact: true }).click();
  await waitForPageFontSize(before * 1.25);
  await settle(page);
  await page.screenshot({ path: artifactPath('home-elder.png'), fullPage: true });

  await page.reload();
  await seen(page, '今日待办');
  await waitForPageFontSize(before * 1.25);
  await page.getByText('标准模式', { exact: true }).click();
  await waitForPageFontSize(before, true);
});

test('a branch admin opens the console from the home’s entries', async () => {
  await page.getByText('管理后台', { exact: true }).first().click();
  await page.waitForURL(/packages\/admin\/pages\/index/);
  await seen(page, '综合办公室党支部');
  await settle(page);
  await page.screenshot({ path: artifactPath('admin.png'), fullPage: true });
});

test('signing out from 我的 asks first, then returns to the demo list', async () => {
  // Opened afresh rather than by the browser's back button, which on a loaded machine could leave the console shown.
  await page.goto(e2e.host.url);
  await seen(page, '今日待办');
  await page.getByText('我的', { exact: true }).click();
  await seen(page, '退出登录');
  await page.getByText('退出登录', { exact: true }).click();
  await seen(page, '退出后，您在所有设备上的登录都会结束，需要重新登录。');
  // The dialog's confirm button comes after the row that opened it.
  await page.getByText('退出登录', { exact: true }).filter({ visible: true }).last().click();
  await seen(page, '选择演示账号登录');
});

test('a disabled button keeps its label and looks disabled: grey fill, grey label', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
  const newcomer = await context.newPage();
  await newcomer.goto(e2e.host.url);
  await newcomer.getByText('以新微信用户身份体验绑定').click();
  await seen(newcomer, '使用绑定码');

  const bind = newcomer.getByTestId('bind-invite');
  const look = () =>
    bind.evaluate((button) => {
      const label = [...button.querySelectorAll('*')].find((node) => node.textContent === '绑定') as HTMLElement;
      return {
        fill: getComputedStyle(button).backgroundColor,
        image: getComputedStyle(button).backgroundImage,
        label: getComputedStyle(label).color,
        labelShown: label.offsetWidth > 0 && getComputedStyle(label).visibility === 'visible',
      };
    });
  const disabled = await look();
  expect(disabled).toEqual({
    fill: 'rgb(241, 236, 230)',
    image: 'none',
    label: 'rgb(140, 140, 140)',
    labelShown: true,
  });

  await newcomer.getByRole('textbox', { name: '例如 AB3D5F7H' }).fill('AB3D5F7H');
  await newcomer.waitForFunction(() => {
    const button = document.querySelector('[data-testid="bind-invite"]');
    return button ? getComputedStyle(button).backgroundImage.includes('gradient') : false;
  });
  const enabled = await look();
  expect(enabled.label).toBe('rgb(255, 255, 255)');
  await context.close();
});
