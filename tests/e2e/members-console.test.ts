import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactPath } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { signIn } from '../support/http-host';
import { HEADER, idFor, validRow } from '../support/roster-files';

/**
 * The members console in Chromium: a branch admin imports a roster file through the wizard, issues an
 * invite code, a new WeChat user binds with it, and the admin cannot open another branch's member.
 */
const e2e = useE2E();
let admin: Page;
let inviteCode = '';

beforeAll(async () => {
  admin = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
});

const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();
/** Taro's H5 router keeps earlier pages in the DOM, hidden: the one in view. */
const byTestId = (page: Page, id: string) => page.getByTestId(id).filter({ visible: true }).first();
/** Taro's H5 router keeps earlier pages in the DOM, hidden: wait for text on the page in view. */
const seen = (page: Page, text: string) => page.getByText(text).filter({ visible: true }).first().waitFor();
const settle = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

test('the branch admin imports a roster file: every row checked first, then the valid rows written', async () => {
  const list = await e2e.host.call('auth.devMembers', {});
  const east = list.body.data.members.find((m: { memberId: string }) => m.memberId === DEMO.eastBranchAdmin);
  await admin.goto(e2e.host.url);
  // The demo sign-in lists members as cells; the cell takes the tap.
  await admin.getByText(east.name, { exact: true }).click({ force: true });
  // The sign-in relaunches at the 首页: wait for it, or the next navigation races the relaunch.
  await seen(admin, `您好，${east.name}`);
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/index/index`);
  await seen(admin, '组织与党员');
  expect(await byTestId(admin, 'workbench-unit').innerText()).toBe('东湖社区党支部');

  await byTestId(admin, 'entry-import').click();
  await seen(admin, '选择文件并检查');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-e2e-'));
  const file = path.join(dir, '东湖花名册.csv');
  writeFileSync(
    file,
    [
      HEADER,
      validRow('浏览器新人', '1995-05-05', 41, '15100000041'),
      validRow('浏览器二号', '1996-06-06', 42, '15100000042'),
      `错误示例,男,汉族,,本科,${idFor('1997-07-07', 43).slice(0, 17)}0,15100000043,东湖社区党支部,,正式党员,2020-01-01,,正常`,
    ].join('\n'),
  );
  const chooser = admin.waitForEvent('filechooser');
  await byTestId(admin, 'import-choose').click();
  await (await chooser).setFiles(file);
  await seen(admin, '检查完成（尚未写入）');
  expect(await byTestId(admin, 'import-result').innerText()).toContain('可新增 2 人');
  expect(await admin.getByTestId('import-row').filter({ visible: true }).count()).toBe(3);
  await seen(admin, '身份证号校验位错误');
  await admin.screenshot({ path: artifactPath('console-import-report.png'), fullPage: true });

  await byTestId(admin, 'import-valid-only').click();
  await seen(admin, '已导入：新增 2 人');
  await admin.getByText('查看党员名册').click();
  await seen(admin, '浏览器新人');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('console-members.png'), fullPage: true });
});

test('the admin opens the new member, reveals the phone (audited) and issues an invite code', async () => {
  await admin.getByTestId('member-cell').filter({ visible: true, hasText: '浏览器新人' }).first().click();
  await seen(admin, '浏览器新人');
  await byTestId(admin, 'member-reveal').waitFor();
  expect(await byTestId(admin, 'member-phone').innerText()).toContain('151******41');

  await byTestId(admin, 'member-phone').getByTestId('member-reveal').click();
  await admin.getByText('验证身份', { exact: true }).filter({ visible: true }).first().click();
  await seen(admin, '这台设备不能使用指纹或人脸验证');
  await admin.locator('input[name="confirm-reason"]').filter({ visible: true }).first().fill('电脑端办公');
  await admin.getByText('确认查看', { exact: true }).filter({ visible: true }).first().click();
  await seen(admin, '15100000041');

  await admin.getByText('生成绑定码', { exact: true }).filter({ visible: true }).first().click();
  await byTestId(admin, 'member-message').waitFor();
  const message = await byTestId(admin, 'member-message').innerText();
  inviteCode = /绑定码：([A-Z0-9]{8})/.exec(message)?.[1] ?? '';
  expect(inviteCode).toMatch(/^[A-Z2-9]{8}$/);
  await settle(admin);
  await admin.screenshot({ path: artifactPath('console-member.png'), fullPage: true });
});

test('the branch admin reaches the member’s 发展进程 from 管理; stage corrections are the committee’s', async () => {
  await admin.getByText('管理', { exact: true }).filter({ visible: true }).first().click();
  await seen(admin, '更正发展阶段（党委）');
  await admin.getByText('发展进程（记录下一步）', { exact: true }).filter({ visible: true }).first().click();
  await byTestId(admin, 'develop-timeline').waitFor();
  expect(await byTestId(admin, 'page').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await admin.goBack();
  await byTestId(admin, 'member-actions').waitFor();
});

test('a new WeChat user binds with the invite code and lands on their own card', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const user = await context.newPage();
  await user.goto(e2e.host.url);
  await user.getByText('以新微信用户身份体验绑定').click();
  await seen(user, '使用绑定码');
  await user.screenshot({ path: artifactPath('bind.png'), fullPage: true });
  await user.getByRole('textbox', { name: '例如 AB3D5F7H' }).fill(inviteCode);
  await user.getByTestId('bind-invite').click();
  await seen(user, '您好，浏览器新人');
  expect(await visible(user, '[data-testid="page"]').innerText()).toContain('东湖社区党支部');
  // The home grid's 我的档案 opens the dossier page itself.
  await user.getByText('我的档案', { exact: true }).first().click();
  await seen(user, '浏览器新人 的档案');
  expect(await byTestId(user, 'dossier').innerText()).toContain('151******41');
  await settle(user);
  await user.screenshot({ path: artifactPath('me.png'), fullPage: true });
  await context.close();
});

test('the audit log shows the reveal and the binding', async () => {
  const unitId = 'u-b-east';
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/audit/index?unitId=${unitId}`);
  await seen(admin, '浏览器新人 绑定了微信（绑定码）');
  expect(await byTestId(admin, 'page').innerText()).toContain(
    '查看了 浏览器新人 的完整手机号（未使用生物认证：电脑端办公）',
  );
  await admin.screenshot({ path: artifactPath('console-audit.png'), fullPage: true });
});

test('a branch admin cannot open another branch’s member', async () => {
  const orgAdmin = await signIn(e2e.host, DEMO.orgAdmin);
  const west = (await e2e.host.call('admin.memberList', { unitId: 'u-b-west', limit: 1 }, orgAdmin)).body.data.items[0];
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/member/index?memberId=${west.memberId}`);
  await seen(admin, '该单位不在您的管理范围内');
  expect(await byTestId(admin, 'page').innerText()).not.toContain(west.name);
});
