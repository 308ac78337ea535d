import type { Page } from 'playwright-core';
import { artifactPath, seen, settle } from '../support/browser';
import { seedDemoAssistant } from '../../scripts/seed/demo-assistant';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';

/**
 * 问一问 in Chromium: a member finds it on the 学习 tab, asks in their own words, reads a quoted answer with
 * its sources and opens one at the quoted passage; asks what the library cannot answer; then finds and deletes
 * the conversation.
 */
const e2e = useE2E();

beforeAll(async () => {
  await seedDemoStudy(e2e.host.store, Date.now());
  await seedDemoAssistant(e2e.host.store, Date.now());
});

const shown = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

test('a member asks in their own words, reads the cited answer and opens its source', async () => {
  const page = await e2e.pageAs(DEMO.member);
  await page.goto(`${e2e.host.url}/#/pages/study/index`);
  await page.getByText('用自己的话问学习资料，回答注明出处').filter({ visible: true }).click();
  await seen(page, '试试这样问');

  // The question box is the page's only text area.
  await page.locator('textarea').filter({ visible: true }).fill('预备党员的预备期有多长？');
  await page.getByText('提问', { exact: true }).filter({ visible: true }).last().click();
  const turn = shown(page, 'ask-turn').first();
  await turn.getByText('回答摘自本支部学习资料').waitFor();
  await turn
    .getByText(/预备期为一年/)
    .first()
    .waitFor({ state: 'visible' });
  await page.getByText(/今天还可以问 29 次/).waitFor({ state: 'visible' });
  await settle(page);
  await page.screenshot({ path: artifactPath('assistant-answer.png'), fullPage: true });

  // The source opens at the passage it quotes, marked, and scrolled into view.
  await page.getByLabel('出处1：发展党员的基本程序').click();
  const cited = shown(page, 'cited-passage');
  await cited.getByText(/预备期为一年/).waitFor({ state: 'visible' });
  expect(page.url()).toContain('contentId=c-lib-1');
  expect(page.url()).toMatch(/passage=\d+/);
  await expect(cited.locator('[data-cited="true"]').first().innerText()).resolves.toContain('预备期为一年');
  await expect(cited.textContent()).resolves.not.toContain('递交入党申请书');
  // Scrolled to: the passage comes into the viewport by itself.
  await page.waitForFunction(() => {
    const passages = [...document.querySelectorAll('[data-testid="cited-passage"]')];
    return passages.some((passage) => {
      const box = passage.getBoundingClientRect();
      return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    });
  });
  await page.screenshot({ path: artifactPath('assistant-cited-passage.png') });
});

test('a question the library cannot answer says so; the conversation can be deleted', async () => {
  const page = await e2e.pageAs('m-011');
  await page.goto(
    `${e2e.host.url}/#/packages/assistant/pages/ask/index?question=${encodeURIComponent('高铁票怎么退')}`,
  );
  await seen(page, '资料库中没有找到答案', 15_000);
  expect(await shown(page, 'ask-turn').getByRole('link').count()).toBe(0);

  await page.getByText('提问记录', { exact: true }).filter({ visible: true }).click();
  const history = shown(page, 'ask-history');
  await history.getByText('高铁票怎么退').waitFor();
  await page.getByLabel('删除「高铁票怎么退」').click();
  await seen(page, '删除这段对话？');
  await page.getByText('删除', { exact: true }).filter({ visible: true }).last().click({ force: true });
  await seen(page, '还没有提过问题。');
  expect(await e2e.host.store.collection('assistant_conversations').count({ memberId: 'm-011' })).toBe(0);
});
