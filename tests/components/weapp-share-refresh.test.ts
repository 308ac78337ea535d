import { rmSync } from 'node:fs';
import simulate from 'miniprogram-simulate';
import { bindOpenid, DEMO, seededDataDir, TEST_SECRETS } from '../support/demo-store';
import { wxContext } from '../support/fake-wx-server-sdk';
import { loadWeappApp, renderPage, waitForText } from '../support/weapp-harness';

/**
 * The built weapp as WeChat drives it: pulling a list down reloads it and folds the spinner away, and the
 * share menu of a vote or an article sends a card with its own title and a path back to it.
 */
jest.mock('wx-server-sdk', () => jest.requireActual('../support/fake-wx-server-sdk'));

type Main = (event: unknown, context?: unknown) => Promise<any>;

let dataDir: string;
let functions: Record<string, Main>;
const calls: string[] = [];
const answered: string[] = [];
let spinnerStops = 0;

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  // A branch admin under 社区党总支, in the audience of the demo poll.
  await bindOpenid(seeded.store, DEMO.eastBranchAdmin, 'openid-east');
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
      const result = await main(data, {});
      answered.push(`${name}:${data.route}`);
      return { result };
    },
  };
  wx.stopPullDownRefresh = (options?: { success?: (result: unknown) => void }) => {
    spinnerStops += 1;
    options?.success?.({});
  };
  wxContext.OPENID = 'openid-east';
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeEach(() => {
  calls.length = 0;
  spinnerStops = 0;
  loadWeappApp();
});

async function waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await simulate.sleep(20);
  }
}

test('pulling the activity list down loads it again and stops the spinner', async () => {
  const page = renderPage('pages/activity/index');
  await waitFor(() => calls.includes('api:activity.list'));
  await simulate.sleep(100);
  calls.length = 0;

  page.instance.onPullDownRefresh();
  await waitFor(() => spinnerStops > 0);
  expect(calls).toEqual(['api:activity.list']);
});

test('a vote shares as a card that names it and opens it', async () => {
  const created = await functions.admin!({
    route: 'admin.voteCreate',
    input: {
      unitId: 'u-b-east',
      kind: 'poll',
      title: '明年主题党日活动安排意见征集',
      options: ['参观红色教育基地', '社区志愿服务'],
      opensAt: Date.now() - 60_000,
      closesAt: Date.now() + 86_400_000,
    },
  });
  const voteId = created.data?.voteId as string | undefined;
  if (!voteId) throw new Error(JSON.stringify(created));

  const page = renderPage('packages/vote/pages/detail/index', { voteId });
  await waitForText(page, (t) => t.includes('明年主题党日活动安排意见征集'));
  expect(page.instance.onShareAppMessage({ from: 'menu' })).toEqual({
    title: '请参与投票：明年主题党日活动安排意见征集',
    path: `/packages/vote/pages/detail/index?voteId=${voteId}`,
  });
});

test('an article shares with its own title', async () => {
  const saved = await functions.admin!({
    route: 'admin.contentSave',
    input: {
      unitId: 'u-b-east',
      kind: 'article',
      category: 'theory',
      title: '学习新党章',
      body: '<p>党员</p>',
      estimatedMinutes: 2,
    },
  });
  const contentId = saved.data?.contentId as string | undefined;
  if (!contentId) throw new Error(JSON.stringify(saved));
  await functions.admin!({ route: 'admin.contentPublish', input: { contentId } });

  const page = renderPage('packages/study/pages/detail/index', { contentId });
  await waitForText(page, (t) => t.includes('学习新党章'));
  // The reader opens a study session as it loads; let that finish before the store is removed.
  await waitFor(() => answered.includes('api:study.open'));
  expect(page.instance.onShareAppMessage({ from: 'menu' })).toEqual({
    title: '学习新党章',
    path: `/packages/study/pages/detail/index?contentId=${contentId}`,
  });
});
