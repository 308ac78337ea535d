import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, demoMemberName, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * 民主评议 in Chromium: the 东湖 secretary opens a round, members write self-assessments and rate each other
 * anonymously, the secretary records grades and publishes, and the committee sees the counts per grade.
 * One member and the secretary act in the browser; the rest of the branch answers through the API.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let secretary: Page;
let member: Page;
let roster: Array<{ _id: string; stage: string }>;
let memberId: string;
const EAST = 'u-b-east';
const YEAR = new Date().getFullYear();
const ROUND = `${EAST}_${YEAR}`;
const SELF_TEXT = '一年来按时参加三会一课，认真学习党的理论，积极参加社区志愿服务；不足是联系群众不够主动，今后改进。';

async function pageSignedInAs(id: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, await demoMemberName(host, id));
  contexts.push(context);
  return page;
}

const tap = (page: Page, text: string) => tapText(page, text, 'last');
async function asMember(id: string, route: string, input: unknown) {
  const { body } = await host.call(route, input, await signIn(host, id));
  expect(body.ok).toBe(true);
  return body.data;
}

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  roster = await host.store
    .collection<{ _id: string; stage: string }>('members')
    .find(
      { unitPath: EAST, stage: { $in: ['probationary', 'full'] }, status: { $in: ['normal', 'mobile'] } },
      { sort: [['_id', 1]], limit: 100 },
    );
  memberId = roster.find((m) => m.stage === 'full' && m._id !== DEMO.eastBranchAdmin)!._id;
  secretary = await pageSignedInAs(DEMO.eastBranchAdmin);
  member = await pageSignedInAs(memberId);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the secretary opens the year’s round with a date for each phase', async () => {
  await secretary.goto(`${host.url}/#/packages/review/pages/manage/index?unitId=${EAST}`);
  await seen(secretary, '还没有开启过民主评议');
  await tap(secretary, '开启民主评议');
  const form = secretary.getByTestId('review-open-form').filter({ visible: true });
  await form.waitFor();
  await seen(secretary, '自我评价截止');
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('review-open-form.png'), fullPage: true });
  await form.getByText('开启民主评议', { exact: true }).click({ force: true });
  await secretary
    .getByTestId('review-round-card')
    .filter({ visible: true, hasText: `${YEAR}年度` })
    .first()
    .waitFor();
});

test('a member writes a self-assessment; the rest of the branch does so through the API', async () => {
  await member.goto(`${host.url}/#/packages/review/pages/mine/index`);
  await seen(member, `${YEAR}年度民主评议党员`);
  await member.locator('textarea').filter({ visible: true }).first().fill(SELF_TEXT);
  await tap(member, '提交自我评价');
  await seen(member, '保存修改');
  for (const m of roster.filter((r) => r._id !== memberId))
    await asMember(m._id, 'review.selfSubmit', { roundId: ROUND, text: SELF_TEXT });
});

test('after 民主测评 opens, the member grades every other member on an anonymous sheet', async () => {
  await secretary.goto(`${host.url}/#/packages/review/pages/round/index?roundId=${ROUND}&unitId=${EAST}`);
  await tap(secretary, '结束自我评价，开始民主测评');
  await tap(secretary, '确定');
  await seen(secretary, '结束民主测评');

  await member.goto(`${host.url}/#/packages/review/pages/mine/index?again=1`);
  await seen(member, '测评结果匿名保存，任何人都无法查看您的打分。每人只能提交一次，提交后不能更改。');
  const ratees = member.getByTestId('ratee').filter({ visible: true });
  await expect(ratees.count()).resolves.toBe(roster.length - 1);
  await seen(member, `还有 ${roster.length - 1} 人未选择`);
  for (let i = 0; i < roster.length - 1; i += 1)
    await ratees
      .nth(i)
      .getByText(i === 0 ? '优秀' : '合格', { exact: true })
      .click({ force: true });
  await settle(member);
  await member.screenshot({ path: artifactPath('review-rating-sheet.png'), fullPage: true });
  await tap(member, '提交测评票');
  await tap(member, '提交');
  await seen(member, '您已提交测评票，感谢参与');

  for (const rater of roster.filter((r) => r.stage === 'full' && r._id !== memberId)) {
    const grades = roster.filter((r) => r._id !== rater._id).map((r) => ({ memberId: r._id, grade: 'qualified' }));
    await asMember(rater._id, 'review.rate', { roundId: ROUND, grades });
  }
});

