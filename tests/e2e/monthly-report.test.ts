import type { Page } from 'playwright-core';
import { artifactPath, seen, settle } from '../support/browser';
import { seedDemoReportMonths } from '../../scripts/seed/demo-report';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';

/**
 * 月度报告 in Chromium: a branch secretary opens last month's report of their branch and sees the figures the
 * server counted; the org admin sees the committee's branches side by side; printing leaves the buttons out.
 */
const e2e = useE2E();
let d: Dispatcher;

/** Last month, complete: the demo seeds it whole, while this month may only have begun. */
const lastMonth = (() => {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
})();
const monthTitle = `${lastMonth.slice(0, 4)}年${Number(lastMonth.slice(5, 7))}月`;

beforeAll(async () => {
  await seedDemoReportMonths(e2e.host.store, Date.now());
  d = await dispatcherFor(e2e.host.store);
  // Seeding writes records without domain events: the nightly reconcile builds the aggregates from them.
  await ok(d.system('system.reconcileAggregates'));
});

afterAll(async () => {
  await d?.close();
});

/** The report as the server gives it to `memberId`, on the host's own clock. */
async function served(memberId: string, unitId: string) {
  const { token } = (await e2e.host.call('auth.devLogin', { memberId })).body.data;
  const response = await e2e.host.call('admin.monthlyReport', { unitId, month: lastMonth }, token);
  return response.body.data;
}

const openReport = (page: Page, unitId: string) =>
  page.goto(`${e2e.host.url}/#/packages/report/pages/monthly/index?unitId=${unitId}&month=${lastMonth}`);

test('a branch secretary opens last month’s report and sees the figures counted on the server', async () => {
  const expected = await served(DEMO.eastBranchAdmin, 'u-b-east');
  expect(expected.figures.study.minutes).toBeGreaterThan(0);
  const page = await e2e.pageAs(DEMO.eastBranchAdmin);
  await openReport(page, 'u-b-east');
  await seen(page, `${monthTitle}党建工作月报`);
  await seen(page, expected.name);
  const report = page.getByTestId('monthly-report').filter({ visible: true });
  const minutes = expected.figures.study.minutes.toLocaleString('zh-CN');
  await report.getByLabel(`学习时长 ${minutes}分钟`).first().waitFor({ state: 'visible' });
  await report.getByLabel('三会一课 2/2次').waitFor({ state: 'visible' });
  const learners = expected.figures.study.members.toLocaleString('zh-CN');
  await report.getByLabel(`学习人数 ${learners}人`).waitFor({ state: 'visible' });
  const attendees = expected.figures.activities.members.toLocaleString('zh-CN');
  await report.getByLabel(`参加活动 ${attendees}人`).waitFor({ state: 'visible' });
  await report.getByText('本月发展党员').waitFor({ state: 'visible' });
  await report.getByText('本月应开的会都已召开').waitFor({ state: 'visible' });
  const changes = report.getByTestId('report-changes');
  for (const change of expected.changes) await expect(changes.getByText(change.text).count()).resolves.toBe(1);
  // A branch has no side-by-side table.
  await expect(report.getByTestId('branch-table').count()).resolves.toBe(0);
  await expect(page.getByText('导出 Excel', { exact: true }).filter({ visible: true }).count()).resolves.toBe(1);
  await settle(page);
  await page.screenshot({ path: artifactPath('monthly-report-branch.png'), fullPage: true });

  // 打印 gives the figures without the picker and the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-actions').filter({ visible: true }).count()).resolves.toBe(0);
  await expect(page.getByTestId('dashboard-anchor').filter({ visible: true }).count()).resolves.toBe(0);
  await report.waitFor({ state: 'visible' });
  await page.emulateMedia({ media: 'screen' });
});

test('the org admin sees the committee’s branches side by side', async () => {
  const expected = await served(DEMO.orgAdmin, 'u-committee');
  expect(expected.branches.length).toBeGreaterThan(1);
  const page = await e2e.pageAs(DEMO.orgAdmin);
  await openReport(page, 'u-committee');
  await seen(page, '各支部对比');
  const table = page.getByTestId('branch-table').filter({ visible: true });
  const headers = await table.getByRole('columnheader').allInnerTexts();
  expect(headers.map((h) => h.trim())).toEqual(['指标', ...expected.branches.map((b: any) => b.name)]);
  const studyRow = table.getByRole('row').filter({ hasText: '学习时长（分钟）' });
  const cells = await studyRow.getByRole('cell').allInnerTexts();
  expect(cells.map((c) => c.trim())).toEqual(
    expected.branches.map((b: any) => b.figures.study.minutes.toLocaleString('zh-CN')),
  );
  await table.scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: artifactPath('monthly-report-committee.png'), fullPage: true });
});
