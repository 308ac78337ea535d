import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * 组织关系转接 in Chromium: the 东湖 secretary starts a transfer of one of the branch's members to 西苑, the
 * 西苑 secretary accepts it in 转入, and the member sees the transfer done and 西苑 as their branch. Then the
 * 东湖 secretary ends a 流动党员 registration (结束流动) and the member sees it ended.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let demo: Array<{ memberId: string; name: string; unitName: string; role: string }>;

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

const tap = (page: Page, text: string) => tapText(page, text, 'last');

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  demo = (await host.call('auth.devMembers', {})).body.data.members;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('东湖 starts a transfer to 西苑, 西苑 accepts it, the member sees the new branch', async () => {
  const moving = demo.filter((m) => m.unitName === '东湖社区党支部' && m.role === 'member').at(-1)!;
  const westSecretary = demo.find((m) => m.unitName === '西苑社区党支部' && m.role === 'branch_admin')!;
  const east = await pageSignedInAs(demo.find((m) => m.memberId === DEMO.eastBranchAdmin)!.name);

  await east.goto(`${host.url}/#/packages/transfer/pages/start/index?unitId=u-b-east`);
  await east.getByTestId('transfer-start-form').filter({ visible: true }).waitFor();
  await east.getByTestId('transfer-member').filter({ visible: true }).click({ force: true });
  await tap(east, moving.name);
  await east.getByText('选择党员', { exact: true }).filter({ visible: true }).waitFor({ state: 'hidden' });
  await settle(east);
  await east.getByTestId('transfer-unit').filter({ visible: true }).click({ force: true });
  await tap(east, '西苑社区党支部');
  await east.getByText('选择接收支部', { exact: true }).filter({ visible: true }).waitFor({ state: 'hidden' });
  await east.getByRole('textbox', { name: '如：城南组字第 12 号' }).fill('城南组字第 88 号');
  await tap(east, '工作调动');
  await settle(east);
  await east.screenshot({ path: artifactPath('transfer-start.png'), fullPage: true });
  await tap(east, '发起转接');
  const started = east.getByTestId('transfer-card').filter({ visible: true, hasText: moving.name }).first();
  await started.waitFor();
  await expect(started.innerText()).resolves.toContain('待接收');

  const west = await pageSignedInAs(westSecretary.name);
  await west.goto(`${host.url}/#/packages/transfer/pages/list/index?unitId=u-b-west`);
  await tap(west, '转入（1）');
  const incoming = west.getByTestId('transfer-card').filter({ visible: true, hasText: moving.name }).first();
  await incoming.waitFor();
  await incoming.getByText('接收', { exact: true }).click({ force: true });
  await seen(west, `确认后，${moving.name}即转入西苑社区党支部，原支部不再管理其档案。`);
  await tap(west, '确认接收');
  await west.getByTestId('transfer-card').filter({ visible: true, hasText: '已接收' }).first().waitFor();
  await settle(west);
  await west.screenshot({ path: artifactPath('transfer-accepted.png'), fullPage: true });

  const member = await pageSignedInAs(moving.name);
  await member.goto(`${host.url}/#/packages/transfer/pages/mine/index`);
  const mine = member.getByTestId('transfer-card').filter({ visible: true }).first();
  await mine.waitFor();
  await expect(mine.innerText()).resolves.toMatch(/已接收[\s\S]*东湖社区党支部 → 西苑社区党支部/);
  await member.goto(`${host.url}/#/pages/me/index`);
  await seen(member, '西苑社区党支部');
});

test('东湖 ends a 流动党员 registration, it stays listed as ended, and the member sees it ended', async () => {
  const token = await signIn(host, DEMO.eastBranchAdmin);
  const away = demo.filter((m) => m.unitName === '东湖社区党支部' && m.role === 'member').at(-2)!;
  const registered = await host.call(
    'admin.flowRegister',
    { memberId: away.memberId, place: '广东省深圳市南山区', since: Date.now() - 30 * 86_400_000 },
    token,
  );
  expect(registered.body).toMatchObject({ ok: true });
  const flowing = registered.body.data;
  const east = await pageSignedInAs(demo.find((m) => m.memberId === DEMO.eastBranchAdmin)!.name);
  await east.goto(`${host.url}/#/packages/transfer/pages/flow/index?unitId=u-b-east`);
  const card = east.getByTestId('flow-card').filter({ visible: true, hasText: flowing.memberName }).first();
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('流动中');
  await card.getByText('结束流动', { exact: true }).click({ force: true });
  await seen(east, `确认后，${flowing.memberName}的党籍状态恢复为“正常”，这次流动登记保留在记录中。`);
  await tap(east, '确认结束');
  await seen(east, '结束原因至少 2 个字');
  await east.getByRole('textbox', { name: '结束原因' }).filter({ visible: true }).fill('已返回本地工作');
  await settle(east);
  await east.screenshot({ path: artifactPath('flow-end.png'), fullPage: true });
  await tap(east, '确认结束');
  await card.getByText('已结束流动', { exact: true }).waitFor();
  await expect(card.innerText()).resolves.toContain('结束原因：已返回本地工作');
  await expect(card.getByText('结束流动', { exact: true }).count()).resolves.toBe(0);

  const member = await pageSignedInAs(flowing.memberName);
  await member.goto(`${host.url}/#/packages/transfer/pages/mine/index`);
  const mine = member.getByTestId('flow-card').filter({ visible: true }).first();
  await mine.waitFor();
  await expect(mine.innerText()).resolves.toMatch(/已结束流动[\s\S]*结束原因：已返回本地工作/);
});

test('我的档案 shows my 表彰 and opens my 组织关系转接 and 发展进程', async () => {
  const token = await signIn(host, DEMO.eastBranchAdmin);
  const honoured = demo.filter((m) => m.unitName === '东湖社区党支部' && m.role === 'member').at(-3)!;
  const honour = {
    memberId: honoured.memberId,
    title: '优秀共产党员',
    level: 'street',
    awardedAt: Date.now() - 86_400_000,
  };
  expect((await host.call('admin.honourAdd', { ...honour, kind: 'commendation' }, token)).body).toMatchObject({
    ok: true,
  });
  const member = await pageSignedInAs(honoured.name);
  await member.goto(`${host.url}/#/pages/me/index`);
  await tap(member, '我的档案');
  await seen(member, '表彰记录');
  await seen(member, '优秀共产党员');
  await settle(member);
  await member.screenshot({ path: artifactPath('dossier.png'), fullPage: true });
  await tap(member, '组织关系转接');
  await member.waitForURL(/packages\/transfer\/pages\/mine/);
  await seen(member, '志愿服务时长');
  // The dossier loaded afresh rather than by the browser's back button, which races the router on a busy
  // machine (a change of the hash alone does not bring a page already in the stack back).
  await member.goto(`${host.url}/#/packages/transfer/pages/dossier/index`);
  await member.reload();
  await seen(member, '表彰记录');
  await tap(member, '发展进程');
  await member.waitForURL(/packages\/develop\/pages\/mine/);
});
