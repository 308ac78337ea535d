import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_SOTER_SIGNATURE } from '../../cloudfunctions/platform/soter';
import { bindOpenid, DEMO, seededDataDir, TEST_SECRETS } from '../support/demo-store';

/**
 * Every openapi call a cloud function makes must be listed in that function's config.json, or WeChat refuses
 * it in production. The functions run here as WeChat runs them, against a stand-in `cloud.openapi` that
 * records each call, through flows that reach every WeChat service the code uses; the record is checked
 * against the built dist/cloudfunctions/<fn>/config.json.
 */
const wxContext: { OPENID?: string } = {};
const openapiCalls: string[] = [];
jest.mock('wx-server-sdk', () => {
  const results: Record<string, unknown> = {
    'updatableMessage.createActivityId': {
      activityId: 'wx-share',
      expirationTime: Math.floor(Date.now() / 1000) + 86_400,
    },
    'soter.verifySignature': { isSuccess: true },
    'security.msgSecCheck': { errCode: 0, result: { suggest: 'pass' } },
  };
  const openapi = new Proxy(
    {},
    {
      get: (_target, ns: string) =>
        new Proxy(
          {},
          {
            get: (_inner, method: string) => async () => {
              openapiCalls.push(`${ns}.${method}`);
              return results[`${ns}.${method}`] ?? { errCode: 0 };
            },
          },
        ),
    },
  );
  return {
    DYNAMIC_CURRENT_ENV: Symbol('current env'),
    init: () => {},
    getWXContext: () => ({ ...wxContext }),
    openapi,
    getOpenData: async () => ({ list: [] }),
    uploadFile: async () => ({ fileID: 'cloud://env/uploads/photo.png' }),
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map(() => ({ tempFileURL: 'https://tmp.example/photo.png' })),
    }),
    database: () => {
      throw new Error('the WeChat database is not reachable in tests');
    },
  };
});

type Main = (event: unknown) => Promise<any>;
const mains: Record<string, Main> = {};
const used: Record<string, Set<string>> = { api: new Set(), admin: new Set(), jobs: new Set() };
let dataDir: string;

/** Calls function `fn` as `openid`, recording the openapi calls it makes. */
async function invoke(fn: 'api' | 'admin' | 'jobs', openid: string | undefined, route: string, input: unknown = {}) {
  if (openid) wxContext.OPENID = openid;
  else delete wxContext.OPENID;
  openapiCalls.length = 0;
  const result = await (mains[fn] as Main)({ route, input });
  for (const call of openapiCalls) used[fn]?.add(call);
  if (!result.ok) throw new Error(`${fn} ${route}: ${JSON.stringify(result.error)}`);
  return result.data;
}

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  const members = ['m-010', 'm-011', 'm-012'];
  for (const id of [DEMO.orgAdmin, ...members]) await bindOpenid(seeded.store, id, `o-${id}`);
  await seeded.store.close();
  Object.assign(process.env, TEST_SECRETS, {
    DB_DRIVER: 'embedded',
    DATA_DIR: dataDir,
    WX_TEMPLATE_ACTIVITY_REMINDER: 'tmpl-1',
    WX_TEMPLATE_MEETING_MISSING: 'tmpl-2',
  });
  jest.spyOn(console, 'log').mockImplementation(() => {});
  for (const fn of ['api', 'admin', 'jobs']) mains[fn] = (await import(`../../cloudfunctions/functions/${fn}`)).main;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('the flows that reach WeChat services, and the permissions they need', async () => {
  const admin = `o-${DEMO.orgAdmin}`;
  const now = Date.now();
  const { activityId } = await invoke('admin', admin, 'admin.activityCreate', {
    unitId: 'u-committee',
    type: 'party_lecture',
    title: '专题党课',
    startAt: now + 1_800_000,
    endAt: now + 3_600_000,
    place: { text: '会议室' },
    capacity: 1,
    signupOpensAt: now - 60_000,
    signupClosesAt: now + 1_000_000,
    cancelPolicy: 'any_time',
  });
  await invoke('api', 'o-m-010', 'activity.shareInfo', { activityId });
  await invoke('api', 'o-m-010', 'activity.signUp', { activityId });
  await invoke('api', 'o-m-011', 'activity.signUp', { activityId });
  await invoke('api', 'o-m-010', 'activity.cancel', { activityId }); // promotes m-011 and tells them
  await invoke('api', 'o-m-011', 'activity.subscribeReminder', { activityId });
  const { challenge } = await invoke('admin', admin, 'admin.identityChallenge');
  await invoke('admin', admin, 'admin.memberReveal', {
    memberId: 'm-012',
    field: 'phone',
    confirmation: { method: 'soter', resultJSON: JSON.stringify({ raw: challenge }), signature: LOCAL_SOTER_SIGNATURE },
  });
  await invoke('admin', admin, 'admin.remindMissing', { unitId: 'u-committee', period: '2026-10' });
  const { contentId } = await invoke('admin', admin, 'admin.contentSave', {
    unitId: 'u-committee',
    kind: 'article',
    category: 'theory',
    title: '学习党章',
    body: '<p>正文</p>',
    estimatedMinutes: 3,
  });
  await invoke('admin', admin, 'admin.contentPublish', { contentId });
  await invoke('api', 'o-m-010', 'study.noteSubmit', {
    targetKind: 'content',
    targetId: contentId,
    text: '学习党章让我更加明确了党员的义务。',
  });
  await invoke('api', 'o-m-010', 'forum.upload', {
    name: '合影.png',
    content: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  });
  // The activity starts within the hour, so the reminder is due: run the timer as WeChat does, with a Timer event.
  delete wxContext.OPENID;
  openapiCalls.length = 0;
  const timer = await (mains.jobs as Main)({
    Type: 'Timer',
    TriggerName: 'sendReminders',
    Time: new Date().toISOString(),
  });
  for (const call of openapiCalls) used.jobs?.add(call);
  expect(timer).toMatchObject({ ok: true, data: { sent: 1 } });

  expect([...(used.api ?? [])].sort()).toEqual([
    'security.mediaCheckAsync',
    'security.msgSecCheck',
    'subscribeMessage.send',
    'updatableMessage.createActivityId',
    'updatableMessage.setUpdatableMsg',
  ]);
  expect(used.admin).toContain('soter.verifySignature');
  expect(used.jobs).toContain('subscribeMessage.send');
});

test.each(['api', 'admin', 'jobs'])('%s: every openapi call it made is in its config.json', (fn) => {
  const config = JSON.parse(readFileSync(path.resolve('dist/cloudfunctions', fn, 'config.json'), 'utf8'));
  for (const call of used[fn] ?? []) expect(config.permissions.openapi).toContain(call);
});

test('the code calls no openapi method that no function declares', () => {
  const declared = new Set(
    ['api', 'admin', 'jobs'].flatMap(
      (fn) =>
        JSON.parse(readFileSync(path.resolve('dist/cloudfunctions', fn, 'config.json'), 'utf8')).permissions.openapi,
    ),
  );
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
    });
  const calls = sources(path.resolve('cloudfunctions')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/openapi\.(\w+)\.(\w+)\(/g)].map((match) => `${match[1]}.${match[2]}`),
  );
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) expect(declared).toContain(call);
});
