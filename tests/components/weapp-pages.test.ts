import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { bindOpenid, DEMO, seededDataDir, TEST_SECRETS } from '../support/demo-store';
import { wxContext } from '../support/fake-wx-server-sdk';
import { fire, loadWeappApp, navigation, renderPage, waitForText } from '../support/weapp-harness';

/**
 * The WeChat build itself, end to end: dist/weapp's login and home pages in miniprogram-simulate, with
 * `wx.cloud.callFunction` calling the real cloud function entries (fake wx-server-sdk supplying OPENID)
 * over an embedded store.
 */
jest.mock('wx-server-sdk', () => jest.requireActual('../support/fake-wx-server-sdk'));

type Main = (event: unknown, context?: unknown) => Promise<unknown>;
let dataDir: string;
const calls: string[] = [];

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  await bindOpenid(seeded.store, DEMO.officeBranchAdmin, 'openid-admin');
  await seeded.store.close();
  Object.assign(process.env, TEST_SECRETS, { DB_DRIVER: 'embedded' });
  process.env.DATA_DIR = dataDir;
  jest.spyOn(console, 'log').mockImplementation(() => {});
  const functions: Record<string, Main> = {
    api: (await import('../../cloudfunctions/functions/api')).main,
    admin: (await import('../../cloudfunctions/functions/admin')).main,
    jobs: (await import('../../cloudfunctions/functions/jobs')).main,
  };
  (global as any).wx.cloud = {
    init: () => {},
    callFunction: async ({ name, data }: { name: string; data: { route: string } }) => {
      calls.push(`${name}:${data.route}`);
      const main = functions[name];
      if (!main) throw new Error(`no cloud function ${name}`);
      return { result: await main(data, {}) };
    },
  };
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeEach(() => {
  navigation.redirects.length = 0;
  navigation.navigations.length = 0;
  navigation.relaunches.length = 0;
  navigation.tabs.length = 0;
  navigation.shareMenus.length = 0;
  calls.length = 0;
  loadWeappApp();
  (global as any).wx.clearStorageSync();
});

test('login: a bound member taps 微信登录 and is taken home', async () => {
  wxContext.OPENID = 'openid-admin';
  const page = renderPage('pages/login/index');
  await waitForText(page, (text) => text.includes('微信登录'));
  fire(page, '.login__wechat', 'tap');
  await waitFor(() => navigation.relaunches.length > 0);
  expect(navigation.relaunches).toEqual(['/pages/home/index']);
  expect(calls).toEqual(['api:me.card']);
});

test('login: an unbound WeChat user is taken to the binding page', async () => {
  wxContext.OPENID = 'openid-nobody';
  const page = renderPage('pages/login/index');
  await waitForText(page, (text) => text.includes('微信登录'));
  fire(page, '.login__wechat', 'tap');
  await waitFor(() => navigation.redirects.length > 0);
  expect(navigation.redirects).toEqual(['/packages/account/pages/bind/index']);
});

test('bind: an unbound WeChat user sees both ways to bind, with the branches to choose from', async () => {
  wxContext.OPENID = 'openid-nobody';
  const page = renderPage('packages/account/pages/bind/index');
  const text = await waitForText(page, (t) => t.includes('使用绑定码') && t.includes('东湖社区党支部') === false);
  expect(text).toContain('没有绑定码？申请绑定');
  expect(calls).toEqual(expect.arrayContaining(['api:auth.bindingStatus', 'api:auth.bindableUnits']));
});

test('home: 今日待办 and the entries come from one me.home call', async () => {
  wxContext.OPENID = 'openid-admin';
  const page = renderPage('pages/home/index');
  const text = await waitForText(page, (t) => t.includes('今日待办'));
  expect(text).toContain('您好，');
  expect(text).toContain('综合办公室党支部');
  expect(text).toContain('今日学习');
  expect(text).toMatch(/\d+ \/ \d+ 分钟/);
  for (const entry of ['学习', '答题', '活动', '投票', '积分', '我的档案', '管理后台']) expect(text).toContain(entry);
  expect(calls.filter((name) => name === 'api:me.home')).toHaveLength(1);
  // In WeChat there is no session to sign out of, and the home has no sign-out anyway.
  expect(text).not.toContain('退出登录');
});

test('home: 长辈模式 switches the page to large text and is remembered', async () => {
  wxContext.OPENID = 'openid-admin';
  const page = renderPage('pages/home/index');
  await waitForText(page, (t) => t.includes('今日待办'));
  // Class selectors go through j-component, which scopes classes per component. 长辈模式 is a theme: the
  // page frame's CSS variables change (type scale, tap targets), not its classes.
  const theme = () => page.querySelector('.page-theme')?.dom?.getAttribute('style') ?? '';
  expect(theme()).toContain('--nutui-font-size-base: 16px');
  fire(page, '.home-greeting__mode', 'tap');
  await waitFor(() => theme().includes('--nutui-font-size-base: 20px'));
  expect(theme()).toContain('--nutui-button-default-height: 48px');
  expect((global as any).wx.getStorageSync('elder-mode')).toBe(true);
});

test('home: an admin opens the console subpackage from the entry grid', async () => {
  wxContext.OPENID = 'openid-admin';
  const page = renderPage('pages/home/index');
  await waitForText(page, (t) => t.includes('管理后台'));
  fire(page, '.home-entry--admin', 'tap');
  await waitFor(() => navigation.navigations.length > 0);
  expect(navigation.navigations).toEqual(['/packages/admin/pages/index/index']);
});

