import dayjs from 'dayjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dateTimeText } from '../../src/lib/format';
import { artifactPath, confirmPicker, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { signIn as apiSignIn, startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * Activities in Chromium. The organiser publishes one from the form, its dates picked on the wheels. A second
 * one with one seat, starting soon, is published through the API, so its check-in is open whenever the test
 * runs; the host's clock stands still, so the organiser's rotating 6-digit code does too. Two members sign up,
 * the first cancels and the waitlisted one is promoted, checks in on the check-in page by typing the code, and
 * the organiser sees the attendance.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let organiser: Page;
let first: Page;
let second: Page;
let organiserSession: Awaited<ReturnType<typeof apiSignIn>>;
let activityId: string;
const BRANCH = 'u-b-east';
const TITLE = '社区义诊志愿服务';
const FORM_TITLE = '党史学习主题党日';
const MINUTE = 60_000;
/** The host's clock: frozen at the start, so check-in is open and the code does not rotate mid-test. */
const NOW = Date.now();

/** The one visible element with exactly this text (a button's label, a tab's title). */
const byText = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();

const tap = (page: Page, text: string) => tapText(page, text);
const byTestId = (page: Page, id: string) => page.getByTestId(id).filter({ visible: true }).first();
/** Taps a control by its test id, once sheets have finished sliding, for the same reasons as `tap`. */
async function tapTestId(page: Page, id: string) {
  await settle(page);
  await byTestId(page, id).click({ force: true });
}

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

beforeAll(async () => {
  host = await startTestHost(
    { STATIC_DIR: H5_DIST, READ_RATE_PER_MINUTE: '100000', WRITE_RATE_PER_MINUTE: '100000' },
    () => NOW,
  );
  browser = await launchChromium();
  organiserSession = await apiSignIn(host, DEMO.eastBranchAdmin);
  const members = (
    await host.call('admin.memberList', { unitId: BRANCH, limit: 50 }, organiserSession)
  ).body.data.items.filter((m: { role: string }) => m.role === 'member');
  const created = await host.call(
    'admin.activityCreate',
    {
      unitId: BRANCH,
      type: 'volunteer',
      title: TITLE,
      description: '为社区老人测血压、讲健康知识。',
      startAt: NOW + 10 * MINUTE,
      endAt: NOW + 130 * MINUTE,
      place: { text: '东湖社区服务站' },
      capacity: 1,
      signupOpensAt: NOW - MINUTE,
      signupClosesAt: NOW + 10 * MINUTE,
      cancelPolicy: 'until_deadline',
    },
    organiserSession,
  );
  expect(created.body.ok).toBe(true);
  activityId = created.body.data.activityId;
  const demo = (await host.call('auth.devMembers', {})).body.data.members;
  const organiserName = demo.find((m: { memberId: string }) => m.memberId === DEMO.eastBranchAdmin).name;
  organiser = await pageSignedInAs(organiserName);
  first = await pageSignedInAs(members[0].name);
  second = await pageSignedInAs(members[1].name);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

/** The text a date field shows, without its label. */
const fieldText = async (page: Page, testId: string) => (await byTestId(page, testId).innerText()).trim();

test('the organiser publishes from the form: the picked dates are the ones shown and the ones saved', async () => {
  await organiser.goto(`${host.url}/#/packages/admin/pages/activities/index?unitId=${BRANCH}`);
  await seen(organiser, TITLE);
  await tap(organiser, '新建活动');
  await seen(organiser, '活动类型');
  await organiser.locator('input[name="activity-title"]').filter({ visible: true }).fill(FORM_TITLE);
  await organiser.locator('input[name="activity-place"]').filter({ visible: true }).fill('支部活动室');
  // The wheels open on the field's value, so 确定 without turning them keeps it.
  const shownStart = await fieldText(organiser, 'activity-start');
  await tapTestId(organiser, 'activity-start');
  await confirmPicker(organiser, '选择开始时间');
  expect(await fieldText(organiser, 'activity-start')).toBe(shownStart);
  const shownEnd = await fieldText(organiser, 'activity-end');
  await tapTestId(organiser, 'activity-end');
  await confirmPicker(organiser, '选择结束时间');
  expect(await fieldText(organiser, 'activity-end')).toBe(shownEnd);
  await settle(organiser);
  await organiser.screenshot({ path: artifactPath('activity-form.png'), fullPage: true });
  await tap(organiser, '发布活动');
  await organiser.waitForURL(/activity-manage/);

  // The form opens the new activity's console: the saved dates are the ones the fields showed.
  const saved = new URL(organiser.url().replace('#', '')).searchParams.get('activityId') ?? '';
  const detail = (await host.call('activity.get', { activityId: saved }, organiserSession)).body.data;
  expect(detail.title).toBe(FORM_TITLE);
  expect(dateTimeText(detail.startAt)).toBe(shownStart);
  expect(dateTimeText(detail.endAt)).toBe(shownEnd);
  expect(detail.endAt).toBeGreaterThan(detail.startAt);
  expect(detail.startAt % (5 * MINUTE)).toBe(0);
});

async function openActivity(page: Page) {
  await page.goto(`${host.url}/#/pages/activity/index`);
  await byTestId(page, 'activity-card').waitFor();
  await page.getByTestId('activity-card').filter({ visible: true, hasText: TITLE }).first().click();
  await seen(page, '报名情况');
}

test('two members sign up: the first gets the seat, the second the waitlist', async () => {
  await openActivity(first);
  await settle(first);
  await first.screenshot({ path: artifactPath('activity-detail.png'), fullPage: true });
  await tap(first, '立即报名');
  await seen(first, '报名成功！');
  await openActivity(second);
  await tap(second, '名额已满，加入候补');
  await seen(second, '您已进入候补');
  await seen(second, '候补第 1 位，有人取消时自动递补');
  await settle(second);
  await second.screenshot({ path: artifactPath('activity-waitlisted.png'), fullPage: true });
});

test('the first cancels from 更多, after confirming, and the waitlisted member is promoted', async () => {
  await tap(first, '更多');
  await tap(first, '取消报名');
  await seen(first, '确定取消这次活动的报名吗？');
  await tap(first, '确定');
  await seen(first, '已取消报名。');
  await second.reload();
  await seen(second, '报名情况');
  await expect(byTestId(second, 'primary-action').innerText()).resolves.toContain('签到');
});

test('the promoted member checks in on the check-in page with the code, and the organiser sees the attendance', async () => {
  await organiser.goto(`${host.url}/#/packages/admin/pages/activity-manage/index?activityId=${activityId}`);
  await seen(organiser, '签到码');
  await settle(organiser);
  // A tap while the page is still starting can be lost: tap again until the code's sheet is open.
  for (let attempt = 1; ; attempt += 1) {
    await tap(organiser, '签到码');
    const opened = await seen(organiser, '二维码每 5 秒更新一次', 10_000).then(
      () => true,
      () => false,
    );
    if (opened) break;
    if (attempt === 3) throw new Error('签到码 did not open after three taps');
  }
  const digits = (await byTestId(organiser, 'checkin-digits').innerText()).trim();
  expect(digits).toMatch(/^\d{6}$/);
  await settle(organiser);
  await organiser.screenshot({ path: artifactPath('activity-qr.png'), fullPage: true });

  // The member cannot scan in a browser: from the 活动 tab they open 现场签到 and type the 6 digits.
  await second.goto(`${host.url}/#/pages/activity/index`);
  await tap(second, '现场签到');
  await seen(second, '输入签到码');
  await byText(second, TITLE).waitFor();
  await second.locator('input[name="checkin-digits"]').filter({ visible: true }).fill(digits);
  await settle(second);
  await second.screenshot({ path: artifactPath('activity-checkin.png'), fullPage: true });
  await tapTestId(second, 'checkin-submit');
  await seen(second, '签到成功');
  await expect(byTestId(second, 'checkin-result').innerText()).resolves.toContain(TITLE);
  await settle(second);
  await second.screenshot({ path: artifactPath('activity-checked-in.png'), fullPage: true });

  // Checked in: the bar says so, disabled, and nothing is offered that no longer applies.
  await openActivity(second);
  const primary = byTestId(second, 'primary-action');
  await expect(primary.innerText()).resolves.toMatch(/^已签到\s*签到时间 (今天|昨天|\d+月\d+日) \d{2}:\d{2}$/);
  await expect(primary.getAttribute('aria-disabled')).resolves.toBe('true');
  expect(await second.getByText('更多', { exact: true }).filter({ visible: true }).count()).toBe(0);

  await tap(organiser, '考勤');
  await organiser.getByLabel('实到 1', { exact: true }).filter({ visible: true }).waitFor();
  await settle(organiser);
  await organiser.screenshot({ path: artifactPath('activity-attendance.png'), fullPage: true });
});

test('the calendar marks the day of the activity, and a tap lists it', async () => {
  await first.goto(`${host.url}/#/pages/activity/index`);
  await tap(first, '日历');
  const day = dayjs(NOW + 10 * MINUTE).format('M月D日');
  await first
    .getByRole('button', { name: new RegExp(`^${day}，\\d+ 场活动$`) })
    .filter({ visible: true })
    .first()
    .click();
  await byText(first, TITLE).waitFor();
  await settle(first);
  await first.screenshot({ path: artifactPath('activity-calendar.png'), fullPage: true });
});
