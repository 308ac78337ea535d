import type { Page } from 'playwright-core';
import { artifactPath, seen, settle } from '../support/browser';
import { seedDemoLearning } from '../../scripts/seed/demo-learning';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * AI 出题 and 学习路径 in Chromium: a branch secretary picks a study item, drafts questions, discards one and
 * accepts one into the branch bank; a member opens their learning path and drops a suggestion.
 */
const e2e = useE2E();

beforeAll(async () => {
  await seedDemoStudy(e2e.host.store, Date.now());
  await seedDemoQuiz(e2e.host.store, Date.now());
  await seedDemoLearning(e2e.host.store, Date.now());
});

const shown = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

test('a secretary drafts questions from a study item, discards one and accepts one into the bank', async () => {
  const page = await e2e.pageAs(DEMO.eastBranchAdmin);
  await page.goto(`${e2e.host.url}/#/packages/assistant/pages/drafts/index?unitId=u-b-east`);
  await seen(page, '没有待审核的草稿，选一篇学习内容生成吧。');
  const generate = page.getByText('生成草稿', { exact: true }).filter({ visible: true });
  // Nothing to draft from until an item is picked.
  await generate.click({ force: true });
  expect(await e2e.host.store.collection<any>('question_drafts').count({})).toBe(0);

  await shown(page, 'content-picker').click();
  await seen(page, '选择学习内容');
  await shown(page, 'content-option').filter({ hasText: '红船精神的时代内涵' }).click();
  await shown(page, 'content-picker').getByText('红船精神的时代内涵').waitFor({ state: 'visible' });
  // The sheet's overlay fades out before the page takes taps again.
  await page.getByText('选择学习内容', { exact: true }).waitFor({ state: 'hidden' });
  await settle(page);
  await generate.click({ force: true });
  await seen(page, '这篇内容只找到 3 处适合出题的关键句。');
  const cards = shown(page, 'draft-card');
  // The message comes with the call's answer; the cards render just after it, so wait for them before counting.
  await cards.nth(2).waitFor({ state: 'visible' });
  await expect(cards.count()).resolves.toBe(3);
  await cards
    .first()
    .getByText(/出处：《红船精神的时代内涵》第 1 段/)
    .first()
    .waitFor({ state: 'visible' });
  await settle(page);
  await page.screenshot({ path: artifactPath('assistant-drafts.png'), fullPage: true });

  // 舍弃 asks first; the discarded draft leaves the pending list.
  await cards.nth(1).getByText('舍弃', { exact: true }).click({ force: true });
  await seen(page, '舍弃这道草稿？');
  await settle(page);
  await page.getByText('舍弃', { exact: true }).filter({ visible: true }).last().click({ force: true });
  await cards.nth(2).waitFor({ state: 'detached' });
  await expect(cards.count()).resolves.toBe(2);

  const before = await e2e.host.store.collection<any>('questions').count({ bankUnitId: 'u-b-east' });
  await cards.first().getByText('采纳', { exact: true }).click({ force: true });
  await cards.nth(1).waitFor({ state: 'detached' });
  await expect(cards.count()).resolves.toBe(1);
  expect(await e2e.host.store.collection<any>('questions').count({ bankUnitId: 'u-b-east' })).toBe(before + 1);

  await page.getByText('已入题库', { exact: true }).filter({ visible: true }).first().click({ force: true });
  await cards.first().getByText('采纳', { exact: true }).waitFor({ state: 'detached' });
  await expect(cards.count()).resolves.toBe(1);
  await expect(cards.first().getByText('采纳', { exact: true }).count()).resolves.toBe(0);
  await cards.first().getByText('已入题库').waitFor({ state: 'visible' });
});

test('a member sees the next three items with reasons and drops one with 不感兴趣', async () => {
  const page = await e2e.pageAs(DEMO.member);
  await page.goto(`${e2e.host.url}/#/packages/assistant/pages/path/index`);
  await seen(page, '下一步学什么');
  const suggestions = shown(page, 'path-suggestion');
  await expect(suggestions.count()).resolves.toBe(3);
  await suggestions
    .first()
    .getByText(/学习计划「本月集中学习」还有 \d 项未完成/)
    .waitFor({ state: 'visible' });
  await shown(page, 'weak-tags')
    .getByText(/党章 · 错 \d+ 次/)
    .waitFor({ state: 'visible' });
  await settle(page);
  await page.screenshot({ path: artifactPath('study-path.png'), fullPage: true });

  const title = (await suggestions.first().getByTestId('content-card').getAttribute('aria-label'))!;
  await suggestions.first().getByLabel(`不感兴趣：${title}`).click({ force: true });
  await page.getByLabel(`不感兴趣：${title}`).waitFor({ state: 'detached' });
  await shown(page, 'weak-tags').waitFor();
  await expect(page.getByLabel(`不感兴趣：${title}`).count()).resolves.toBe(0);
  // What is left of the demo library after dropping it: the next item takes its place only if there is one.
  await expect(suggestions.count()).resolves.toBeGreaterThanOrEqual(2);
});
