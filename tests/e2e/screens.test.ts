import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchScreensBrowser } from '../../scripts/lib/screens-browser';
import { startScreensHost, type ScreensHost } from '../../scripts/lib/screens-host';
import { shootPage, viewerContext } from '../../scripts/lib/screens-shoot';
import { prepareViewers, type Viewer } from '../../scripts/lib/screens-viewers';
import { H5_DIST } from '../support/h5-dist';

/**
 * The gallery's routine (`npm run screens`) on one page, against the built H5 app: the demo host starts, the
 * viewers sign in, and the picture of a page that needs a real demo id is a PNG of the phone's width.
 */
let host: ScreensHost;
let browser: Browser;
let viewers: Viewer[];
const out = mkdtempSync(path.join(os.tmpdir(), 'zhdj-screens-test-'));

beforeAll(async () => {
  host = await startScreensHost(H5_DIST);
  browser = await launchScreensBrowser();
  viewers = await prepareViewers(host);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  rmSync(out, { recursive: true, force: true });
});

test('the member’s activity page is photographed with a real demo activity', async () => {
  const member = viewers.find((viewer) => viewer.folder === 'member');
  expect(member?.ids.activityId).toBeTruthy();
  const context = await viewerContext(browser, { token: member!.token, elder: false, now: host.now() });
  const file = path.join(out, 'member', 'activity-detail.png');
  const shot = await shootPage(
    context,
    `${host.url}/#/packages/activity/pages/detail/index?activityId=${member!.ids.activityId}`,
    file,
  );
  await context.close();

  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(780); // 390 CSS px at 2×
  expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(1688);
  expect(shot.bytes).toBeGreaterThan(5_000); // a blank page compresses to a few hundred bytes
});
