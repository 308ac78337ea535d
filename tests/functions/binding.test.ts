import { DEMO, testCipher } from '../support/demo-store';
import { newWechatUser as newUser, signIn, startTestHost, type TestHost } from '../support/http-host';

/** Binding a WeChat user to a roster record: invite codes, requests with approval, unbinding. */
let host: TestHost;
let admin: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await signIn(host, DEMO.eastBranchAdmin);
});
afterAll(() => host.close());

const newWechatUser = () => newUser(host);
/** The last 4 digits the member would type: more than the mask shows, so read from the store. */
async function phoneLast4(memberId: string): Promise<string> {
  const stored = await host.store.collection<any>('members').get(memberId);
  return testCipher().decrypt(stored.phone).slice(-4);
}
const eastMember = async (index = 0) => {
  const list = await host.call('admin.memberList', { unitId: 'u-b-east', limit: 50 }, admin);
  return list.body.data.items.filter((m: any) => !m.bound && m.role === 'member')[index];
};

test('an unbound WeChat user is told to bind, and can only reach binding routes', async () => {
  const user = await newWechatUser();
  expect((await host.call('auth.bindingStatus', {}, user)).body.data.status).toBe('none');
  expect((await host.call('me.card', {}, user)).body.error.code).toBe('NOT_BOUND');
  expect((await host.call('admin.memberList', { unitId: 'u-b-east' }, user)).body.error.code).toBe('NOT_BOUND');
});

test('invite code: binds exactly once, then the member signs in as themselves', async () => {
  const member = await eastMember();
  const invite = await host.call('admin.inviteCreate', { memberId: member.memberId }, admin);
  expect(invite.body.data.code).toMatch(/^[A-Z2-9]{8}$/);
  const user = await newWechatUser();
  const bound = await host.call('auth.bindByInvite', { code: invite.body.data.code.toLowerCase() }, user);
  expect(bound.body.data).toMatchObject({ status: 'bound', memberName: member.name });
  const card = await host.call('me.card', {}, bound.body.data.token);
  expect(card.body.data.memberId).toBe(member.memberId);
  // The WeChat identity itself is now the member too.
  expect((await host.call('me.card', {}, user)).body.data.memberId).toBe(member.memberId);

  const second = await newWechatUser();
  expect((await host.call('auth.bindByInvite', { code: invite.body.data.code }, second)).body.error.code).toBe(
    'NOT_FOUND',
  );
  expect((await host.call('admin.memberGet', { memberId: member.memberId }, admin)).body.data.bound).toBe(true);
});

test('two people racing with one code: exactly one binds', async () => {
  const member = await eastMember();
  const { code } = (await host.call('admin.inviteCreate', { memberId: member.memberId }, admin)).body.data;
  const users = await Promise.all(Array.from({ length: 6 }, newWechatUser));
  const results = await Promise.all(users.map((user) => host.call('auth.bindByInvite', { code }, user)));
  expect(results.filter((r) => r.body.ok)).toHaveLength(1);
});

test('a wrong code is refused with a clear message', async () => {
  const user = await newWechatUser();
  const result = await host.call('auth.bindByInvite', { code: 'ZZZZ2222' }, user);
  expect(result.body.error).toMatchObject({ code: 'NOT_FOUND' });
  expect(result.body.error.message).toContain('绑定码无效');
  expect((await host.call('auth.bindByInvite', { code: '12' }, user)).body.error.fields.code).toBeTruthy();
});

test('request by name + phone last 4 + branch, approved by the branch admin', async () => {
  const member = await eastMember();
  const last4 = await phoneLast4(member.memberId);
  const user = await newWechatUser();
  const requested = await host.call(
    'auth.requestBinding',
    { name: member.name, phoneLast4: last4, unitId: 'u-b-east' },
    user,
  );
  expect(requested.body.data.status).toBe('pending');
  expect(
    (await host.call('auth.requestBinding', { name: member.name, phoneLast4: last4, unitId: 'u-b-east' }, user)).body
      .error.code,
  ).toBe('CONFLICT');
  expect((await host.call('auth.bindingStatus', {}, user)).body.data.status).toBe('pending');

  const westAdmin = await signIn(host, 'm-007');
  expect((await host.call('admin.bindingList', { unitId: 'u-b-east' }, westAdmin)).body.error.code).toBe(
    'OUT_OF_SCOPE',
  );

  const list = await host.call('admin.bindingList', { unitId: 'u-b-east' }, admin);
  const item = list.body.data.items.find((i: any) => i.name === member.name);
  expect(item.candidate).toMatchObject({ memberId: member.memberId });
  expect(
    (await host.call('admin.bindingDecide', { requestId: item.requestId, approve: true }, westAdmin)).body.error.code,
  ).toBe('OUT_OF_SCOPE');
  const decided = await host.call('admin.bindingDecide', { requestId: item.requestId, approve: true }, admin);
  expect(decided.body.data.items.find((i: any) => i.requestId === item.requestId)).toBeUndefined();
  expect((await host.call('me.card', {}, user)).body.data.memberId).toBe(member.memberId);
  expect(
    (await host.call('admin.bindingDecide', { requestId: item.requestId, approve: false }, admin)).body.error.code,
  ).toBe('CONFLICT');
});

