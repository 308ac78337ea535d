import type { Page } from 'playwright-core';
import { artifactPath, confirmPicker, seen, settle } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { signIn } from '../support/http-host';

/**
 * The study console in Chromium: an org admin writes an article with a table (cells, not pipes), previews
 * it as members will see it, publishes it, assigns it in a plan picked from a searchable list with the
 * deadline on wheels, and opens the plan's report.
 */
const ORG_UNIT = 'u-committee';
const TITLE = '学习贯彻党章专题辅导';
const PLAN = '十二月党章学习';
const e2e = useE2E();
let admin: Page;

/** The one visible element with exactly this text (a button's label, a tab's title). */
const byText = (text: string) => admin.getByText(text, { exact: true }).filter({ visible: true }).first();
/** Taps a kit button by its label (the kit lays its pressed-state overlay over the label). */
const tap = (text: string) => byText(text).click({ force: true });

beforeAll(async () => {
  admin = await e2e.pageAs(DEMO.orgAdmin);
});

test('the admin writes an article with a table, previews it and publishes it', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/contents/index?unitId=${ORG_UNIT}`);
  await tap('新建学习内容');
  await seen(admin, '内容类型');
  await admin.locator('input[name="content-title"]').filter({ visible: true }).fill(TITLE);
  const minutes = admin.getByTestId('content-minutes').filter({ visible: true }).locator('input');
  await minutes.fill('3');
  await minutes.blur();
  const blocks = admin.getByTestId('editor-block').filter({ visible: true });
  await blocks.first().locator('textarea').fill('认真学习党章，严格遵守党章。');
  await tap('+ 表格');
  const table = admin.getByTestId('table-block').filter({ visible: true });
  await table.getByLabel('第 1 行第 1 列').locator('input').fill('篇目');
  await table.getByLabel('第 1 行第 2 列').locator('input').fill('学时');
  await table.getByLabel('第 2 行第 1 列').locator('input').fill('党章 总纲');
  await table.getByLabel('第 2 行第 2 列').locator('input').fill('2');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('admin-study-editor.png'), fullPage: true });

  await tap('预览');
  await seen(admin, '预览：党员看到的样子');
  await admin.locator('th').filter({ hasText: '篇目' }).filter({ visible: true }).waitFor();
  await admin.locator('td').filter({ hasText: '党章 总纲' }).filter({ visible: true }).waitFor();
  await settle(admin);
  await admin.screenshot({ path: artifactPath('admin-study-preview.png'), fullPage: true });
  await tap('返回编辑');
  // The sheet's mask fades out; a tap during the fade lands on the mask.
  await admin.getByText('预览：党员看到的样子').filter({ visible: true }).waitFor({ state: 'hidden' });
  await settle(admin);

  await tap('保存并发布');
  await seen(admin, '新建学习内容');
  await byText(TITLE).waitFor();
  const saved = (
    await e2e.host.call(
      'admin.contentList',
      { unitId: ORG_UNIT, status: 'published' },
      await signIn(e2e.host, DEMO.orgAdmin),
    )
  ).body.data.items as Array<{ title: string }>;
  expect(saved.map((item) => item.title)).toContain(TITLE);
});

test('the admin assigns a plan: content found by search, the deadline picked on wheels', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/plans/index?unitId=${ORG_UNIT}`);
  await tap('布置学习计划');
  await admin.locator('input[name="plan-title"]').filter({ visible: true }).fill(PLAN);
  const picker = admin.getByTestId('plan-items').filter({ visible: true });
  await picker.locator('input').first().fill('党章专题');
  await picker.getByText(TITLE).click();
  await seen(admin, '已选 1 项');
  await admin.getByTestId('plan-deadline').filter({ visible: true }).click();
  // Each date field has its own sheet, titled after the field.
  await confirmPicker(admin, '选择截止时间');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('admin-study-plan-form.png'), fullPage: true });
  await tap('布置计划');
  await seen(admin, '已布置的计划');
  await byText(PLAN).click();
  await seen(admin, '按单位');
  await admin.getByTestId('plan-completed').filter({ visible: true }).getByText('0', { exact: true }).waitFor();
  await tap('已完成');
  await seen(admin, '没有符合条件的党员。');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('admin-study-plan-report.png'), fullPage: true });
});
