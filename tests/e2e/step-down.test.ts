import { seen, settle } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { signIn } from '../support/http-host';

/**
 * Handing over 超级管理员 in Chromium: the sole super admin is offered no 卸任; once a second super admin is
 * appointed, the console offers it, the sheet says who remains, and stepping down to 党员 after confirming
 * identity ends the session: the app returns to 我的, then to sign-in, and the other super admin is the only one.
 */
const e2e = useE2E();
const CONSOLE = '/#/packages/admin/pages/index/index';
const CONFIRM = { method: 'fallback', reason: '电脑端办公' };

test('a super admin steps down in the console once another super admin has been appointed', async () => {
  const page = await e2e.pageAs(DEMO.superAdmin);
  await page.goto(`${e2e.host.url}${CONSOLE}`);
  await seen(page, '组织与党员');
  await seen(page, '单位设置');
  expect(await page.getByText('卸任超级管理员', { exact: true }).filter({ visible: true }).count()).toBe(0);

  // Only a member bound to WeChat can be appointed: the demo's 党委管理员, bound here as binding would.
  const appointeeId = DEMO.orgAdmin;
  await e2e.host.store.collection('members').updateWhere({ _id: appointeeId }, { $set: { openid: 'wx-step-down' } });
  const superToken = await signIn(e2e.host, DEMO.superAdmin);
  const appointed = await e2e.host.call(
    'admin.memberSetRole',
    { memberId: appointeeId, role: 'super_admin', confirmation: CONFIRM },
    superToken,
  );
  expect(appointed.body.error ?? null).toBeNull();
  const appointee = appointed.body.data.name as string;

  await page.reload();
  await seen(page, '组织与党员');
  await page.getByText('卸任超级管理员', { exact: true }).filter({ visible: true }).first().click();
  const sheet = page.getByTestId('step-down-sheet').filter({ visible: true });
  await sheet.waitFor();
  await settle(page);
  await seen(page, `其他超级管理员（${appointee}）`);
  await sheet.getByText('党员', { exact: true }).click();
  await sheet.getByText('验证身份', { exact: true }).click();
  await seen(page, '这台设备不能使用指纹或人脸验证');
  await sheet.locator('input[name="confirm-reason"]').fill('电脑端办公');
  await sheet.getByText('确认卸任', { exact: true }).click();

  // The role change ended this session: 我的 finds it so and sends the person to sign in again.
  await seen(page, '登录已失效', 30_000);
  const remaining = await e2e.host.call('admin.superAdmins', {}, await signIn(e2e.host, appointeeId));
  expect(remaining.body.data.items.map((a: { memberId: string }) => a.memberId)).toEqual([appointeeId]);
  const refused = await e2e.host.call('admin.superAdmins', {}, await signIn(e2e.host, DEMO.superAdmin));
  expect(refused.body.ok).toBe(false);
});
