import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, launchChromium, seen, settle, signedInPage, visible } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';

/**
 * Study in Chromium: an org admin writes and publishes an article and assigns it in a plan; a member reads
 * it until the server counts it (heartbeats every 10 s; the host's clock runs six times faster so the
 * test waits seconds, not minutes), the plan shows it complete, the points appear, and the admin's report
 * counts the member.
 */
const SPEED = 6;
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let member: Page;
const TITLE = '学习贯彻党的二十大精神';

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

beforeAll(async () => {
  const start = Date.now();
  host = await startTestHost({ STATIC_DIR: path.resolve('dist/h5') }, () => start + (Date.now() - start) * SPEED);
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

test('the admin writes an article in blocks and publishes it', async () => {
  await visible(admin, '.entries__item--admin').click();
  await seen(admin, '党员及发展对象共');
  await visible(admin, '.admin__contents').click();
  await visible(admin, '.contents__new').click();
  await seen(admin, '内容类型');
  const fill = (name: string, value: string) => visible(admin, `.field:has(input[name="${name}"]) input`).fill(value);
  await fill('content-title', TITLE);
  await fill('content-summary', '支部党员集中学习篇目');
  await fill('content-tags', '二十大，理论');
  await fill('content-minutes', '1');
  await visible(admin, '.editor-block textarea').fill(
    '高举中国特色社会主义伟大旗帜。\n全面贯彻新时代中国特色社会主义思想。',
  );
  await admin.getByText('+ 小标题').filter({ visible: true }).click();
  await admin.locator('.editor-block:visible textarea').nth(1).fill('一、学习要点');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('study-editor.png'), fullPage: true });
  await visible(admin, '.content__publish').click();
  await seen(admin, '新建学习内容');
  await seen(admin, TITLE);
  await seen(admin, '已发布');
});

test('the admin assigns a plan with the article', async () => {
  await admin.goBack();
  await seen(admin, '党员及发展对象共');
  await visible(admin, '.admin__plans').click();
  await visible(admin, '.plans__new').click();
  await visible(admin, '.field:has(input[name="plan-title"]) input').fill('十一月集中学习');
  await admin.locator('.plan-form__item:visible').filter({ hasText: TITLE }).click();
  await seen(admin, '已选 1 项');
  await visible(admin, '.plan-form__submit').click();
  await seen(admin, '查看完成情况 ›');
});

test('the member reads the article until it counts; the plan completes and points appear', async () => {
  await visible(member, '.entries__item--study').click();
  await seen(member, '学习计划待学');
  await seen(member, '「十一月集中学习」');
  await settle(member);
  await member.screenshot({ path: artifactPath('study-home.png'), fullPage: true });
  await member.getByText(TITLE).filter({ visible: true }).first().click();
  await seen(member, '高举中国特色社会主义伟大旗帜。');
  await seen(member, '读满 36 秒即算学完');
  // Two or three heartbeats of ten real seconds each.
  await seen(member, '已学完', 60_000);
  await seen(member, '获得');
  await settle(member);
  await member.screenshot({ path: artifactPath('study-reader.png'), fullPage: true });

  await member.goBack();
  await seen(member, '我的计划');
  await visible(member, '.study__links').getByText('我的计划').click();
  await seen(member, '已完成 1 / 1');
  // Straight to the points page (a second history step back in Taro's H5 router is not what members do).
  await member.goto(member.url().replace('/plans/', '/points/'));
  await seen(member, `读完「${TITLE}」`);
  await seen(member, '完成学习计划「十一月集中学习」');
  await settle(member);
  await member.screenshot({ path: artifactPath('study-points.png'), fullPage: true });
});

test('the admin sees the member counted in the plan report', async () => {
  await visible(admin, '.card:has-text("十一月集中学习")').click();
  await seen(admin, '应学人数');
  await admin.locator('.report__completed:visible').getByText('1', { exact: true }).waitFor();
  await settle(admin);
  await admin.screenshot({ path: artifactPath('study-plan-report.png'), fullPage: true });
});
