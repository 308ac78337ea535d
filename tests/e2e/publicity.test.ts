import type { Page } from 'playwright-core';
import { artifactPath, demoMemberName, seen, settle, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * 公示栏 in Chromium: the 东湖 secretary posts a 公示, a member of the branch sees it and raises an objection
 * privately, the secretary sees the objection with the member's name, and a member of another branch does
 * not see the item at all.
 */
const e2e = useE2E();
let secretary: Page;
let member: Page;
let outsider: Page;
const EAST_BRANCH = 'u-b-east';
const EAST_MEMBER = 'm-009'; // 东湖社区党支部
const TITLE = '2026年度民主评议党员结果公示';
const OBJECTION = '本人对评议结果中的个别等次有不同意见';

const tap = (page: Page, text: string) => tapText(page, text);

beforeAll(async () => {
  secretary = await e2e.pageAs(DEMO.eastBranchAdmin);
  member = await e2e.pageAs(EAST_MEMBER);
  outsider = await e2e.pageAs(DEMO.member); // 西苑社区党支部
});

test('the secretary posts a 公示: choosing the kind proposes its period', async () => {
  await secretary.goto(`${e2e.host.url}/#/packages/publicity/pages/manage/index?unitId=${EAST_BRANCH}`);
  await tap(secretary, '发布公示');
  await seen(secretary, '公示类别');
  await tap(secretary, '评议结果公示');
  await seen(secretary, '评议结果公示至少公示 1 天；开始后不能再修改，只能撤回。');
  const ends = secretary.getByTestId('publicity-ends').filter({ visible: true }).first();
  await expect(ends.innerText()).resolves.toMatch(/月\d+日/);
  await secretary.locator('input[name="publicity-title"]').filter({ visible: true }).fill(TITLE);
  await secretary
    .locator('textarea')
    .filter({ visible: true })
    .first()
    .fill('经支部党员大会民主评议，评定结果如下，现予公示。');
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('publicity-form.png'), fullPage: true });
  await tap(secretary, '发布公示');
  await secretary.getByTestId('publicity-row').filter({ visible: true, hasText: TITLE }).first().waitFor();
});

test('a member of the branch sees it and raises an objection, told who will read it', async () => {
  await member.goto(`${e2e.host.url}/#/packages/publicity/pages/list/index`);
  await member.getByTestId('publicity-row').filter({ visible: true, hasText: TITLE }).first().click({ force: true });
  await seen(member, '提出异议');
  await seen(member, '异议仅本单位党组织管理员可见，其他党员看不到', 10_000);
  await member.getByTestId('objection-form').filter({ visible: true }).locator('textarea').first().fill(OBJECTION);
  await tap(member, '提交异议');
  await seen(member, '我提出的异议');
  await seen(member, OBJECTION);
  await seen(member, '等待党组织处理', 10_000);
});

test('the secretary sees the objection with who raised it and marks it handled', async () => {
  const name = await demoMemberName(e2e.host, EAST_MEMBER);
  await secretary.goto(`${e2e.host.url}/#/packages/publicity/pages/manage/index?unitId=${EAST_BRANCH}`);
  await secretary.getByTestId('publicity-row').filter({ visible: true, hasText: TITLE }).first().click({ force: true });
  const card = secretary.getByTestId('objection-card').filter({ visible: true, hasText: OBJECTION }).first();
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain(name);
  await card.getByText('标记已处理', { exact: true }).click({ force: true });
  await secretary
    .getByTestId('reason-sheet')
    .filter({ visible: true })
    .locator('textarea')
    .fill('已与该党员当面沟通说明');
  await tap(secretary, '确认已处理');
  await secretary
    .getByTestId('objection-card')
    .filter({ visible: true, hasText: '处理情况：已与该党员当面沟通说明' })
    .first()
    .waitFor();
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('publicity-item.png'), fullPage: true });
});

test('a member of another branch does not see the item', async () => {
  await outsider.goto(`${e2e.host.url}/#/packages/publicity/pages/list/index`);
  await seen(outsider, '现在没有正在公示的事项。');
  await expect(outsider.getByText(TITLE).filter({ visible: true }).count()).resolves.toBe(0);
});
