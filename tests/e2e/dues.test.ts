import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, demoMemberName, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * Party dues in Chromium: the 东湖 secretary sets a member's base (the monthly due shows as it is
 * typed), records a cash payment with its receipt number, and the member sees 已缴 in the year statement.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let secretary: Page;
let member: Page;
let memberName: string;
const EAST = 'u-b-east';

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

const tap = (page: Page, text: string) => tapText(page, text);
const memberRow = () => secretary.getByTestId('dues-member').filter({ visible: true, hasText: memberName }).first();

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  // The branch's first plain Party member in roster order, as the gallery shows it.
  const [first] = await host.store
    .collection<{ _id: string; name: string }>('members')
    .find(
      { unitId: EAST, role: 'member', stage: { $in: ['full', 'probationary'] }, status: 'normal' },
      { sort: [['nameKey', 1]], limit: 1 },
    );
  memberName = first!.name;
  secretary = await pageSignedInAs(await demoMemberName(host, DEMO.eastBranchAdmin));
  member = await pageSignedInAs(memberName);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the secretary sets a member’s base and sees the monthly due computed as it is typed', async () => {
  await secretary.goto(`${host.url}/#/packages/dues/pages/manage/index?unitId=${EAST}`);
  await memberRow().waitFor();
  await expect(memberRow().innerText()).resolves.toContain('未设基数');
  await memberRow().getByText('设定基数', { exact: true }).click({ force: true });
  await seen(secretary, '月工资收入（税后）（元）');
  await secretary.locator('input[name="dues-amount"]').filter({ visible: true }).fill('6500');
  const live = secretary.getByTestId('dues-live-due').filter({ visible: true }).first();
  await expect(live.innerText()).resolves.toContain('97.50 元');
  await seen(secretary, '适用比例 1.5%', 5_000);
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('dues-set-base.png'), fullPage: true });
  await tap(secretary, '保存基数');
  await memberRow().filter({ hasText: '本月未缴' }).waitFor();
  await expect(memberRow().innerText()).resolves.toContain('97.50 元');
});

test('the secretary records a cash payment with its receipt number; the row turns 已缴', async () => {
  // The base sheet has closed: wait for it to slide away before tapping the row under it.
  await settle(secretary);
  await memberRow().getByText('记录缴费', { exact: true }).click({ force: true });
  await seen(secretary, '本次收取');
  await secretary.locator('input[name="dues-receipt"]').filter({ visible: true }).fill('SJ-2026-0001');
  await tap(secretary, '确认记录');
  await memberRow().filter({ hasText: '已缴' }).waitFor();
  await expect(memberRow().innerText()).resolves.toContain('现金');
  const figures = secretary.getByTestId('dues-month-figures').filter({ visible: true }).first();
  await expect(figures.getByLabel('本月已缴（元） 97.50').count()).resolves.toBe(1);
});

test('the member sees 已缴 and the year statement', async () => {
  await member.goto(`${host.url}/#/packages/dues/pages/mine/index`);
  await seen(member, '党费已缴清');
  const month = member.getByTestId('dues-month').filter({ visible: true }).first();
  await month.waitFor();
  await expect(month.innerText()).resolves.toContain('已缴');
  await expect(month.innerText()).resolves.toContain('97.50 元');
  await seen(member, '缴纳明细');
  await settle(member);
  await member.screenshot({ path: artifactPath('dues-mine.png'), fullPage: true });
});
