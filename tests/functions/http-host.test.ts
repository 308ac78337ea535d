import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/** The same routes through the HTTP host: sessions, envelopes and status codes, bad bodies. */
let host: TestHost;
let now = Date.UTC(2026, 10, 22, 8, 0, 0);

beforeAll(async () => {
  host = await startTestHost({}, () => now);
});
afterAll(() => host.close());

describe('demo sign-in and the member card', () => {
  test('lists the demo members, signs in, and returns the card with a session token', async () => {
    const list = await host.call('auth.devMembers', {});
    expect(list.status).toBe(200);
    expect(list.body.data.members).toHaveLength(60);
    expect(list.body.data.members[0]).toMatchObject({ memberId: DEMO.superAdmin, role: 'super_admin' });
    const token = await signIn(host, DEMO.officeBranchAdmin);
    const card = await host.call('me.card', {}, token);
    expect(card.status).toBe(200);
    expect(card.body.data).toMatchObject({
      memberId: DEMO.officeBranchAdmin,
      unitName: '综合办公室党支部',
      unitPath: ['城南街道党委', '机关党总支'],
      role: 'branch_admin',
      position: '书记',
    });
  });

  test('signing in as someone who is not a demo member is refused', async () => {
    const result = await host.call('auth.devLogin', { memberId: 'm-999' });
    expect(result).toMatchObject({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND' } } });
  });
});

describe('identity comes only from a signed session', () => {
  test('no token: UNAUTHENTICATED with 401', async () => {
    expect(await host.call('me.card', {})).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
  });

  test('a member id in the body is refused, not used', async () => {
    const result = await host.call('me.card', { memberId: DEMO.superAdmin });
    expect(result).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
  });

  test('forged, tampered and expired tokens are refused', async () => {
    const token = await signIn(host, DEMO.member);
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${Buffer.from(JSON.stringify({ ...claims, sub: DEMO.superAdmin })).toString('base64url')}.${signature}`;
    for (const bad of [tampered, `${payload}.AAAA`, 'not-a-token', `${token}.extra`]) {
      expect((await host.call('me.card', {}, bad)).body.error.code).toBe('UNAUTHENTICATED');
    }
    now += 8 * 24 * 3600_000;
    expect((await host.call('me.card', {}, token)).body.error.code).toBe('UNAUTHENTICATED');
  });

  test('with AUTH_MODE=wx the demo login is off', async () => {
    const wxHost = await startTestHost({ AUTH_MODE: 'wx', WX_LOGIN: 'local' });
    try {
      expect((await wxHost.call('auth.devMembers', {})).body.error.code).toBe('DEV_LOGIN_DISABLED');
      expect((await wxHost.call('auth.devLogin', { memberId: DEMO.member })).body.error.code).toBe(
        'DEV_LOGIN_DISABLED',
      );
    } finally {
      await wxHost.close();
    }
  });
});

describe('role and scope are checked on the server', () => {
  test('org admin reads the whole committee; branch admin only their branch; member nothing', async () => {
    const orgAdmin = await signIn(host, DEMO.orgAdmin);
    const committee = await host.call('admin.unitOverview', { unitId: 'u-committee' }, orgAdmin);
    expect(committee.body.data.memberCount).toBe(60);
    expect(committee.body.data.childUnits.map((unit: { name: string }) => unit.name)).toEqual([
      '机关党总支',
      '社区党总支',
    ]);

    const branchAdmin = await signIn(host, DEMO.eastBranchAdmin);
    expect((await host.call('admin.unitOverview', { unitId: 'u-b-east' }, branchAdmin)).body.ok).toBe(true);
    expect((await host.call('admin.unitOverview', { unitId: 'u-b-west' }, branchAdmin)).status).toBe(403);

    const member = await signIn(host, DEMO.member);
    expect((await host.call('admin.unitOverview', { unitId: 'u-b-east' }, member)).body.error.code).toBe('FORBIDDEN');
  });

  test('system routes are never open to people, even super admins', async () => {
    const superAdmin = await signIn(host, DEMO.superAdmin);
    expect((await host.call('system.setup', {}, superAdmin)).body.error.code).toBe('FORBIDDEN');
  });
});

describe('bad requests get an envelope, never a crash', () => {
  test('invalid JSON', async () => {
    expect(await host.call('me.card', '{"broken":')).toMatchObject({
      status: 400,
      body: { error: { code: 'MALFORMED_EVENT' } },
    });
  });

  test('__proto__ keys', async () => {
    const result = await host.call('admin.unitOverview', '{"unitId":"u-b-east","__proto__":{"role":"super_admin"}}');
    expect(result).toMatchObject({ status: 400, body: { ok: false } });
  });

  test('an operator object where an id belongs', async () => {
    const token = await signIn(host, DEMO.superAdmin);
    const result = await host.call('admin.unitOverview', { unitId: { $gt: '' } }, token);
    expect(result).toMatchObject({
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', fields: { unitId: expect.any(String) } } },
    });
  });

  test('oversized bodies', async () => {
    const big = await host.call('me.card', { padding: 'x'.repeat(300 * 1024) });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    const medium = await host.call('me.card', { padding: 'x'.repeat(100 * 1024) });
    expect(medium).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  test('unknown route', async () => {
    expect(await host.call('nope.nothing', {})).toMatchObject({
      status: 404,
      body: { error: { code: 'UNKNOWN_ROUTE' } },
    });
  });

  test('messages are Chinese and say what to do', async () => {
    const { body } = await host.call('me.card', {});
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(body.error.message).toContain('请');
  });
});

describe('the host itself', () => {
  test('health endpoint and the H5 app', async () => {
    expect(await (await fetch(`${host.url}/healthz`)).json()).toEqual({ ok: true, driver: 'embedded' });
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('智慧党建');
  });
});