test('app.json: five tabs, each with a grey and a red icon shipped in the package', () => {
  const app = JSON.parse(readFileSync(path.resolve('dist/weapp/app.json'), 'utf8'));
  const tabs = app.tabBar.list as Array<{ text: string; iconPath: string; selectedIconPath: string }>;
  expect(tabs.map((tab) => tab.text)).toEqual(['首页', '学习', '答题', '活动', '我的']);
  for (const tab of tabs) {
    for (const icon of [tab.iconPath, tab.selectedIconPath]) {
      expect(icon).toMatch(/\.png$/);
      expect(existsSync(path.resolve('dist/weapp', icon))).toBe(true);
    }
  }
});

async function waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await simulate.sleep(20);
  }
}

test('activity detail: the share card is set up as an updatable message with the live count', async () => {
  wxContext.OPENID = 'openid-admin';
  const created = await (
    await import('../../cloudfunctions/functions/admin')
  ).main({
    route: 'admin.activityCreate',
    input: {
      unitId: 'u-b-office',
      type: 'theme_day',
      title: '主题党日：参观红色教育基地',
      startAt: Date.now() + 86_400_000,
      endAt: Date.now() + 93_600_000,
      place: { text: '红色教育基地' },
      capacity: 30,
      signupOpensAt: Date.now() - 60_000,
      signupClosesAt: Date.now() + 80_000_000,
      cancelPolicy: 'any_time',
    },
  });
  const activityId = (created as { data?: { activityId: string }; error?: unknown }).data?.activityId;
  if (!activityId) throw new Error(JSON.stringify(created));
  const page = renderPage('packages/activity/pages/detail/index', { activityId });
  const text = await waitForText(page, (t) => t.includes('主题党日：参观红色教育基地') && t.includes('立即报名'));
  expect(text).toContain('0 / 30 人已报名');
  await waitFor(() => navigation.shareMenus.length > 0);
  expect(navigation.shareMenus[0]).toMatchObject({
    withShareTicket: true,
    isUpdatableMessage: true,
    activityId: 'wx-share-1',
    templateInfo: {
      parameterList: [
        { name: 'member_count', value: '0' },
        { name: 'room_limit', value: '30' },
      ],
    },
  });
  fire(page, '.action-bar__primary', 'tap');
  await waitForText(page, (t) => t.includes('报名成功'));
});

/**
 * Resolves once the next call to `route` has answered, so a test can wait for work it started instead of
 * leaving it to finish (and log) after the test is over.
 */
function answerOf(route: string): Promise<unknown> {
  const cloud = (global as any).wx.cloud;
  const callFunction = cloud.callFunction;
  return new Promise((resolve) => {
    cloud.callFunction = (request: { data: { route: string } }) => {
      const answer: Promise<unknown> = callFunction(request);
      if (request.data.route === route) {
        cloud.callFunction = callFunction;
        void answer.then(resolve, resolve);
      }
      return answer;
    };
  });
}

test('study: the weapp reader loads an article and opens a verified study session', async () => {
  wxContext.OPENID = 'openid-admin';
  const admin = (await import('../../cloudfunctions/functions/admin')).main;
  const saved = (await admin({
    route: 'admin.contentSave',
    input: {
      unitId: 'u-b-office',
      kind: 'article',
      category: 'theory',
      title: '小程序里读党章',
      body: '<h2>第一章</h2><p>党员</p><table><tr><th>甲</th></tr></table>',
      estimatedMinutes: 2,
    },
  })) as { data?: { contentId: string } };
  const contentId = saved.data?.contentId;
  if (!contentId) throw new Error(JSON.stringify(saved));
  await admin({ route: 'admin.contentPublish', input: { contentId } });

  const home = renderPage('pages/study/index');
  const homeText = await waitForText(home, (t) => t.includes('为您推荐') && t.includes('小程序里读党章'));
  // The new article is listed once, in 为您推荐 or 最新发布, never in both.
  expect(homeText.split('小程序里读党章')).toHaveLength(2);

  calls.length = 0;
  const opened = answerOf('study.open');
  const page = renderPage('packages/study/pages/detail/index', { contentId });
  const text = await waitForText(page, (t) => t.includes('小程序里读党章') && t.includes('读满 72 秒即算学完'));
  expect(text).toContain('写心得');
  expect(await opened).toMatchObject({ result: { ok: true } });
  expect(calls).toEqual(expect.arrayContaining(['api:study.get', 'api:study.open']));
});

test('quiz: the weapp daily quiz shows its questions and saves an answer through the cloud function', async () => {
  wxContext.OPENID = 'openid-admin';
  const admin = (await import('../../cloudfunctions/functions/admin')).main;
  const saved = (await admin({
    route: 'admin.questionSave',
    input: { unitId: 'u-b-office', type: 'judge', stem: '党员必须参加党的组织生活。', answer: ['对'] },
  })) as { ok: boolean };
  expect(saved.ok).toBe(true);
  calls.length = 0;
  const page = renderPage('packages/quiz/pages/take/index', { start: 'daily' });
  const text = await waitForText(page, (t) => t.includes('党员必须参加党的组织生活。') && t.includes('第 1/1 题'));
  expect(text).toContain('交卷');
  expect(calls).toContain('api:quiz.startDaily');
  const answered = answerOf('quiz.answer');
  fire(page, '.option', 'tap');
  expect(await answered).toMatchObject({ result: { ok: true } });
});
