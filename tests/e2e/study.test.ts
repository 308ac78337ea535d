import type { Page } from 'playwright-core';
import { artifactPath, seen, settle } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { signIn } from '../support/http-host';

/**
 * Study in Chromium: an org admin publishes an article and assigns it in a plan (through the API; the
 * editor has its own tests); a member finds the plan on the 学习 tab, reads the article until the server
 * counts it (heartbeats every 10 s; the host's clock runs six times faster so the test waits seconds, not
 * minutes), writes a 心得, sees the plan complete and the points, and the admin's report counts the member.
 */
const SPEED = 6;
const ORG_UNIT = 'u-committee';
const TITLE = '学习贯彻党的二十大精神';
const PLAN = '十一月集中学习';
/** The host's clock, from the moment the file loads. */
const start = Date.now();
const e2e = useE2E({ clock: () => start + (Date.now() - start) * SPEED });
let adminToken: string;
let contentId: string;
let planId: string;
let member: Page;

/** The one visible element with exactly this text (a button's label, a tab's title). */
const byText = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();
/** Taps a kit button by its label (the kit lays its pressed-state overlay over the label). */
const tap = (page: Page, text: string) => byText(page, text).click({ force: true });

async function adminCall(route: string, input: unknown) {
  const { body } = await e2e.host.call(route, input, adminToken);
  if (!body.ok) throw new Error(`${route}: ${JSON.stringify(body.error)}`);
  return body.data;
}

beforeAll(async () => {
  member = await e2e.pageAs(DEMO.member);
  adminToken = await signIn(e2e.host, DEMO.orgAdmin);
});

test('the admin publishes an article and assigns it in a plan', async () => {
  ({ contentId } = await adminCall('admin.contentSave', {
    unitId: ORG_UNIT,
    kind: 'article',
    category: 'theory',
    title: TITLE,
    summary: '支部党员集中学习篇目',
    body: '<p>高举中国特色社会主义伟大旗帜。</p><h2>一、学习要点</h2><ul><li>全面贯彻新时代中国特色社会主义思想。</li></ul>',
    estimatedMinutes: 1,
  }));
  await adminCall('admin.contentPublish', { contentId });
  const now = Date.now();
  ({ planId } = await adminCall('admin.planCreate', {
    unitId: ORG_UNIT,
    title: PLAN,
    itemIds: [contentId],
    startAt: now - 60_000,
    deadline: now + 7 * 86_400_000,
  }));
});

test('the member reads the article from the plan card until it counts, and writes a 心得', async () => {
  await tap(member, '学习');
  await seen(member, '我的学习计划');
  const plan = member.getByTestId('plan-hero');
  await plan.getByText(PLAN).waitFor();
  await plan.getByText(TITLE).waitFor();
  await settle(member);
  await member.screenshot({ path: artifactPath('study-home.png'), fullPage: true });
  // The plan card offers the article, so the lists below it do not repeat it.
  expect(await member.getByTestId('content-card').filter({ hasText: TITLE }).count()).toBe(0);

  await plan.getByText('继续学习', { exact: true }).click({ force: true });
  await seen(member, '高举中国特色社会主义伟大旗帜。');
  const timer = member.getByTestId('study-timer');
  await timer.getByText('读满 36 秒即算学完', { exact: false }).waitFor();
  // Two or three heartbeats of ten real seconds each.
  await timer.getByText('已学完，获得', { exact: false }).waitFor({ timeout: 60_000 });
  await settle(member);
  await member.screenshot({ path: artifactPath('study-reader.png'), fullPage: true });

  await tap(member, '写心得');
  const form = member.getByTestId('note-form');
  await form.waitFor();
  // The sheet slides up from below the screen: tap only once it has arrived.
  await settle(member);
  // A long 心得 grows the field; 提交心得 must still be within reach.
  await form.locator('textarea').fill('学习之后很有收获，要把二十大精神落实到支部工作中。'.repeat(12));
  await form.getByText('提交心得', { exact: true }).click({ force: true });
  await form.waitFor({ state: 'hidden' });
});

test('the plan shows complete, the note waits for review, and the points appear', async () => {
  await member.goBack();
  // The 学习 tab has caught up with the reading: the finished plan is no longer the one to work on.
  await member.getByTestId('plan-hero').filter({ hasText: PLAN }).waitFor({ state: 'hidden' });
  await byText(member, '学习计划').waitFor();
  await settle(member);
  await tap(member, '学习计划');
  const plan = member.getByTestId('plan-card').filter({ hasText: PLAN });
  await plan.getByText('已完成 1 / 1').waitFor();
  await plan.getByText('已学完').waitFor();

  await member.goto(member.url().replace(/plans\/index.*$/, 'notes/index'));
  await member.getByTestId('note-card').filter({ hasText: TITLE }).getByText('待审核').waitFor();

  await member.goto(member.url().replace(/notes\/index.*$/, 'points/index'));
  await member.getByTestId('points-rules').getByText('完成图文学习').waitFor();
  await seen(member, `读完「${TITLE}」`);
  await seen(member, `完成学习计划「${PLAN}」`);
  await settle(member);
  await member.screenshot({ path: artifactPath('study-points.png'), fullPage: true });
});

test('the admin sees the member counted in the plan report', async () => {
  const report = await adminCall('admin.planReport', { planId });
  expect(report.completedMembers).toBe(1);
});
