import type { Browser, BrowserContext, Page } from 'playwright-core';
import { wallToken } from '../../cloudfunctions/modules/wall/wall-link-token';
import { artifactPath, launchChromium, seen, settle, signedInPage } from '../support/browser';
import { DEMO, testCipher } from '../support/demo-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * The meeting room's 大屏 in Chromium: the org admin issues a link from the 数据看板; a fresh browser without any
 * session opens it on a 1920×1080 screen and sees the committee's figures; an expired or revoked link says so.
 */
let host: TestHost;
let browser: Browser;
let d: Dispatcher;
const contexts: BrowserContext[] = [];
const COMMITTEE = 'u-committee';

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  d = await dispatcherFor(host.store);
  await ok(d.system('system.reconcileAggregates'));
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await d?.close();
  await host?.close();
});

/** A landscape screen in a context of its own: no session, nothing stored. */
async function meetingRoomScreen(token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${host.url}/#/packages/report/pages/wall/index?token=${encodeURIComponent(token)}`);
  return page;
}

async function adminToken(): Promise<string> {
  return (await host.call('auth.devLogin', { memberId: DEMO.orgAdmin })).body.data.token;
}

test('the org admin issues a link from the 数据看板, and the meeting room opens it without signing in', async () => {
  const demo = (await host.call('auth.devMembers', {})).body.data.members as Array<{ memberId: string; name: string }>;
  const admin = demo.find((member) => member.memberId === DEMO.orgAdmin)!;
  const { page, context } = await signedInPage(browser, host.url, admin.name);
  contexts.push(context);
  await page.goto(`${host.url}/#/packages/report/pages/dashboard/index?unitId=${COMMITTEE}`);
  await page.getByText('大屏链接', { exact: true }).filter({ visible: true }).click();
  await seen(page, '生成大屏链接');
  await page.getByText('生成大屏链接', { exact: true }).filter({ visible: true }).click();
  // The toast says 请复制链接 before the list shows the new link: wait for the link's own button.
  await page.getByText('复制链接', { exact: true }).filter({ visible: true }).first().waitFor();
  await settle(page);
  await expect(page.getByText('复制链接', { exact: true }).filter({ visible: true }).count()).resolves.toBe(1);
  await expect(page.getByText('有效', { exact: true }).filter({ visible: true }).count()).resolves.toBe(1);
  await page.screenshot({ path: artifactPath('wall-links.png'), fullPage: true });

  const token = await adminToken();
  const [link] = (await host.call('admin.wallLinks', { unitId: COMMITTEE }, token)).body.data.items;
  const served = (await host.call('wall.view', { token: link.token })).body.data;
  expect(served.composition.activeMembers).toBeGreaterThan(0);

  const screen = await meetingRoomScreen(link.token);
  await seen(screen, served.unitName);
  await expect(screen.getByTestId('wall-figure').count()).resolves.toBe(6);
  const partyMembers = (served.composition.byStage.full ?? 0) + (served.composition.byStage.probationary ?? 0);
  const members = screen.getByLabel(`党员 ${partyMembers.toLocaleString('zh-CN')}人`);
  await members.waitFor({ state: 'visible' });
  await screen.getByRole('table', { name: '三会一课完成情况' }).waitFor({ state: 'visible' });
  // The whole screen fits the landscape viewport: nothing to scroll in a meeting room.
  const height = await screen.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(1080);
  await settle(screen);
  await screen.screenshot({ path: artifactPath('wall-1920.png') });
});

test('an expired link and a revoked one show that the link no longer works', async () => {
  const now = Date.now();
  const expired = { _id: 'wl-e2e-expired', unitId: COMMITTEE, expiresAt: now - 60_000 };
  await host.store.collection<any>('wall_links').insert({
    ...expired,
    unitPath: [COMMITTEE],
    createdAt: now - 3_600_000,
    createdBy: DEMO.orgAdmin,
    createdByName: '测试',
    revokedAt: null,
  });
  const expiredScreen = await meetingRoomScreen(wallToken(testCipher(), expired));
  await seen(expiredScreen, '链接已失效，请联系管理员重新生成');

  const token = await adminToken();
  const issued = (await host.call('admin.wallLinkIssue', { unitId: COMMITTEE, hours: 1 }, token)).body.data;
  await host.call('admin.wallLinkRevoke', { unitId: COMMITTEE, linkId: issued.linkId }, token);
  const revokedScreen = await meetingRoomScreen(issued.token);
  await seen(revokedScreen, '链接已失效，请联系管理员重新生成');
  await expect(revokedScreen.getByTestId('wall').count()).resolves.toBe(0);
});
