import { rmSync } from 'node:fs';
import simulate from 'miniprogram-simulate';
import { bindOpenid, DEMO, seededDataDir, TEST_SECRETS } from '../support/demo-store';
import { wxContext } from '../support/fake-wx-server-sdk';
import { fire, loadWeappApp, renderPage, waitForText } from '../support/weapp-harness';

/**
 * WeChat's privacy authorisation, in the built weapp: the first location or file call is held by WeChat
 * until the app's popup answers. Agree (through the `agreePrivacyAuthorization` button) and the call goes
 * on; decline and it fails, the member is told in Chinese, and nothing is sent.
 */
jest.mock('wx-server-sdk', () => jest.requireActual('../support/fake-wx-server-sdk'));

type Main = (event: unknown, context?: unknown) => Promise<any>;
type Options = { success?: (result: unknown) => void; fail?: (error: unknown) => void; complete?: () => void };
type Answer = { event: string; buttonId?: string };
type Rendered = ReturnType<typeof renderPage>;

const AGREE_BUTTON = '.privacy-popup__agree';
const HERE = { latitude: 30.5728, longitude: 104.0668 };
const CSV = '姓名,身份证号,所在支部,发展阶段,阶段日期\n测试,110101199003070011,综合办公室党支部,正式党员,2020-01-01\n';

let dataDir: string;
let functions: Record<string, Main>;
const calls: string[] = [];
const modals: string[] = [];

/**
 * Stands in for the base library: a privacy API called before the user agreed raises the app's
 * onNeedPrivacyAuthorization listener and waits; it proceeds only when answered `agree` with the id of an
 * agree button on the page that the user tapped, and otherwise fails as WeChat does.
 */
const privacy = {
  listener: null as null | ((resolve: (answer: Answer) => void, info: { referrer: string }) => void),
  agreed: false,
  page: null as Rendered | null,
  tappedAgree: false,
  referrers: [] as string[],
};

function privacyApi(name: string, result: () => unknown) {
  const call = (options: Options, settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void }) => {
    const succeed = () => {
      const value = result();
      options.success?.(value);
      options.complete?.();
      settle.resolve(value);
    };
    if (privacy.agreed) return succeed();
    if (!privacy.listener) throw new Error(`${name} was called before the app listened for privacy requests`);
    privacy.referrers.push(name);
    privacy.listener(
      (answer) => {
        if (answer.event === 'exposureAuthorization') return;
        const button = answer.buttonId ? privacy.page?.querySelector(`#${answer.buttonId}`) : undefined;
        if (answer.event === 'agree' && button && privacy.tappedAgree) {
          privacy.agreed = true;
          return succeed();
        }
        const error = { errMsg: `${name}:fail privacy permission is not authorized` };
        options.fail?.(error);
        options.complete?.();
        settle.reject(error);
      },
      { referrer: name },
    );
  };
  // As in WeChat: callbacks when given, otherwise a promise (Taro passes some APIs straight through).
  return (options: Options) =>
    options.success || options.fail || options.complete
      ? call(options, { resolve: () => {}, reject: () => {} })
      : new Promise((resolve, reject) => call(options, { resolve, reject }));
}

function installPrivacyApis(wx: Record<string, any>, checkinToken: () => string): void {
  wx.onNeedPrivacyAuthorization = (listener: typeof privacy.listener) => {
    privacy.listener = listener;
  };
  wx.openPrivacyContract = (options: Options) => options.success?.({});
  wx.getLocation = privacyApi('getLocation', () => ({ ...HERE, accuracy: 10 }));
  wx.chooseMessageFile = privacyApi('chooseMessageFile', () => ({
    tempFiles: [{ path: 'wxfile://tmp/roster.csv', name: 'roster.csv', size: CSV.length, type: 'file' }],
  }));
  wx.getFileSystemManager = () => ({ readFileSync: () => Buffer.from(CSV).toString('base64') });
  wx.scanCode = (options: Options) => {
    options.success?.({ result: checkinToken() });
    options.complete?.();
  };
  wx.showModal = (options: Options & { content?: string }) => {
    modals.push(options.content ?? '');
    options.success?.({ confirm: true, cancel: false });
    options.complete?.();
  };
}

let activityId = '';
let checkinToken = '';

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  await bindOpenid(seeded.store, DEMO.officeBranchAdmin, 'openid-admin');
  await seeded.store.close();
  Object.assign(process.env, TEST_SECRETS, { DB_DRIVER: 'embedded' });
  process.env.DATA_DIR = dataDir;
  jest.spyOn(console, 'log').mockImplementation(() => {});
  functions = {
    api: (await import('../../cloudfunctions/functions/api')).main,
    admin: (await import('../../cloudfunctions/functions/admin')).main,
    jobs: (await import('../../cloudfunctions/functions/jobs')).main,
  };
  const wx = (global as any).wx;
  wx.cloud = {
    init: () => {},
    callFunction: async ({ name, data }: { name: string; data: { route: string } }) => {
      calls.push(`${name}:${data.route}`);
      const main = functions[name];
      if (!main) throw new Error(`no cloud function ${name}`);
      return { result: await main(data, {}) };
    },
  };
  // Taro binds the wx APIs it finds when the app loads: they must exist before.
  installPrivacyApis(wx, () => checkinToken);
  wxContext.OPENID = 'openid-admin';
  activityId = await checkInOpenActivity();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeEach(() => {
  calls.length = 0;
  modals.length = 0;
  privacy.agreed = false;
  privacy.tappedAgree = false;
  privacy.referrers.length = 0;
  loadWeappApp();
});

