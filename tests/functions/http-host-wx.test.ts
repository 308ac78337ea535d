import { DEMO } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';

/** Self-hosted sign-in: a `wx.login` code through code2Session (local adapter) becomes a session. */
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ AUTH_MODE: 'wx', WX_LOGIN: 'local' });
});
afterAll(() => host.close());

test('a code signs in a WeChat user; binding takes effect on the same session', async () => {
  const login = await host.call('auth.wxLogin', { code: 'local:o-newcomer' });
  expect(login.body.data).toMatchObject({ bound: false, token: expect.any(String) });
  const token = login.body.data.token;
  expect((await host.call('me.card', {}, token)).body.error.code).toBe('NOT_BOUND');
  const admin = await host.call('auth.wxLogin', { code: 'local:o-admin' });
  await host.store
    .collection<any>('members')
    .updateWhere({ _id: DEMO.eastBranchAdmin }, { $set: { openid: 'o-admin' } });
  const adminToken = admin.body.data.token;
  const member = (
    await host.call('admin.memberList', { unitId: 'u-b-east', limit: 50 }, adminToken)
  ).body.data.items.find((m: any) => !m.bound && m.role === 'member');
  const { code } = (await host.call('admin.inviteCreate', { memberId: member.memberId }, adminToken)).body.data;
  await host.call('auth.bindByInvite', { code }, token);
  expect((await host.call('me.card', {}, token)).body.data.memberId).toBe(member.memberId);
});

test('a used, forged or foreign code is refused; the demo login is off', async () => {
  await host.call('auth.wxLogin', { code: 'local:o-once' });
  expect((await host.call('auth.wxLogin', { code: 'local:o-once' })).body.error.code).toBe('UNAUTHENTICATED');
  expect((await host.call('auth.wxLogin', { code: 'forged-code' })).status).toBe(401);
  expect((await host.call('auth.devMembers', {})).body.error.code).toBe('DEV_LOGIN_DISABLED');
});

test('a session can be refreshed before it expires', async () => {
  const { token } = (await host.call('auth.wxLogin', { code: 'local:o-refresh' })).body.data;
  const refreshed = await host.call('auth.refresh', {}, token);
  expect(refreshed.body.data).toMatchObject({ token: expect.any(String), bound: false });
  expect((await host.call('auth.bindingStatus', {}, refreshed.body.data.token)).body.data.status).toBe('none');
  expect((await host.call('auth.refresh', {})).body.error.code).toBe('UNAUTHENTICATED');
});
