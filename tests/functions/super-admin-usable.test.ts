import { assertNotLastSuperAdmin } from '../../cloudfunctions/modules/members/role-rules';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { bindOpenid, DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * The organisation always keeps a super admin who can sign in: the role goes only to a bound member in good
 * standing, and a super admin steps down, is demoted or unbound only while another bound, active one remains.
 * Both stores.
 */
const CONFIRM = { method: 'fallback', reason: '工作交接' };
const UNBOUND = 'm-010';
const TRANSFERRED = 'm-011';

describe.each(['embedded', 'postgres'] as const)('usable super admins on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    await bindOpenid(store, DEMO.superAdmin, 'o-usable-first');
    await d.signIn(DEMO.superAdmin);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  const members = () => store.collection<any>('members');
  const roleOf = async (id: string) => (await members().get(id)).role;
  const roleAudits = () => store.collection('audit').count({ action: 'member.role' });
  const appoint = (memberId: string) =>
    d.as(DEMO.superAdmin)('admin.memberSetRole', { memberId, role: 'super_admin', confirmation: CONFIRM });

  test('an unbound or transferred-out member is not appointed super admin, and nothing changes', async () => {
    await members().updateWhere({ _id: UNBOUND }, { $unset: { openid: true } });
    await bindOpenid(store, TRANSFERRED, 'o-usable-transferred');
    await members().updateWhere({ _id: TRANSFERRED }, { $set: { status: 'transferred' } });
    const audits = await roleAudits();

    const unbound = await appoint(UNBOUND);
    expect(unbound.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('还没有绑定微信') });
    const transferred = await appoint(TRANSFERRED);
    expect(transferred.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已转出') });

    expect([await roleOf(UNBOUND), await roleOf(TRANSFERRED)]).toEqual(['member', 'member']);
    expect(await roleAudits()).toBe(audits);
  });

  test('a super admin does not step down while the only other one is unbound or transferred out', async () => {
    // A second super admin from before the rule: on the roster in role, but unable to sign in.
    await members().updateWhere({ _id: UNBOUND }, { $set: { role: 'super_admin' } });
    const stepDown = () => d.as(DEMO.superAdmin)('admin.stepDown', { role: 'org_admin', confirmation: CONFIRM });
    const refused = await stepDown();
    expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('唯一可用') });
    expect(await roleOf(DEMO.superAdmin)).toBe('super_admin');

    // Bound but transferred out: still not someone the organisation can rely on.
    await bindOpenid(store, UNBOUND, 'o-usable-second');
    await members().updateWhere({ _id: UNBOUND }, { $set: { status: 'transferred' } });
    expect((await stepDown()).error.code).toBe('CONFLICT');
    expect(await roleOf(DEMO.superAdmin)).toBe('super_admin');

    // Back in good standing, the other one can take over.
    await members().updateWhere({ _id: UNBOUND }, { $set: { status: 'normal' } });
    expect((await stepDown()).ok).toBe(true);
    expect(await roleOf(DEMO.superAdmin)).toBe('org_admin');
  });

  test('unbinding or demoting a super admin is refused when no other usable one remains', async () => {
    const ctx = { store } as unknown as CallContext;
    // UNBOUND is now the only super admin, bound and active; losing their WeChat would leave nobody.
    const only = await members().get(UNBOUND);
    await expect(assertNotLastSuperAdmin(ctx, only)).rejects.toMatchObject({ code: 'CONFLICT' });
    await members().updateWhere({ _id: DEMO.superAdmin }, { $set: { role: 'super_admin' } });
    await expect(assertNotLastSuperAdmin(ctx, only)).resolves.toBeUndefined();
    await members().updateWhere({ _id: DEMO.superAdmin }, { $unset: { openid: true } });
    await expect(assertNotLastSuperAdmin(ctx, only)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
