import type { Page } from 'playwright-core';
import { artifactPath, seen, settle, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * 通知公告 in Chromium: a branch secretary publishes a must-read notice; a member of the branch sees it unread
 * (with the 首页 tab's count and a to-do on 首页, whose 通知 entry opens the list), opens it and confirms 已阅; the
 * secretary then sees the receipt.
 */
const e2e = useE2E();
let admin: Page;
let member: Page;
let memberName: string;
const TITLE = '本周六上午开展主题党日活动';
/** The demo member's branch (西苑社区党支部) and its secretary. */
const BRANCH = 'u-b-west';
const SECRETARY = 'm-007';

const tap = (page: Page, text: string) => tapText(page, text);
const noticeRow = (page: Page, testId: string) =>
  page.getByTestId(testId).filter({ visible: true, hasText: TITLE }).first();

beforeAll(async () => {
  const demo = (await e2e.host.call('auth.devMembers', {})).body.data.members as Array<{
    memberId: string;
    name: string;
  }>;
  const nameOf = (id: string) => demo.find((m) => m.memberId === id)?.name ?? '';
  admin = await e2e.pageSignedInAs(nameOf(SECRETARY));
  memberName = nameOf(DEMO.member);
  member = await e2e.pageSignedInAs(memberName);
});

test('the secretary publishes a must-read notice to the branch; a missing title is named first', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/notice/pages/manage/index?unitId=${BRANCH}`);
  await seen(admin, '还没有发布过通知公告，点下方“发布通知”开始。');
  await tap(admin, '发布通知');
  await admin.getByTestId('notice-form').filter({ visible: true }).waitFor();
  await tap(admin, '发布通知');
  await seen(admin, '标题至少 2 个字');
  await admin.locator('input[name="notice-title"]').filter({ visible: true }).fill(TITLE);
  await admin
    .getByTestId('editor-block')
    .filter({ visible: true })
    .first()
    .locator('textarea')
    .fill('请全体党员上午九点到党群服务中心参加。');
  await admin.getByTestId('notice-must-read').filter({ visible: true }).locator('*').first().click({ force: true });
  await settle(admin);
  await admin.screenshot({ path: artifactPath('notices-admin-form.png'), fullPage: true });
  await tap(admin, '发布通知');
  await noticeRow(admin, 'admin-notice-row').waitFor();
  await expect(noticeRow(admin, 'admin-notice-row').innerText()).resolves.toMatch(/已读 0\/\d+ · 已确认 0/);
});

test('the member sees it unread and must-read, opens it and confirms 已阅', async () => {
  await member.reload();
  // The 首页 tab carries the count of unread notices.
  await member.getByRole('link', { name: /^1\s*首页$/ }).waitFor();
  // 今日待办 asks to confirm it; the 通知 entry opens 通知公告.
  const todo = member.getByTestId('todo-must-read').filter({ visible: true });
  await expect(todo.innerText()).resolves.toContain(`必读通知：${TITLE}`);
  await member.getByText('通知', { exact: true }).filter({ visible: true }).first().click();
  await member.getByText('系统消息', { exact: true }).filter({ visible: true }).first().waitFor();
  expect(member.url()).toContain('/packages/notice/pages/list/index');
  await noticeRow(member, 'notice-row').waitFor();
  const row = await noticeRow(member, 'notice-row').innerText();
  expect(row).toContain('未读');
  expect(row).toContain('必读');
  await member.screenshot({ path: artifactPath('notices-member-list.png'), fullPage: true });
  await noticeRow(member, 'notice-row').click();
  await seen(member, '请全体党员上午九点到党群服务中心参加。');
  await tap(member, '已阅，确认');
  await seen(member, '已确认阅读');
  await member.screenshot({ path: artifactPath('notices-member-confirmed.png'), fullPage: true });
  await member.goBack();
  // The list shows the row it had until its refresh on showing again answers: wait for the refreshed row.
  await member
    .getByTestId('notice-row')
    .filter({ visible: true, hasText: TITLE, hasNotText: '未读' })
    .first()
    .waitFor();
});

test('the secretary sees the receipt: one read, one confirmed, and the member under 已确认', async () => {
  await admin.reload();
  await noticeRow(admin, 'admin-notice-row').waitFor();
  await expect(noticeRow(admin, 'admin-notice-row').innerText()).resolves.toMatch(/已读 1\/\d+ · 已确认 1/);
  await noticeRow(admin, 'admin-notice-row').click();
  await admin.getByTestId('receipts-confirmed').filter({ visible: true, hasText: '1' }).waitFor();
  await expect(admin.getByTestId('receipts-read').filter({ visible: true }).first().innerText()).resolves.toBe('1');
  await tap(admin, '已确认');
  // The filtered list replaces the full one: wait until only one row is left, then check it is the member's.
  await admin.getByTestId('receipt-row').filter({ visible: true }).nth(1).waitFor({ state: 'detached' });
  await admin.getByTestId('receipt-row').filter({ visible: true, hasText: memberName }).first().waitFor();
  expect(await admin.getByTestId('receipt-row').filter({ visible: true }).count()).toBe(1);
  await settle(admin);
  await admin.screenshot({ path: artifactPath('notices-admin-receipts.png'), fullPage: true });
});