test('a request that matches no roster record cannot be approved, only rejected', async () => {
  const user = await newWechatUser();
  await host.call('auth.requestBinding', { name: '查无此人', phoneLast4: '0000', unitId: 'u-b-east' }, user);
  const item = (await host.call('admin.bindingList', { unitId: 'u-b-east' }, admin)).body.data.items.find(
    (i: any) => i.name === '查无此人',
  );
  expect(item.candidate).toBeNull();
  const approve = await host.call('admin.bindingDecide', { requestId: item.requestId, approve: true }, admin);
  expect(approve.body.error.code).toBe('CONFLICT');
  const reject = await host.call(
    'admin.bindingDecide',
    { requestId: item.requestId, approve: false, comment: '查无此人' },
    admin,
  );
  expect(reject.body.ok).toBe(true);
  expect((await host.call('auth.bindingStatus', {}, user)).body.data.status).toBe('none');
});

test('unbinding (new phone or WeChat) is an admin action, audited; the member can bind again', async () => {
  const member = await eastMember();
  const { code } = (await host.call('admin.inviteCreate', { memberId: member.memberId }, admin)).body.data;
  const oldPhone = await newWechatUser();
  await host.call('auth.bindByInvite', { code }, oldPhone);
  expect((await host.call('admin.inviteCreate', { memberId: member.memberId }, admin)).body.error.code).toBe(
    'CONFLICT',
  );
  const unbound = await host.call('admin.memberUnbind', { memberId: member.memberId, reason: '更换了手机' }, admin);
  expect(unbound.body.data.bound).toBe(false);
  expect((await host.call('me.card', {}, oldPhone)).body.error.code).toBe('NOT_BOUND');
  const audit = await host.call('admin.auditList', { unitId: 'u-b-east', limit: 5 }, admin);
  expect(audit.body.data.items[0].summary).toContain('解除了');
  expect(audit.body.data.items[0].summary).toContain('更换了手机');
});

test('a branch invite code lets a newcomer ask that branch, and is not a member code', async () => {
  const member = await eastMember();
  const last4 = await phoneLast4(member.memberId);
  const { code } = (await host.call('admin.branchInviteCreate', { unitId: 'u-b-east' }, admin)).body.data;
  const user = await newWechatUser();
  const asMemberCode = await host.call('auth.bindByInvite', { code }, user);
  expect(asMemberCode.body.error.message).toContain('支部邀请码');
  const requested = await host.call(
    'auth.requestBinding',
    { name: member.name, phoneLast4: last4, branchCode: code },
    user,
  );
  expect(requested.body.data.status).toBe('pending');
  const item = (await host.call('admin.bindingList', { unitId: 'u-b-east' }, admin)).body.data.items.find(
    (i: any) => i.name === member.name,
  );
  expect(item).toMatchObject({ unitId: 'u-b-east', candidate: { memberId: member.memberId } });
  const neither = await host.call('auth.requestBinding', { name: '某人', phoneLast4: '1234' }, await newWechatUser());
  expect(neither.body.error.code).toBe('VALIDATION_FAILED');
  const badCode = await host.call(
    'auth.requestBinding',
    { name: '某人', phoneLast4: '1234', branchCode: 'ZZZZ2222' },
    await newWechatUser(),
  );
  expect(badCode.body.error.fields.branchCode).toBeTruthy();
});

test('an invite for an admin of equal or higher rank binds nobody, even one issued before the role ceiling', async () => {
  const peer = await eastMember(1);
  await host.store
    .collection<any>('members')
    .updateWhere({ _id: peer.memberId }, { $set: { role: 'branch_admin', adminUnitId: 'u-b-east' } });
  await host.store.collection<any>('invites').insert({
    _id: 'i-before-ceiling',
    codeHash: testCipher().hash('PEERCODE'),
    memberId: peer.memberId,
    createdBy: DEMO.eastBranchAdmin,
    createdAt: Date.now(),
    expiresAt: Date.now() + 86_400_000,
  });
  const refused = await host.call('auth.bindByInvite', { code: 'PEERCODE' }, await newWechatUser());
  expect(refused.body.error.code).toBe('FORBIDDEN');
  expect(refused.body.error.message).toContain('上级管理员');
  expect(await host.store.collection<any>('invites').get('i-before-ceiling')).not.toHaveProperty('usedAt');
  expect((await host.store.collection<any>('members').get(peer.memberId)).openid).toBeUndefined();
});
