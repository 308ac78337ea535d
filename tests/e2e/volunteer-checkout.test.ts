import type { Page } from 'playwright-core';
import { artifactPath, seen, settle } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { useE2E } from '../support/e2e';
import { signIn as apiSignIn } from '../support/http-host';

/**
 * 志愿服务签退 in Chromium. The branch organiser publishes a 志愿服务 activity starting in five minutes and a
 * member of the branch signs up, both through the routes. The member checks in on the check-in page with the
 * 6-digit code from the organiser's screen; an hour later (the host's clock is moved on, it otherwise stands
 * still so the rotating code does too) they check out on the 志愿服务签退 tab with the new code, and the
 * result counts the hour served from the activity's start.
 */
const MINUTE = 60_000;
const BRANCH = 'u-b-east';
const TITLE = '社区助老志愿服务';
const clock = { now: Date.now() };
const startAt = clock.now + 5 * MINUTE;
const e2e = useE2E({
  env: { READ_RATE_PER_MINUTE: '100000', WRITE_RATE_PER_MINUTE: '100000' },
  clock: () => clock.now,
});
let organiserSession: string;
let activityId: string;
let volunteer: Page;
let volunteerSession: string;

const byText = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();
const byTestId = (page: Page, id: string) => page.getByTestId(id).filter({ visible: true }).first();

/** The code beside the QR image on the organiser's screen at the host's current time. */
async function currentCode(): Promise<string> {
  const answer = await e2e.host.call('admin.checkinToken', { activityId }, organiserSession);
  expect(answer.body.ok).toBe(true);
  return answer.body.data.code as string;
}

/** Types the code into the open check-in card, picking the activity first when several are open. */
async function submitCode(page: Page, code: string) {
  await byText(page, TITLE).waitFor();
  const digits = page.locator('input[name="checkin-digits"]').filter({ visible: true });
  if ((await digits.count()) === 0) await byText(page, TITLE).click({ force: true });
  await digits.fill(code);
  await settle(page);
  await byTestId(page, 'checkin-submit').click({ force: true });
}

beforeAll(async () => {
  const { host } = e2e;
  organiserSession = await apiSignIn(host, DEMO.eastBranchAdmin);
  const member = (
    await host.call('admin.memberList', { unitId: BRANCH, limit: 50 }, organiserSession)
  ).body.data.items.find((m: { role: string }) => m.role === 'member') as { memberId: string; name: string };
  const created = await host.call(
    'admin.activityCreate',
    {
      unitId: BRANCH,
      type: 'volunteer',
      title: TITLE,
      description: '陪社区独居老人聊天、打扫房间。',
      startAt,
      endAt: startAt + 120 * MINUTE,
      place: { text: '东湖社区服务站' },
      capacity: 10,
      signupOpensAt: clock.now - MINUTE,
      signupClosesAt: startAt,
      cancelPolicy: 'until_deadline',
    },
    organiserSession,
  );
  expect(created.body.ok).toBe(true);
  activityId = created.body.data.activityId;
  volunteerSession = await apiSignIn(host, member.memberId);
  const signedUp = await host.call('activity.signUp', { activityId }, volunteerSession);
  expect(signedUp.body.data.status).toBe('confirmed');
  volunteer = await e2e.pageAs(member.memberId);
});

test('a volunteer checks in, checks out an hour later, and sees the hour counted', async () => {
  const checkinPage = `${e2e.host.url}/#/packages/activity/pages/checkin/index`;
  await volunteer.goto(checkinPage);
  await seen(volunteer, '输入签到码');
  await submitCode(volunteer, await currentCode());
  await seen(volunteer, '签到成功');
  await expect(byTestId(volunteer, 'checkin-result').innerText()).resolves.toContain(TITLE);

  // An hour into the service the volunteer leaves: the organiser's screen shows a new code by then.
  clock.now = startAt + 60 * MINUTE;
  await volunteer.goto(`${checkinPage}?mode=out`);
  await volunteer.reload();
  await seen(volunteer, '输入签退码');
  await submitCode(volunteer, await currentCode());
  await seen(volunteer, '签退成功');
  const result = await byTestId(volunteer, 'checkin-result').innerText();
  expect(result).toContain(TITLE);
  expect(result).toContain('计入志愿服务 1 小时 0 分钟');
  await settle(volunteer);
  await volunteer.screenshot({ path: artifactPath('volunteer-checked-out.png'), fullPage: true });

  // Checking out again changes nothing: the same hour, from the first check-out.
  const again = await e2e.host.call('activity.checkOut', { activityId, code: await currentCode() }, volunteerSession);
  expect(again.body.data.minutes).toBe(60);
});
