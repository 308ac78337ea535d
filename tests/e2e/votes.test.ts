import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, launchChromium, seen, settle, signedInPage, visible } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * Votes in Chromium: an org admin publishes a 表决 from the console; a member votes after confirming and
 * cannot vote twice; the admin sees the turnout, ends the vote early, and the member then sees the count.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let member: Page;
const TITLE = '关于推荐支部年度优秀共产党员的表决';

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

const confirm = (page: Page) => page.getByText('确定', { exact: true }).filter({ visible: true }).last().click();

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  const demo = (await host.call('auth.devMembers', {})).body.data.members as Array<{ memberId: string; name: string }>;
  const nameOf = (id: string) => demo.find((m) => m.memberId === id)?.name ?? '';
  admin = await pageSignedInAs(nameOf(DEMO.orgAdmin));
  member = await pageSignedInAs(nameOf(DEMO.member));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the admin publishes a 表决; a form error is shown first', async () => {
  await visible(admin, '.entries__item--admin').click();
  await seen(admin, '党员及发展对象共');
  await visible(admin, '.admin__votes').click();
  await seen(admin, '还没有发起过投票');
  await visible(admin, '.votes__new').click();
  await visible(admin, '.votes__publish').click();
  await seen(admin, '标题至少 2 个字');
  await visible(admin, 'input[name="vote-title"]').fill(TITLE);
  await settle(admin);
  await admin.screenshot({ path: artifactPath('votes-admin-form.png'), fullPage: true });
  await visible(admin, '.votes__publish').click();
  await seen(admin, TITLE);
  await seen(admin, '已投 0/');
});

test('a member votes after confirming; the ballot cannot be changed', async () => {
  await member.getByText('投票', { exact: true }).filter({ visible: true }).first().click();
  await seen(member, TITLE);
  await seen(member, '待投票');
  await visible(member, `.card:has-text("${TITLE}")`).click();
  await seen(member, '请选择一项');
  await member.locator('.vote-option:visible').filter({ hasText: '同意' }).first().click();
  await settle(member);
  await member.screenshot({ path: artifactPath('votes-member-pick.png'), fullPage: true });
  await visible(member, '.vote__submit').click();
  await seen(member, '投票后不能更改');
  await confirm(member);
  await seen(member, '您已投票：同意');
  await seen(member, '投票结束后公布结果');
  expect(await member.locator('.vote__submit:visible').count()).toBe(0);
});

test('the admin sees the turnout, ends the vote early, and the member then sees the count', async () => {
  await admin.reload();
  await seen(admin, '已投 1/');
  await visible(admin, `.card:has-text("${TITLE}")`).click();
  await seen(admin, '当前结果');
  await visible(admin, '.votes__close').click();
  await seen(admin, '不能再投票');
  await confirm(admin);
  await seen(admin, '最终结果');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('votes-admin-results.png'), fullPage: true });

  await member.reload();
  await seen(member, '最终结果');
  await member.locator('.vote-results__count:visible').filter({ hasText: '1 票 · 100%' }).waitFor();
  await settle(member);
  await member.screenshot({ path: artifactPath('votes-member-results.png'), fullPage: true });
});
