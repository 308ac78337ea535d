import { rmSync } from 'node:fs';
import { bindOpenid, DEMO, seededDataDir, TEST_SECRETS } from '../support/demo-store';

/**
 * Routes called as WeChat calls them: `main(event, context)` of each cloud function, with a fake
 * wx-server-sdk that supplies the caller's OPENID (as WeChat does) and an embedded store behind it.
 */
const wxContext: { OPENID?: string } = {};
jest.mock('wx-server-sdk', () => ({
  DYNAMIC_CURRENT_ENV: Symbol('current env'),
  init: jest.fn(),
  getWXContext: () => ({ ...wxContext }),
  database: () => {
    throw new Error('the WeChat database is not reachable in tests');
  },
}));

type Main = (event: unknown, context?: unknown) => Promise<{ ok: boolean; data?: any; error?: any }>;
let api: Main;
let admin: Main;
let jobs: Main;
let dataDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  await bindOpenid(seeded.store, DEMO.member, 'openid-member');
  await bindOpenid(seeded.store, DEMO.officeBranchAdmin, 'openid-office-admin');
  await seeded.store.close();
  Object.assign(process.env, TEST_SECRETS, { DB_DRIVER: 'embedded' });
  process.env.DATA_DIR = dataDir;
  jest.spyOn(console, 'log').mockImplementation((line: string) => void logLines.push(line));
  ({ main: api } = await import('../../cloudfunctions/functions/api'));
  ({ main: admin } = await import('../../cloudfunctions/functions/admin'));
  ({ main: jobs } = await import('../../cloudfunctions/functions/jobs'));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const as = (openid: string | undefined) => {
  if (openid) wxContext.OPENID = openid;
  else delete wxContext.OPENID;
};

describe('api function', () => {
  test('a bound member sees their card, identified by OPENID alone', async () => {
    as('openid-member');
    const result = await api({ route: 'me.card', input: {} }, {});
    expect(result.ok).toBe(true);
    expect(result.data.memberId).toBe(DEMO.member);
    expect(result.data.unitPath).toEqual(expect.arrayContaining(['城南街道党委']));
  });

  test('an OPENID bound to nobody is told how to bind', async () => {
    as('openid-stranger');
    expect(await api({ route: 'me.card', input: {} })).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });

  test('identity cannot be set from the body', async () => {
    as('openid-stranger');
    const result = await api({ route: 'me.card', input: { openid: 'openid-member', memberId: DEMO.member } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const extra = await api({ route: 'me.card', input: {}, userInfo: { openId: 'openid-member' } });
    expect(extra).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });

  test('a call without OPENID is not a member', async () => {
    as(undefined);
    expect(await api({ route: 'me.card', input: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  test('the demo login is never available in WeChat', async () => {
    as('openid-member');
    expect(await api({ route: 'auth.devMembers', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'DEV_LOGIN_DISABLED' },
    });
  });

  test.each([
    ['null', null],
    ['a string', 'me.card'],
    ['a number route', { route: 5 }],
    ['an array', [1, 2]],
  ])('a malformed event (%s) gets MALFORMED_EVENT', async (_label, event) => {
    as('openid-member');
    expect(await api(event)).toMatchObject({ ok: false, error: { code: 'MALFORMED_EVENT' } });
  });

  test('unknown routes and routes of another function are refused', async () => {
    as('openid-member');
    expect(await api({ route: 'me.nothing' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
    expect(await api({ route: 'admin.unitOverview', input: { unitId: 'u-b-office' } })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ROUTE' },
    });
    expect(await api({ route: '__proto__' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
  });

  test('oversized input gets PAYLOAD_TOO_LARGE', async () => {
    as('openid-member');
    const result = await api({ route: 'me.card', input: { padding: 'x'.repeat(70 * 1024) } });
    expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  test('each call logs one JSON line with route, outcome and store operations', async () => {
    as('openid-member');
    logLines.length = 0;
    await api({ route: 'me.card', input: {} });
    expect(logLines).toHaveLength(1);
    const line = JSON.parse(logLines[0] as string);
    expect(line).toMatchObject({ entry: 'api', route: 'me.card', outcome: 'ok' });
    expect(line.reads).toBeGreaterThanOrEqual(2);
    expect(line.writes).toBe(0);
    expect(typeof line.ms).toBe('number');
  });
});

describe('admin function', () => {
  test('a branch admin reads their own branch', async () => {
    as('openid-office-admin');
    const result = await admin({ route: 'admin.unitOverview', input: { unitId: 'u-b-office' } });
    expect(result.ok).toBe(true);
    expect(result.data.memberCount).toBeGreaterThan(0);
  });

  test('a branch admin cannot read another branch or the committee', async () => {
    as('openid-office-admin');
    for (const unitId of ['u-b-east', 'u-committee']) {
      expect(await admin({ route: 'admin.unitOverview', input: { unitId } })).toMatchObject({
        ok: false,
        error: { code: 'OUT_OF_SCOPE' },
      });
    }
  });

  test('a plain member is refused', async () => {
    as('openid-member');
    expect(await admin({ route: 'admin.unitOverview', input: { unitId: 'u-b-office' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  test('wrong input types get VALIDATION_FAILED with the field named', async () => {
    as('openid-office-admin');
    const result = await admin({ route: 'admin.unitOverview', input: { unitId: 42 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(Object.keys(result.error.fields)).toEqual(['unitId']);
  });
});

describe('jobs function', () => {
  const timerEvent = (TriggerName: string) => ({ Type: 'Timer', TriggerName, Time: '2026-03-01T08:00:00Z' });

  test('a timer event of its own trigger runs that trigger as the system', async () => {
    as(undefined);
    expect(await jobs(timerEvent('sendReminders'))).toMatchObject({ ok: true });
  });

  test('a call without OPENID that is not a timer event is nobody, whatever route it names', async () => {
    as(undefined);
    for (const route of ['system.setup', 'system.sendReminders']) {
      const result = await jobs({ route, input: {} });
      expect(result.ok).toBe(false);
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(result.error.code);
    }
  });

  test.each([
    ['an unknown trigger', { Type: 'Timer', TriggerName: 'dropTables', Time: '2026-03-01T08:00:00Z' }],
    ['a timer event naming a route', { ...timerEvent('sendReminders'), route: 'system.setup', input: {} }],
    ['a timer event without its time', { Type: 'Timer', TriggerName: 'setup' }],
    ['a lower-case type', { Type: 'timer', TriggerName: 'setup', Time: '2026-03-01T08:00:00Z' }],
  ])('%s is not the platform', async (_label, event) => {
    as(undefined);
    const result = await jobs(event);
    expect(result.ok).toBe(false);
    expect(['MALFORMED_EVENT', 'UNAUTHENTICATED', 'FORBIDDEN']).toContain(result.error.code);
  });

  test('the console runs setup with a timer event naming it, and again', async () => {
    as(undefined);
    const first = await jobs(timerEvent('setup'));
    const second = await jobs(timerEvent('setup'));
    expect(first).toMatchObject({
      ok: true,
      data: { collections: expect.arrayContaining(['units', 'members', 'audit']) },
    });
    expect(second).toEqual(first);
  });

  test('a person calling jobs is refused, timer-shaped event or not', async () => {
    as('openid-office-admin');
    expect(await jobs({ route: 'system.setup', input: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await jobs(timerEvent('setup'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
