import { DEMO } from '../support/demo-store';
import { newWechatUser, signIn, startTestHost, type TestHost } from '../support/http-host';

/** The binding page: a pending request shows what was sent and can be withdrawn; bootstrap only while no super admin. */
let host: TestHost;
let admin: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await signIn(host, DEMO.eastBranchAdmin);
});
afterAll(() => host.close());

const pendingNames = async () =>
  (await host.call('admin.bindingList', { unitId: 'u-b-east' }, admin)).body.data.items.map((i: any) => i.name);

test('a pending request shows the name, branch and masked phone as submitted, and its sender can withdraw it', async () => {
  const user = await newWechatUser(host);
  await host.call('auth.requestBinding', { name: '王小明', phoneLast4: '4321', unitId: 'u-b-east' }, user);
  const status = (await host.call('auth.bindingStatus', {}, user)).body.data;
  expect(status).toMatchObject({
    status: 'pending',
    request: { name: '王小明', unitName: '东湖社区党支部', phoneLast4: '4321' },
  });
  expect(await pendingNames()).toContain('王小明');

  // Another WeChat user has no request to withdraw, and the sender's stays.
  const stranger = await newWechatUser(host);
  expect((await host.call('auth.withdrawBindingRequest', {}, stranger)).body.error.code).toBe('NOT_FOUND');
  expect(await pendingNames()).toContain('王小明');

  expect((await host.call('auth.withdrawBindingRequest', {}, user)).body.data.status).toBe('none');
  expect((await host.call('auth.bindingStatus', {}, user)).body.data).toMatchObject({ status: 'none', request: null });
  expect(await pendingNames()).not.toContain('王小明');
  expect((await host.call('auth.withdrawBindingRequest', {}, user)).body.error.code).toBe('NOT_FOUND');
  // Withdrawn, the sender may correct and send again.
  await host.call('auth.requestBinding', { name: '王晓明', phoneLast4: '4321', unitId: 'u-b-east' }, user);
  expect((await host.call('auth.bindingStatus', {}, user)).body.data.request.name).toBe('王晓明');
});

test('a decided request cannot be withdrawn', async () => {
  const user = await newWechatUser(host);
  await host.call('auth.requestBinding', { name: '查无此人甲', phoneLast4: '0000', unitId: 'u-b-east' }, user);
  const item = (await host.call('admin.bindingList', { unitId: 'u-b-east' }, admin)).body.data.items.find(
    (i: any) => i.name === '查无此人甲',
  );
  await host.call('admin.bindingDecide', { requestId: item.requestId, approve: false }, admin);
  expect((await host.call('auth.withdrawBindingRequest', {}, user)).body.error.code).toBe('NOT_FOUND');
  const stored = await host.store.collection<any>('binding_requests').get(item.requestId);
  expect(stored.status).toBe('rejected');
});

test('the bootstrap code is offered only while the deployment has no super admin', async () => {
  const user = await newWechatUser(host);
  expect((await host.call('auth.bindingStatus', {}, user)).body.data.bootstrapOpen).toBe(false);
});
