import type { Page } from 'playwright-core';
import { artifactPath, seen } from '../support/browser';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { dispatcherFor, ok } from '../support/dispatcher';

/**
 * The 数据看板 in Chromium: the org admin opens the committee's dashboard, every chart is drawn by F2 onto its
 * canvas (pixels, not a blank element), the 三会一课 matrix marks a missing month, and tapping it opens the
 * activity form for that branch.
 */
const ORG_UNIT = 'u-committee';
const e2e = useE2E();
let admin: Page;

beforeAll(async () => {
  await seedDemoStudy(e2e.host.store, FIXED_NOW);
  await seedDemoQuiz(e2e.host.store, FIXED_NOW);
  // Seeding writes records without domain events: the nightly reconcile builds the aggregates from them.
  await ok((await dispatcherFor(e2e.host.store)).system('system.reconcileAggregates'));
  admin = await e2e.pageAs(DEMO.orgAdmin);
});

/** How many pixels of a chart's canvas hold paint (alpha above zero). */
function paintedPixels(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .filter({ visible: true })
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
      return painted;
    });
}

test('every chart of the committee’s dashboard is drawn, and the matrix marks a missing meeting', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/report/pages/dashboard/index?unitId=${ORG_UNIT}`);
  await seen(admin, '党员构成');
  // The whole year takes in the demo's records, dated around FIXED_NOW.
  await admin.getByText('按年', { exact: true }).filter({ visible: true }).click({ force: true });
  await seen(admin, '三会一课');
  await expect(
    admin
      .getByText(/1月1日至12月31日/)
      .filter({ visible: true })
      .count(),
  ).resolves.toBe(1);
  // The composition charts always have members to draw.
  for (const chart of ['chart-stage', 'chart-party-age']) {
    await admin.getByTestId(chart).filter({ visible: true }).waitFor();
    expect(await paintedPixels(admin, chart)).toBeGreaterThan(500);
  }
  // Every other chart on the page is drawn too (a chart with only zeros says so in words instead).
  const drawn = await admin
    .locator('[data-testid^="chart-"]:visible')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
  for (const chart of drawn) expect(await paintedPixels(admin, chart)).toBeGreaterThan(500);
  for (const chart of drawn) {
    await admin.getByTestId(chart).filter({ visible: true }).scrollIntoViewIfNeeded();
    await admin.screenshot({ path: artifactPath(`dashboard-${chart}.png`) });
  }

  const missing = admin.getByTestId('matrix-missing').filter({ visible: true }).first();
  await expect(missing.getAttribute('aria-label')).resolves.toMatch(/缺.+点按安排/);
  await missing.click();
  await admin.waitForURL((url) => url.hash.includes('activity-form'));
  expect(admin.url()).toMatch(/unitId=u-/);
});