test('the secretary closes 民主测评, grades each member with a reason and publishes', async () => {
  await secretary.reload();
  await tap(secretary, '结束民主测评');
  await tap(secretary, '确定');
  const rows = secretary.getByTestId('grade-row').filter({ visible: true });
  await rows.first().waitFor();
  await expect(rows.count()).resolves.toBe(roster.length);
  const first = rows.first();
  await first.getByText('优秀', { exact: true }).first().click({ force: true });
  await first.locator('textarea').fill('学习积极，带头参加志愿服务');
  await first.getByText('保存评定', { exact: true }).click({ force: true });
  await first.getByText('已保存', { exact: true }).waitFor();
  await secretary.screenshot({ path: artifactPath('review-grade-sheet.png'), fullPage: true });
  const graded = await host.store
    .collection<{ _id: string; memberId: string }>('review_grades')
    .find({ roundId: ROUND }, { limit: 100 });
  expect(graded).toHaveLength(1);
  // Nobody grades themselves: the secretary's grade comes from the committee above.
  for (const m of roster.filter((r) => r._id !== graded[0]!.memberId))
    await asMember(m._id === DEMO.eastBranchAdmin ? DEMO.orgAdmin : DEMO.eastBranchAdmin, 'admin.reviewGrade', {
      roundId: ROUND,
      memberId: m._id,
      grade: 'qualified',
      reason: '按时参加组织生活',
    });
  await secretary.reload();
  await tap(secretary, '发布公示');
  await tap(secretary, '确定');
  await seen(secretary, '结束公示，完成评议');
  await seen(secretary, `合格 ${roster.length - 1} 人`);
  await member.goto(`${host.url}/#/packages/review/pages/mine/index?published=1`);
  await member.getByTestId('review-outcome').filter({ visible: true }).first().waitFor();
});

test('the committee sees the counts per grade for the general branch and rates the branch', async () => {
  const committee = await pageSignedInAs(DEMO.orgAdmin);
  await committee.goto(`${host.url}/#/packages/review/pages/branches/index?unitId=u-gb-com`);
  await tap(committee, `${YEAR}年度`);
  const summary = committee.getByTestId('review-summary').filter({ visible: true }).first();
  await summary.getByText(`${YEAR}年度民主评议汇总`).waitFor();
  await expect(summary.innerText()).resolves.toContain('已公示 1 个');
  await expect(summary.innerText()).resolves.toContain(String(roster.length - 1));
  const east = committee.getByTestId('branch-year').filter({ visible: true, hasText: '东湖社区党支部' }).first();
  await east.getByText('评星定级', { exact: true }).click({ force: true });
  const form = committee.getByTestId('branch-rating-form').filter({ visible: true });
  await form.waitFor();
  await settle(committee);
  await form.getByText('保存评定', { exact: true }).click({ force: true });
  await seen(committee, '请选择星级');
  // The kit's stars carry no label: the fourth of the five under the 星级 field.
  await form.getByTestId('branch-stars').locator(':scope > * > *').nth(3).click({ force: true });
  await form.locator('textarea').fill('评议工作规范，三会一课按时开展');
  await form.getByText('保存评定', { exact: true }).click({ force: true });
  await east.getByText('评议工作规范，三会一课按时开展').waitFor();
  await settle(committee);
  await committee.screenshot({ path: artifactPath('review-branches.png'), fullPage: true });
});
