import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * Questionnaires in Chromium: an org admin drafts and publishes a questionnaire, two members answer it, and
 * the admin sees the results drawn as bars.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
const TITLE = '支部主题党日满意度调查';
const ORG_UNIT = 'u-committee';
let nameOf: (id: string) => string;

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

const tap = (page: Page, text: string) => tapText(page, text);
const confirm = (page: Page, label = '确定') =>
  page.getByText(label, { exact: true }).filter({ visible: true }).last().click({ force: true });
const surveyRow = (page: Page) => page.getByTestId('survey-row').filter({ visible: true, hasText: TITLE }).first();

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  const demo = (await host.call('auth.devMembers', {})).body.data.members as Array<{ memberId: string; name: string }>;
  nameOf = (id: string) => demo.find((m) => m.memberId === id)?.name ?? '';
  admin = await pageSignedInAs(nameOf(DEMO.orgAdmin));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the admin drafts a questionnaire, sees a form error first, then publishes it', async () => {
  await admin.goto(`${host.url}/#/packages/vote/pages/survey-manage/index?unitId=${ORG_UNIT}`);
  await tap(admin, '新建问卷');
  await seen(admin, '问卷标题');
  await tap(admin, '保存问卷');
  await seen(admin, '标题至少 2 个字');
  await admin.locator('input[name="survey-title"]').filter({ visible: true }).fill(TITLE);
  await admin.locator('input[name="question-title-1"]').filter({ visible: true }).fill('您对本月主题党日是否满意');
  await admin.locator('textarea').filter({ visible: true }).nth(1).fill('满意\n一般\n不满意');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('surveys-admin-form.png'), fullPage: true });
  await tap(admin, '保存问卷');
  await surveyRow(admin).waitFor();
  await expect(surveyRow(admin).innerText()).resolves.toContain('草稿');
  await surveyRow(admin).click();
  await tap(admin, '发布');
  await admin.waitForFunction((title) => {
    const rows = [...document.querySelectorAll('[data-testid="survey-row"]')];
    return rows.some((row) => row.textContent?.includes(title) && row.textContent.includes('已收 0/'));
  }, TITLE);
});

test.each([DEMO.member, DEMO.eastBranchAdmin])('member %s answers once', async (memberId) => {
  const member = await pageSignedInAs(nameOf(memberId));
  await member.goto(`${host.url}/#/packages/vote/pages/surveys/index`);
  await surveyRow(member).waitFor();
  await expect(surveyRow(member).innerText()).resolves.toContain('待填写');
  await surveyRow(member).click();
  await seen(member, '1. 您对本月主题党日是否满意');
  await tap(member, '满意');
  await tap(member, '提交问卷');
  await confirm(member);
  await seen(member, '您已提交本问卷，感谢参与。');
});

test('the admin sees the results as bars', async () => {
  await admin.goto(`${host.url}/#/packages/vote/pages/survey-manage/index?unitId=${ORG_UNIT}`);
  await surveyRow(admin).waitFor();
  await surveyRow(admin).click();
  await tap(admin, '查看结果');
  await admin.getByTestId('survey-results').filter({ visible: true }).waitFor();
  const counts = await admin.getByTestId('survey-count').filter({ visible: true }).allInnerTexts();
  expect(counts).toEqual(['2 人 · 100%', '0 人 · 0%', '0 人 · 0%']);
  await admin.screenshot({ path: artifactPath('surveys-admin-results.png'), fullPage: true });
});
