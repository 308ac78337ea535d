import dayjs from 'dayjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, launchChromium, seen, settle, signedInPage, visible } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { signIn as apiSignIn, startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * Activities in Chromium: an organiser publishes one seat, two members sign up, the first cancels and the
 * waitlisted one is promoted, checks in by typing the rotating 6-digit code, and the organiser sees the attendance.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let organiser: Page;
let first: Page;
let second: Page;
let names: { first: string; second: string };

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  browser = await launchChromium();
  const admin = await apiSignIn(host, DEMO.eastBranchAdmin);
  const members = (
    await host.call('admin.memberList', { unitId: 'u-b-east', limit: 50 }, admin)
  ).body.data.items.filter((m: { role: string }) => m.role === 'member');
  names = { first: members[0].name, second: members[1].name };
  const demo = (await host.call('auth.devMembers', {})).body.data.members;
  const organiserName = demo.find((m: { memberId: string }) => m.memberId === DEMO.eastBranchAdmin).name;
  organiser = await pageSignedInAs(organiserName);
  first = await pageSignedInAs(names.first);
  second = await pageSignedInAs(names.second);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('the organiser publishes an activity with one seat', async () => {
  await visible(organiser, '.entries__item--admin').click();
  await seen(organiser, '党员及发展对象共');
  await visible(organiser, '.admin__activities').click();
  await visible(organiser, '.activities__new').click();
  await seen(organiser, '活动类型');
  const start = dayjs().add(10, 'minute');
  const fill = (name: string, value: string) =>
    visible(organiser, `.field:has(input[name="${name}"]) input`).fill(value);
  await fill('activity-title', '社区义诊志愿服务');
  await fill('activity-place', '东湖社区服务站');
  await fill('activity-start', start.format('YYYY-MM-DD HH:mm'));
  await fill('activity-end', start.add(2, 'hour').format('YYYY-MM-DD HH:mm'));
  await fill('activity-closes', start.format('YYYY-MM-DD HH:mm'));
  await fill('activity-capacity', '1');
  await organiser.screenshot({ path: artifactPath('activity-form.png'), fullPage: true });
  await visible(organiser, '.activity-form__submit').click();
  await seen(organiser, '社区义诊志愿服务');
  await seen(organiser, '已报名 0/1');
});

async function openActivity(page: Page) {
  await page.getByText('活动', { exact: true }).filter({ visible: true }).first().click();
  await seen(page, '社区义诊志愿服务');
  await settle(page);
  await visible(page, '.activity-card:has-text("社区义诊志愿服务")').click();
  await seen(page, '取消规则');
}

test('two members sign up: the first gets the seat, the second the waitlist', async () => {
  await openActivity(first);
  await first.screenshot({ path: artifactPath('activity-list.png'), fullPage: true });
  await visible(first, '.detail__signup').click();
  await seen(first, '报名成功！');
  await openActivity(second);
  await visible(second, '.detail__signup').click();
  await seen(second, '已进入候补');
  await seen(second, '候补第 1 位');
  await settle(second);
  await second.screenshot({ path: artifactPath('activity-waitlisted.png'), fullPage: true });
});

test('the first cancels and the waitlisted member is promoted', async () => {
  await visible(first, '.detail__cancel').click();
  await seen(first, '已取消报名。');
  await second.reload();
  await seen(second, '我的状态');
  expect(await visible(second, '.detail__status').innerText()).toBe('已报名');
});

test('the promoted member checks in with the rotating code, and the organiser sees the attendance', async () => {
  await organiser.reload();
  await seen(organiser, '签到二维码');
  await visible(organiser, '.manage__tab-qr').click();
  await seen(organiser, '二维码每 5 秒更新一次');
  await settle(organiser);
  await organiser.screenshot({ path: artifactPath('activity-qr.png'), fullPage: true });
  // The member cannot scan in a browser: they type the 6 digits shown beside the QR on the activity itself.
  const digits = (await visible(organiser, '.manage__digits').innerText()).trim();
  expect(digits).toMatch(/^\d{6}$/);
  await second.reload();
  await visible(second, '.field:has(input[name="checkin-digits"]) input').fill(digits);
  await visible(second, '.detail__checkin-submit').click();
  await seen(second, '签到成功');
  // Checked in: the status says when, and nothing is offered that no longer applies.
  expect(await visible(second, '.detail__status').innerText()).toMatch(/^已签到 · \d+月\d+日 \d{2}:\d{2}$/);
  const mine = await visible(second, '.detail__mine').innerText();
  for (const gone of ['取消报名', '请假', '开始前提醒我']) expect(mine).not.toContain(gone);
  expect(await second.locator('.detail__checkin-submit').count()).toBe(0);
  await settle(second);
  await second.screenshot({ path: artifactPath('activity-checked-in.png'), fullPage: true });

  await visible(organiser, '.manage__tab-attendance').click();
  // A branch 主题党日 expects every eligible member of the branch (ADR 13): one of them came.
  await seen(organiser, '实到 1 · 请假 0');
  await settle(organiser);
  await organiser.screenshot({ path: artifactPath('activity-attendance.png'), fullPage: true });
});

test('the calendar marks the day of the activity, and a tap lists it', async () => {
  await first.goto(`${host.url}/#/pages/activity/index`);
  await first.getByText('活动日历').filter({ visible: true }).first().click();
  await visible(first, '.month-grid__day--busy').waitFor();
  await visible(first, '.month-grid__day--busy').click();
  await seen(first, '社区义诊志愿服务');
  await settle(first);
  await first.screenshot({ path: artifactPath('activity-calendar.png'), fullPage: true });
});
