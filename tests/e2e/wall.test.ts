import type { Page } from 'playwright-core';
import { wallToken } from '../../cloudfunctions/modules/wall/wall-link-token';
import { artifactPath, seen, settle } from '../support/browser';
import { DEMO, testCipher } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';

/**
 * The meeting room's 大屏 in Chromium: the org admin issues a link from the 数据看板; a fresh browser without any
 * session opens it on a 1920×1080 screen and sees the committee's figures; an expired or revoked link says so.
 */
const e2e = useE2E();
let d: Dispatcher;
const COMMITTEE = 'u-committee';

beforeAll(async () => {
  d = await dispatcherFor(e2e.host.store);
  await ok(d.system('system.reconcileAggregates'));
});

afterAll(async () => {
  await d?.close();
});

/** A landscape screen in a context of its own: no session, nothing stored. */
async function meetingRoomScreen(token: string): Promise<Page> {
  const context = await e2e.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${e2e.host.url}/#/packages/report/pages/wall/index?token=${encodeURIComponent(token)}`);
  return page;
}

async function adminToken(): Promise<string> {
  return (await e2e.host.call('auth.devLogin', { memberId: DEMO.orgAdmin })).body.data.token;
}

test('the org admin issues a link from the 数据看板, and the meeting room opens it without signing in', async () => {
  const page = await e2e.pageAs(DEMO.orgAdmin);
  await page.goto(`${e2e.host.url}/#/packages/report/pages/dashboard/index?unitId=${COMMITTEE}`);
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
  const [link] = (await e2e.host.call('admin.wallLinks', { unitId: COMMITTEE }, token)).body.data.items;
  const served = (await e2e.host.call('wall.view', { token: link.token })).body.data;
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
  await e2e.host.store.collection<any>('wall_links').insert({
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
  const issued = (await e2e.host.call('admin.wallLinkIssue', { unitId: COMMITTEE, hours: 1 }, token)).body.data;
  await e2e.host.call('admin.wallLinkRevoke', { unitId: COMMITTEE, linkId: issued.linkId }, token);
  const revokedScreen = await meetingRoomScreen(issued.token);
  await seen(revokedScreen, '链接已失效，请联系管理员重新生成');
  await expect(revokedScreen.getByTestId('wall').count()).resolves.toBe(0);
});
