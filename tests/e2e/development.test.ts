import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import { seedDemoDevelopment } from '../../scripts/seed/demo-development';
import { artifactPath, demoMemberName, launchChromium, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * 发展党员 in Chromium: the 东湖 secretary opens the console with what is overdue and due first, records an
 * activist's due half-year review with its documents, is refused the next review as too early with the
 * earliest date named, and sees the step on the person's timeline.
 */
let host: TestHost;
let browser: Browser;
let context: BrowserContext;
let secretary: Page;
let activist: MemberDoc;

const tap = (page: Page, text: string) => tapText(page, text);

/** Uploads a small PDF as the named document's file through the page's file picker. */
async function upload(page: Page, documentName: string) {
  const row = page.getByTestId('develop-material').filter({ visible: true, hasText: documentName }).first();
  await settle(page);
  const chooser = page.waitForEvent('filechooser');
  await row.getByText('上传', { exact: true }).click({ force: true });
  await (
    await chooser
  ).setFiles({
    name: `${documentName}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  await row.getByText(`${documentName}.pdf`).waitFor();
}

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  await seedDemoDevelopment(host.store, Date.now());
  [activist] = (await host.store
    .collection<MemberDoc>('members')
    .find({ unitId: 'u-b-east', stage: 'activist', role: 'member' }, { sort: [['_id', 1]], limit: 1 })) as [MemberDoc];
  browser = await launchChromium();
  ({ page: secretary, context } = await signedInPage(
    browser,
    host.url,
    await demoMemberName(host, DEMO.eastBranchAdmin),
  ));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.close();
});

test('the console lists the overdue step first and the activist’s due review', async () => {
  await secretary.goto(`${host.url}/#/packages/develop/pages/console/index?unitId=u-b-east`);
  await secretary.getByTestId('develop-summary').filter({ visible: true }).first().waitFor();
  const rows = secretary.getByTestId('develop-due-row').filter({ visible: true });
  await rows.first().waitFor();
  await expect(rows.first().innerText()).resolves.toContain('已逾期');
  const row = rows.filter({ hasText: activist.name }).first();
  await expect(row.innerText()).resolves.toContain('第一次半年考察');
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('development-console.png'), fullPage: true });
  await row.click({ force: true });
  await secretary.getByTestId('develop-next').filter({ visible: true, hasText: '第一次半年考察' }).first().waitFor();
});

test('the secretary records the due review with its documents; the next one is refused as too early', async () => {
  await tap(secretary, '记录下一步');
  const form = secretary.getByTestId('develop-record-form').filter({ visible: true }).first();
  await form.waitFor();
  await tap(secretary, '确认记录');
  await form.getByText('还缺：思想汇报、考察记录').first().waitFor();
  await upload(secretary, '思想汇报');
  await upload(secretary, '考察记录');
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('development-record.png'), fullPage: true });
  await tap(secretary, '确认记录');
  await secretary.getByTestId('develop-next').filter({ visible: true, hasText: '第二次半年考察' }).first().waitFor();
  await secretary
    .getByTestId('develop-step-done')
    .filter({ visible: true, hasText: '第一次半年考察' })
    .first()
    .waitFor();
  const stored = await host.store.collection('development_steps').get(`${activist._id}_activistReview1`);
  expect(stored).toMatchObject({
    documents: [
      { name: '思想汇报', fileId: expect.stringMatching(/\.pdf$/) },
      { name: '考察记录', fileId: expect.stringMatching(/\.pdf$/) },
    ],
  });
  await secretary.getByTestId('develop-document').filter({ visible: true, hasText: '思想汇报' }).first().waitFor();

  await tap(secretary, '记录下一步');
  await secretary.getByTestId('develop-record-form').filter({ visible: true }).first().waitFor();
  await upload(secretary, '思想汇报');
  await upload(secretary, '考察记录');
  await tap(secretary, '确认记录');
  const refusal = secretary.getByTestId('develop-refusal').filter({ visible: true }).first();
  await refusal.waitFor();
  await expect(refusal.innerText()).resolves.toMatch(/「第二次半年考察」最早可在 \d{4}年\d{1,2}月\d{1,2}日 办理/);
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('development-refused.png'), fullPage: true });
  expect(await host.store.collection('development_steps').get(`${activist._id}_activistReview2`)).toBeNull();
});

test('the intervals page shows each interval with its source, read-only for a secretary', async () => {
  await secretary.goto(`${host.url}/#/packages/develop/pages/rules/index`);
  const page = secretary.getByTestId('develop-intervals').filter({ visible: true }).first();
  await page.waitFor();
  await expect(page.innerText()).resolves.toContain('《党章》第七条：预备期一年');
  expect(await secretary.getByText('保存修改', { exact: true }).filter({ visible: true }).count()).toBe(0);
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('development-rules.png'), fullPage: true });
});
