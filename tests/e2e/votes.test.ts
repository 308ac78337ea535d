import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, launchChromium, seen, settle, signedInPage, tapText, visible } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * Votes in Chromium: an org admin publishes a 表决 from the console; a member votes after confirming and
 * cannot vote twice; the admin sees the turnout, ends the vote early, and the member then sees the count; an
 * admin fills each candidate's profile in the 差额选举 form and the member sees them on the ballot.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let member: Page;
const TITLE = '关于推荐支部年度优秀共产党员的表决';
/** The organisation's committee, where the org admin holds votes. */
const ORG_UNIT = 'u-committee';

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

/** The one visible element with exactly this text (a button's label, a tab's title). */
const byText = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();
const tap = (page: Page, text: string) => tapText(page, text);
/** The confirming button of the dialog on top. */
const confirm = (page: Page, label = '确定') =>
  page.getByText(label, { exact: true }).filter({ visible: true }).last().click({ force: true });
const ELECTION = '第一党支部委员会委员差额选举';
const VOTE_KIND_ELECTION = '差额选举（正式党员）';
const CANDIDATES = [
  { name: '王建国', profile: '1975年出生，2001年入党，现任社区党总支组织委员' },
  { name: '李秀英', profile: '' },
  { name: '赵志强', profile: '1988年出生，2012年入党，社区网格员' },
];
/**
 * Picks the vote's 类型 on the wheel: the wheel is dragged until the wanted line sits in its window (a drag
 * lands on a line whatever the window's height), then confirmed.
 */
async function chooseKind(page: Page, label: string) {
  await tap(page, '表决（正式党员）');
  // The wheel's lines: 表决 (where it stands), 意见征集, 差额选举; each line is as tall as the gap between two.
  const second = byText(page, '意见征集（全体党员）');
  const wanted = byText(page, label);
  await wanted.waitFor();
  await settle(page);
  const from = (await second.boundingBox())!;
  const to = (await wanted.boundingBox())!;
  const lines = label === '意见征集（全体党员）' ? 1 : 2;
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1) await page.mouse.move(x, y - ((to.y - from.y) * lines * step) / 5);
  await page.mouse.up();
  await settle(page);
  await tap(page, '确定');
  await seen(page, label);
}
const voteRow = (page: Page) => page.getByTestId('vote-row').filter({ visible: true, hasText: TITLE }).first();

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  const demo = (await host.call('auth.devMembers', {})).body.data.members as Array<{ memberId: string; name: string }>;
  const nameOf = (id: string) => demo.find((m) => m.memberId === id)?.name ?? '';
  admin = await pageSignedInAs(nameOf(DEMO.orgAdmin));
  member = await pageSignedInAs(nameOf(DEMO.member));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the admin publishes a 表决; a form error is shown first', async () => {
  await admin.goto(`${host.url}/#/packages/admin/pages/votes/index?unitId=${ORG_UNIT}`);
  await tap(admin, '发起投票');
  await seen(admin, '表决事项（标题）');
  await tap(admin, '发布投票');
  await seen(admin, '标题至少 2 个字');
  await admin.locator('input[name="vote-title"]').filter({ visible: true }).fill(TITLE);
  await settle(admin);
  await admin.screenshot({ path: artifactPath('votes-admin-form.png'), fullPage: true });
  await tap(admin, '发布投票');
  await voteRow(admin).waitFor();
  await expect(voteRow(admin).innerText()).resolves.toMatch(/已投 0\/\d+ 人/);
});

test('a member votes after confirming; the ballot cannot be changed', async () => {
  await tap(member, '投票');
  await voteRow(member).waitFor();
  await expect(voteRow(member).innerText()).resolves.toContain('待投票');
  await voteRow(member).click();
  await seen(member, '请选择一项');
  await tap(member, '同意');
  await settle(member);
  // The chosen option shows its mark, as large as the empty ones beside it (the kit gives it no size).
  const [chosen, empty] = await Promise.all(
    ['.nut-radio-icon-checked', '.nut-radio-icon'].map((mark) => visible(member, mark).boundingBox()),
  );
  expect(chosen?.width).toBeGreaterThanOrEqual(20);
  expect(chosen?.width).toBe(empty?.width);
  await member.screenshot({ path: artifactPath('votes-member-pick.png'), fullPage: true });
  await tap(member, '提交投票（已选 1 项）');
  await seen(member, '投票后不能更改');
  await confirm(member);
  await seen(member, '您已投票：同意');
  await seen(member, '投票结束后公布结果');
  expect(await member.getByTestId('ballot').filter({ visible: true }).count()).toBe(0);
});

test('the admin sees the turnout, ends the vote early, and the member then sees the count', async () => {
  await admin.reload();
  await voteRow(admin).waitFor();
  await expect(voteRow(admin).innerText()).resolves.toMatch(/已投 1\/\d+ 人/);
  await voteRow(admin).click();
  await seen(admin, '当前结果');
  await tap(admin, '提前结束投票');
  await seen(admin, '不能再投票');
  await confirm(admin, '确定结束');
  await seen(admin, '最终结果');
  await settle(admin);
  await admin.screenshot({ path: artifactPath('votes-admin-results.png'), fullPage: true });

  await member.reload();
  await seen(member, '最终结果');
  await member.getByTestId('vote-count').filter({ visible: true, hasText: '1 票 · 100%' }).first().waitFor();
  await settle(member);
  await member.screenshot({ path: artifactPath('votes-member-results.png'), fullPage: true });
});

test('the admin fills each candidate’s profile in the 差额选举 form; the member sees them on the ballot', async () => {
  await admin.goto(`${host.url}/#/packages/admin/pages/votes/index?unitId=${ORG_UNIT}`);
  await tap(admin, '发起投票');
  await seen(admin, '表决事项（标题）');
  await chooseKind(admin, VOTE_KIND_ELECTION);
  await seen(admin, '候选人（姓名与简介）');
  await admin.locator('input[name="vote-title"]').filter({ visible: true }).fill(ELECTION);
  for (const [index, candidate] of CANDIDATES.entries()) {
    await admin
      .getByRole('textbox', { name: `候选人 ${index + 1}`, exact: true })
      .filter({ visible: true })
      .fill(candidate.name);
    await admin
      .getByTestId('vote-form')
      .filter({ visible: true })
      .locator(`textarea[name="vote-profile-${index + 1}"]`)
      .fill(candidate.profile);
  }
  await settle(admin);
  await admin.screenshot({ path: artifactPath('votes-election-form.png'), fullPage: true });
  await tap(admin, '发布投票');
  const row = admin.getByTestId('vote-row').filter({ visible: true, hasText: ELECTION }).first();
  await row.waitFor();

  await member.goto(`${host.url}/#/packages/vote/pages/index/index`);
  const memberRow = member.getByTestId('vote-row').filter({ visible: true, hasText: ELECTION }).first();
  await memberRow.waitFor();
  await memberRow.click();
  await seen(member, '应选 1 人，最多选 1 人');
  await seen(member, `${CANDIDATES[0]!.name}（${CANDIDATES[0]!.profile}）`);
  await seen(member, `${CANDIDATES[2]!.name}（${CANDIDATES[2]!.profile}）`);
  // A candidate without a profile is shown by name alone.
  await member.getByText(CANDIDATES[1]!.name, { exact: true }).filter({ visible: true }).first().waitFor();
  await settle(member);
  await member.screenshot({ path: artifactPath('votes-election-ballot.png'), fullPage: true });
});
