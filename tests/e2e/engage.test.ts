import type { Page } from 'playwright-core';
import { artifactPath, demoMemberName, seen, settle, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * The suggestion box and tasks in Chromium: a member sends an anonymous suggestion, the org admin answers it
 * without seeing who wrote it, the member reads the reply; the admin assigns a task, the member reports it
 * done, the admin accepts it and sees the unit's completion.
 */
const e2e = useE2E();
let admin: Page;
let member: Page;
const ORG_UNIT = 'u-committee';
const SUGGESTION = '建议每季度请老党员讲一次党课';
const TASK = '参加志愿服务';

const tap = (page: Page, text: string) => tapText(page, text);
const visibleTextArea = (page: Page) => page.locator('textarea').filter({ visible: true }).last();

beforeAll(async () => {
  admin = await e2e.pageAs(DEMO.orgAdmin);
  member = await e2e.pageAs(DEMO.member);
});

test('a member sends an anonymous suggestion, told plainly what anonymous means', async () => {
  await member.goto(`${e2e.host.url}/#/packages/engage/pages/suggest/index`);
  await tap(member, '提建议');
  await seen(member, '匿名提交后，支部管理员看不到您的姓名；系统仅保存用于回复通知的加密标记，答复会照常通知您。');
  await tap(member, '提交建议');
  await seen(member, '请选择建议类别');
  await tap(member, '组织生活');
  await visibleTextArea(member).fill(SUGGESTION);
  await member.getByTestId('anonymous-switch').filter({ visible: true }).first().click({ force: true });
  await seen(member, '已选择匿名');
  await settle(member);
  await member.screenshot({ path: artifactPath('engage-suggest-form.png'), fullPage: true });
  await tap(member, '提交建议');
  await member.getByTestId('suggestion-card').filter({ visible: true, hasText: SUGGESTION }).first().waitFor();
  await seen(member, '已收到');
});

test('the admin answers it without seeing who wrote it; the member reads the reply', async () => {
  const memberName = await demoMemberName(e2e.host, DEMO.member);
  await admin.goto(`${e2e.host.url}/#/packages/engage/pages/suggestions/index?unitId=${ORG_UNIT}`);
  const card = admin.getByTestId('suggestion-card').filter({ visible: true, hasText: SUGGESTION }).first();
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('匿名党员');
  await expect(card.innerText()).resolves.not.toContain(memberName);
  await card.getByText('答复', { exact: true }).click({ force: true });
  await visibleTextArea(admin).fill('已列入下季度党课计划，谢谢您的建议');
  await tap(admin, '提交答复');
  // Answered, it leaves the 已收到 list.
  await card.waitFor({ state: 'hidden' });
  await tap(admin, '已答复');
  await admin
    .getByTestId('suggestion-card')
    .filter({ visible: true, hasText: '已列入下季度党课计划' })
    .first()
    .waitFor();

  await member.reload();
  await member
    .getByTestId('suggestion-card')
    .filter({ visible: true, hasText: '已列入下季度党课计划' })
    .first()
    .waitFor();
  await seen(member, '已答复');
});

test('the admin assigns a task, the member reports it done, the admin accepts it', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/engage/pages/task-manage/index?unitId=${ORG_UNIT}`);
  await tap(admin, '布置任务');
  await seen(admin, '任务名称');
  await tap(admin, TASK);
  await settle(admin);
  await admin.screenshot({ path: artifactPath('engage-task-form.png'), fullPage: true });
  await admin.getByText('布置任务', { exact: true }).filter({ visible: true }).last().click({ force: true });
  await admin.getByTestId('task-row').filter({ visible: true, hasText: TASK }).first().waitFor();

  await member.goto(`${e2e.host.url}/#/packages/engage/pages/tasks/index`);
  await member.getByTestId('task-card').filter({ visible: true, hasText: TASK }).first().click();
  await seen(member, '提交反馈');
  await visibleTextArea(member).fill('已完成学习心得一篇');
  await tap(member, '提交反馈');
  await member.getByTestId('task-detail').filter({ visible: true }).waitFor({ state: 'hidden' });
  await tap(member, '已提交');
  await member.getByTestId('task-card').filter({ visible: true, hasText: TASK }).first().waitFor();

  await admin.reload();
  await admin.getByTestId('task-row').filter({ visible: true, hasText: TASK }).first().click();
  await seen(admin, '已完成学习心得一篇');
  await tap(admin, '通过');
  await admin
    .getByTestId('task-review')
    .filter({ visible: true })
    .getByText('已完成', { exact: true })
    .first()
    .waitFor();
  await settle(admin);
  await admin.screenshot({ path: artifactPath('engage-task-review.png'), fullPage: true });

  await member.reload();
  await tap(member, '已完成');
  await member.getByTestId('task-card').filter({ visible: true, hasText: TASK }).first().waitFor();
});
