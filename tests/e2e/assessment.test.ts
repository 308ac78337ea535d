import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, demoMemberName, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * 积分制考核 in Chromium: the 党委 admin sets up the scheme, the 东湖 branch secretary enters a 志愿服务 加分 for a
 * member (which the secretary cannot approve), the admin one level up approves it, and the member sees it in
 * their score breakdown.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let orgAdmin: Page;
let secretary: Page;
let member: Page;
let memberName: string;
/** A plain member of the 东湖 branch (demo roster order). */
const EAST_MEMBER = 'm-009';
const EVIDENCE = '参加社区防汛志愿服务两天，有社区证明';

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

const tap = (page: Page, text: string) => tapText(page, text);
const manage = (unitId: string) => `${host.url}/#/packages/assess/pages/manage/index?unitId=${unitId}`;
const volunteerLine = (page: Page) =>
  page.getByTestId('assess-indicator').filter({ visible: true, hasText: '志愿服务' }).first();

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  memberName = await demoMemberName(host, EAST_MEMBER);
  orgAdmin = await pageSignedInAs(await demoMemberName(host, DEMO.orgAdmin));
  secretary = await pageSignedInAs(await demoMemberName(host, DEMO.eastBranchAdmin));
  member = await pageSignedInAs(memberName);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the 党委 admin sets up the scheme from the suggested indicators', async () => {
  await orgAdmin.goto(manage('u-committee'));
  await seen(orgAdmin, '还没有考核方案。');
  await tap(orgAdmin, '制定方案');
  await orgAdmin.getByTestId('assess-scheme-editor').filter({ visible: true }).waitFor();
  await tap(orgAdmin, '保存为新版本');
  await seen(orgAdmin, '党员排名');
  await tap(orgAdmin, '方案');
  await seen(orgAdmin, '违纪扣分');
});

test('the branch secretary enters a 加分 with evidence, waiting for the level above', async () => {
  await secretary.goto(manage('u-b-east'));
  await tap(secretary, '加扣分');
  await tap(secretary, '录入加扣分');
  const form = secretary.getByTestId('assess-item-form').filter({ visible: true });
  await form.waitFor();
  await form.locator('input').first().fill(memberName.slice(0, 1));
  // The search answers after a pause: pick the member once the list has come to rest.
  const option = form.getByText(`${memberName}（东湖社区党支部）`, { exact: true });
  await option.waitFor({ state: 'visible' });
  await settle(secretary);
  await option.click({ force: true });
  await form.locator('textarea').fill(EVIDENCE);
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('assessment-item-form.png'), fullPage: true });
  await form.getByText('提交审核', { exact: true }).click({ force: true });
  const card = secretary.getByTestId('assess-item').filter({ visible: true, hasText: EVIDENCE }).first();
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('待审核');
  // The entering branch cannot approve its own item.
  await expect(card.getByText('通过', { exact: true }).count()).resolves.toBe(0);
});

test('the admin above approves it and the member sees it in the breakdown', async () => {
  await member.goto(`${host.url}/#/packages/assess/pages/mine/index`);
  await volunteerLine(member).waitFor();
  await expect(volunteerLine(member).innerText()).resolves.toContain('经审核的加扣分合计 0 分');

  await orgAdmin.goto(manage('u-committee'));
  await orgAdmin.reload();
  await tap(orgAdmin, '加扣分');
  const card = orgAdmin.getByTestId('assess-item').filter({ visible: true, hasText: EVIDENCE }).first();
  await card.waitFor();
  await card.getByText('通过', { exact: true }).click({ force: true });
  await card.getByText('已通过', { exact: true }).waitFor();

  await member.reload();
  await volunteerLine(member).waitFor();
  await expect(volunteerLine(member).innerText()).resolves.toContain('经审核的加扣分合计 +2 分');
  await expect(volunteerLine(member).innerText()).resolves.toContain('+2 / 15 分');
  await settle(member);
  await member.screenshot({ path: artifactPath('assessment-mine.png'), fullPage: true });
});
