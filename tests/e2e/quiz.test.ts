import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactPath, seen, settle, visible } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { signIn } from '../support/http-host';

/**
 * Quizzes in Chromium: an org admin imports a bank through the wizard; a member takes the daily quiz (the
 * network payloads carry no answers) and an exam, and sees the review; the admin sees the statistics.
 * The host's clock runs six times faster, so honest answering is not flagged as too fast.
 */
const SPEED = 6;
/** The host's clock, from the moment the file loads. */
const start = Date.now();
const e2e = useE2E({ clock: () => start + (Date.now() - start) * SPEED });
let admin: Page;
let member: Page;
const payloads: string[] = [];

/** The organisation's committee, where the org admin keeps the bank and publishes the exam. */
const ORG_UNIT = 'u-committee';
const OPTION = '[data-testid="option"]';
const BLANK = '[data-testid="blank-answer"] input:visible, input[data-testid="blank-answer"]:visible';

/** The one visible element with exactly this text (a button's label, a tab's title). */
const byText = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();

/**
 * Taps a control by its label. The kit's button lays its pressed-state overlay over its own label, so the
 * tap lands on the button at the label's place rather than waiting for the label to be the topmost element.
 */
const tap = (page: Page, text: string) => byText(page, text).click({ force: true });

/** 交卷 in the bottom bar, then 交卷 again in the dialog that counts the blank questions. */
async function handIn(page: Page) {
  await tap(page, '交卷');
  await seen(page, '确定交卷吗？');
  await page.getByText('交卷', { exact: true }).filter({ visible: true }).last().click({ force: true });
}

const BANK = [
  '题型,题干,选项A,选项B,选项C,选项D,答案,解析,知识点,难度',
  '单选题,党的根本宗旨是什么,全心全意为人民服务,发展经济,改革开放,科技兴国,A,党章总纲规定,党章,易',
  '多选题,三会一课包括哪些,支部党员大会,支部委员会,党小组会,党课,ABCD,组织生活制度,组织生活,中',
  '判断题,党员可以不参加组织生活,,,,,错,每名党员都必须参加,组织生活,易',
  '填空题,中国共产党成立于哪一年,,,,,1921|1921年,一九二一年七月,党史,易',
  '单选题,党的组织原则是什么,民主集中制,集体领导,个人负责,少数服从多数,A,党章第十条,党章,中',
  '判断题,预备党员的预备期为一年,,,,,对,党章第七条,党章,易',
  '问答题,这一行的题型不对,,,,,随便,,,',
].join('\n');

beforeAll(async () => {
  admin = await e2e.pageAs(DEMO.orgAdmin);
  member = await e2e.pageAs(DEMO.member);
  member.on('response', async (response) => {
    if (/\/api\/quiz\.(startDaily|startExam|get)$/.test(response.url())) payloads.push(await response.text());
  });
});

test('the admin imports a question bank: a dry run first, then the valid rows', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/questions/index?unitId=${ORG_UNIT}`);
  await tap(admin, '批量导入');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zhdj-bank-')), '题库.csv');
  writeFileSync(file, BANK);
  const chooser = admin.waitForEvent('filechooser');
  await tap(admin, '选择 CSV 或 Excel 文件');
  await (await chooser).setFiles(file);
  await seen(admin, '共 7 行：6 行可导入，1 行有错误');
  await seen(admin, '题型应为');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('quiz-import.png'), fullPage: true });
  await tap(admin, '只导入无误的行');
  await seen(admin, '已导入 6 道题');
});

test('a member takes the daily quiz; the payloads carry no answers; the review shows them', async () => {
  // An exam for the member's whole organisation: the imported blank question, so the exam always asks for a
  // written answer, and three more drawn from the bank.
  const token = await signIn(e2e.host, DEMO.orgAdmin);
  const blanks = await e2e.host.call('admin.questionList', { unitId: ORG_UNIT, type: 'blank' }, token);
  const founded = blanks.body.data.items.find((q: { stem: string }) => q.stem === '中国共产党成立于哪一年');
  expect(founded).toBeDefined();
  const now = Date.now();
  const saved = await e2e.host.call(
    'admin.quizSave',
    {
      unitId: ORG_UNIT,
      kind: 'exam',
      title: '党章党规知识测试',
      fixedQuestionIds: [founded.questionId],
      draws: [{ count: 3 }],
      opensAt: now - 60_000,
      closesAt: now + 7 * 86_400_000,
      timeLimitMinutes: 30,
      attemptLimit: 2,
      passPercent: 60,
    },
    token,
  );
  expect(saved.body.ok).toBe(true);

  await tap(member, '答题');
  await seen(member, '每日答题');
  await tap(member, '开始今日答题');
  await seen(member, '第 1/5 题');
  for (let i = 0; i < 5; i += 1) {
    await seen(member, `第 ${i + 1}/5 题`);
    // The counter can show before the question below it: wait for something to answer, then look at its kind.
    await member.locator(`${OPTION}:visible, ${BLANK}`).first().waitFor();
    const blank = member.locator(BLANK);
    if (await blank.count()) await blank.first().fill('1921');
    else await visible(member, OPTION).click();
    await member.waitForTimeout(300);
    if (i === 1) {
      await settle(member);
      await member.screenshot({ path: artifactPath('quiz-take.png'), fullPage: true });
    }
    if (i < 4) await tap(member, '下一题');
  }
  await handIn(member);
  await seen(member, '逐题回顾');
  await seen(member, '正确答案');
  await settle(member);
  await member.screenshot({ path: artifactPath('quiz-result.png'), fullPage: true });
  expect(payloads.length).toBeGreaterThan(0);
  for (const body of payloads) {
    expect(body).not.toMatch(/"answer"|"explanation"|党章总纲规定|组织生活制度|一九二一年七月/);
  }
});

test('the member takes the exam with a countdown and sees the review', async () => {
  await member.goBack();
  await seen(member, '党章党规知识测试');
  await settle(member);
  await member
    .getByTestId('exam-card')
    .filter({ hasText: '党章党规知识测试' })
    .getByText('开始作答')
    .filter({ visible: true })
    .click({ force: true });
  await seen(member, '第 1/4 题');
  await seen(member, '剩余');
  let wroteBlank = false;
  for (let i = 0; i < 4; i += 1) {
    await seen(member, `第 ${i + 1}/4 题`);
    // The counter can show before the question below it: wait for something to answer, then look at its kind.
    await member.locator(`${OPTION}:visible, ${BLANK}`).first().waitFor();
    const blank = member.locator(BLANK);
    if (await blank.count()) {
      expect(await blank.first().isEditable()).toBe(true);
      await blank.first().fill('1921年');
      wroteBlank = true;
    } else await visible(member, OPTION).click();
    await member.waitForTimeout(300);
    if (i < 3) await tap(member, '下一题');
  }
  expect(wroteBlank).toBe(true);
  await handIn(member);
  await seen(member, '正确答案');
  await seen(member, '及格');
  await settle(member);
  await member.screenshot({ path: artifactPath('quiz-exam-result.png'), fullPage: true });
});

test('the admin sees the exam statistics', async () => {
  await admin.goto(`${e2e.host.url}/#/packages/admin/pages/quizzes/index?unitId=${ORG_UNIT}`);
  await tap(admin, '党章党规知识测试');
  await seen(admin, '分数分布');
  await seen(admin, '逐题分析');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('quiz-analysis.png'), fullPage: true });
});