/** An activity at a place, starting in ten minutes (so check-in is open), that the admin signed up for. */
async function checkInOpenActivity(): Promise<string> {
  const now = Date.now();
  const created = await functions.admin!({
    route: 'admin.activityCreate',
    input: {
      unitId: 'u-b-office',
      type: 'theme_day',
      title: '主题党日：社区服务',
      startAt: now + 10 * 60_000,
      endAt: now + 2 * 3_600_000,
      place: { text: '社区服务中心', ...HERE, radiusMeters: 200 },
      capacity: 30,
      signupOpensAt: now - 60_000,
      signupClosesAt: now + 5 * 60_000,
      cancelPolicy: 'any_time',
    },
  });
  const id = created.data?.activityId as string | undefined;
  if (!id) throw new Error(JSON.stringify(created));
  const signedUp = await functions.api!({ route: 'activity.signUp', input: { activityId: id } });
  if (!signedUp.ok) throw new Error(JSON.stringify(signedUp));
  return id;
}

async function freshCheckinToken(): Promise<string> {
  const issued = await functions.admin!({ route: 'admin.checkinToken', input: { activityId } });
  if (!issued.ok) throw new Error(JSON.stringify(issued));
  return issued.data.token as string;
}

async function waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await simulate.sleep(20);
  }
}

function tapAgree(page: Rendered): void {
  privacy.tappedAgree = true;
  fire(page, AGREE_BUTTON, 'agreeprivacyauthorization');
}

test('check-in: declining the privacy guide sends nothing and says why', async () => {
  checkinToken = await freshCheckinToken();
  const page = renderPage('packages/activity/pages/checkin/index', {});
  privacy.page = page;
  await waitForText(page, (t) => t.includes('扫描签到二维码'));
  fire(page, '.checkin-card .nut-button', 'tap');
  const popup = await waitForText(page, (t) => t.includes('隐私保护提示'));
  expect(popup).toContain('位置信息');
  expect(popup).toContain('《智慧党建隐私保护指引》');
  expect(privacy.referrers).toEqual(['getLocation']);

  fire(page, '.privacy-popup__decline', 'tap');
  await waitFor(() => modals.length > 0);
  expect(modals[0]).toContain('没有读取您的位置，本次签到没有提交');
  await waitForText(page, (t) => !t.includes('隐私保护提示'));
  await simulate.sleep(100);
  expect(calls).not.toContain('api:activity.checkIn');
  expect(page.dom?.textContent).not.toContain('签到成功');
});

test('check-in: agreeing lets WeChat read the location and the check-in goes through', async () => {
  checkinToken = await freshCheckinToken();
  const page = renderPage('packages/activity/pages/checkin/index', {});
  privacy.page = page;
  await waitForText(page, (t) => t.includes('扫描签到二维码'));
  fire(page, '.checkin-card .nut-button', 'tap');
  await waitForText(page, (t) => t.includes('隐私保护提示'));

  tapAgree(page);
  const text = await waitForText(page, (t) => t.includes('签到成功'));
  expect(text).toContain('主题党日：社区服务');
  expect(text).not.toContain('隐私保护提示');
  expect(calls).toContain('api:activity.checkIn');
  expect(modals).toEqual([]);
});

test('roster import: declining leaves the file unread; agreeing opens the chat file and checks it', async () => {
  const page = renderPage('packages/admin/pages/import/index', { unitId: 'u-b-office' });
  privacy.page = page;
  await waitForText(page, (t) => t.includes('选择文件并检查'));

  fire(page, '.import__choose', 'tap');
  const popup = await waitForText(page, (t) => t.includes('隐私保护提示'));
  expect(popup).toContain('文件');
  fire(page, '.privacy-popup__decline', 'tap');
  await waitFor(() => modals.length > 0);
  expect(modals[0]).toContain('未选择任何文件');
  await simulate.sleep(100);
  expect(calls).not.toContain('admin:admin.rosterImport');

  fire(page, '.import__choose', 'tap');
  await waitForText(page, (t) => t.includes('隐私保护提示'));
  tapAgree(page);
  const text = await waitForText(page, (t) => t.includes('检查完成'));
  expect(text).toContain('roster.csv');
  expect(calls).toContain('admin:admin.rosterImport');
  expect(privacy.referrers).toEqual(['chooseMessageFile', 'chooseMessageFile']);
});
