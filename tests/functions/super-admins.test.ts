import type { DocStore } from '../../cloudfunctions/store/types';
import { bindOpenid, DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * Handing over the top role: a super admin appoints another (others told), steps down only while another
 * remains, and two stepping down at once never leave the organisation without one. Then the nightly cleanup
 * of daily allowance counters. Both stores.
 */
const CONFIRM = { method: 'fallback', reason: '工作交接' };
const DAY = 86_400_000;

describe.each(['embedded', 'postgres'] as const)('super admins on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    // Only a member bound to a WeChat is appointed super admin.
    for (const id of [DEMO.superAdmin, DEMO.orgAdmin]) await bindOpenid(store, id, `o-${id}`);
    await d.signIn(DEMO.superAdmin, DEMO.orgAdmin, DEMO.eastBranchAdmin);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  const roleOf = async (id: string) => (await store.collection<any>('members').get(id)).role;
  const superAdminCount = () => store.collection('members').count({ role: 'super_admin' });
  const noticesOf = (memberId: string) => store.collection<any>('notices').find({ memberId }, { limit: 50 });
  const auditCount = () => store.collection('audit').count({});

  test('the only super admin cannot step down, and bad input changes nothing', async () => {
    const before = { role: await roleOf(DEMO.superAdmin), audit: await auditCount() };
    const alone = await d.as(DEMO.superAdmin)('admin.stepDown', { role: 'org_admin', confirmation: CONFIRM });
    expect(alone.error.code).toBe('CONFLICT');
    expect(alone.error.message).toMatch(/唯一可用/);
    for (const bad of [
      { role: 'super_admin', confirmation: CONFIRM },
      { role: 'org_admin' },
      { role: 'org_admin', confirmation: CONFIRM, extra: 1 },
    ]) {
      expect((await d.as(DEMO.superAdmin)('admin.stepDown', bad)).error.code).toBe('VALIDATION_FAILED');
    }
    expect((await d.as(DEMO.orgAdmin)('admin.stepDown', { role: 'member', confirmation: CONFIRM })).error.code).toBe(
      'FORBIDDEN',
    );
    expect({ role: await roleOf(DEMO.superAdmin), audit: await auditCount() }).toEqual(before);
  });

  test('lists say on whom the caller may act, by the same ceiling the router applies', async () => {
    const list = await d.as(DEMO.eastBranchAdmin)('admin.memberList', { unitId: 'u-b-east', limit: 50 });
    const canManage = new Map(list.data.items.map((i: any) => [i.name, i.canManage]));
    const self = await store.collection<any>('members').get(DEMO.eastBranchAdmin);
    expect(canManage.get(self.name)).toBe(false);
    expect(list.data.items.filter((i: any) => i.role === 'member').every((i: any) => i.canManage)).toBe(true);
    const month = await d.as(DEMO.eastBranchAdmin)('admin.duesMonth', { unitId: 'u-b-east', month: '2026-11' });
    const own = month.data.members.find((row: any) => row.memberId === DEMO.eastBranchAdmin);
    if (own) expect(own.canManage).toBe(false);
    expect(month.data.members.some((row: any) => row.canManage)).toBe(true);
  });

  test('an org admin still cannot appoint a super admin', async () => {
    const result = await d.as(DEMO.orgAdmin)('admin.memberSetRole', {
      memberId: DEMO.member,
      role: 'super_admin',
      confirmation: CONFIRM,
    });
    expect(result.error.code).toBe('FORBIDDEN');
    expect(await roleOf(DEMO.member)).toBe('member');
  });

  test('a super admin appoints another; the appointee and the other super admins are told', async () => {
    const appointed = await d.as(DEMO.superAdmin)('admin.memberSetRole', {
      memberId: DEMO.orgAdmin,
      role: 'super_admin',
      confirmation: CONFIRM,
    });
    expect(appointed.ok).toBe(true);
    expect(await roleOf(DEMO.orgAdmin)).toBe('super_admin');
    expect((await noticesOf(DEMO.orgAdmin)).map((n) => n.title)).toContain('您已被任命为超级管理员');
    const audit = await store.collection<any>('audit').find(
      { targetId: DEMO.orgAdmin, action: 'member.role' },
      {
        limit: 5,
      },
    );
    expect(audit).toHaveLength(1);
    const list = await d.as(DEMO.superAdmin)('admin.superAdmins', {});
    expect(list.data.items.map((i: any) => [i.memberId, i.isSelf]).sort()).toEqual([
      [DEMO.superAdmin, true],
      [DEMO.orgAdmin, false],
    ]);
  });

  test('equals still cannot act on each other: one super admin cannot demote the other', async () => {
    const result = await d.as(DEMO.superAdmin)('admin.memberSetRole', {
      memberId: DEMO.orgAdmin,
      role: 'member',
      confirmation: CONFIRM,
    });
    expect(result.error.code).toBe('FORBIDDEN');
    expect(await roleOf(DEMO.orgAdmin)).toBe('super_admin');
  });

  test('two super admins stepping down at once leave at least one in role', async () => {
    const results = await Promise.all(
      [DEMO.superAdmin, DEMO.orgAdmin].map((id) =>
        d.as(id)('admin.stepDown', { role: 'org_admin', confirmation: CONFIRM }),
      ),
    );
    expect(await superAdminCount()).toBe(1);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok).error.code).toBe('CONFLICT');
    const stayed = (await roleOf(DEMO.superAdmin)) === 'super_admin' ? DEMO.superAdmin : DEMO.orgAdmin;
    const left = stayed === DEMO.superAdmin ? DEMO.orgAdmin : DEMO.superAdmin;
    expect(await roleOf(left)).toBe('org_admin');
    expect(await store.collection('audit').count({ action: 'member.stepDown' })).toBe(1);
    // Stepping down alone, with the other back in role: the one who stays is told.
    const again = { memberId: left, role: 'super_admin', confirmation: CONFIRM };
    expect((await d.as(stayed)('admin.memberSetRole', again)).ok).toBe(true);
    expect((await d.as(left)('admin.stepDown', { role: 'member', confirmation: CONFIRM })).ok).toBe(true);
    expect(await roleOf(left)).toBe('member');
    expect((await noticesOf(stayed)).map((n) => n.title)).toContain('超级管理员卸任');
  });

  test('old disclosure counters are deleted nightly, dated from their id when stored without a day; 问一问 counters stay', async () => {
    const personal = store.collection<any>('personal_data_quota');
    const assistant = store.collection<any>('assistant_quota');
    const dayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
    const [old, recent] = [dayOf(FIXED_NOW - 41 * DAY), dayOf(FIXED_NOW - 39 * DAY)];
    await personal.insert({ _id: `disclosure:m-x:${old}`, used: 3 });
    await personal.insert({ _id: `disclosure:m-x:${recent}`, used: 3 });
    await personal.insert({ _id: `identityFallback:m-x:${old}`, used: 1, day: old });
    await assistant.insert({ _id: `m-x_${old}`, memberId: 'm-x', day: old, used: 2 });
    await assistant.insert({ _id: `m-x_${recent}`, memberId: 'm-x', day: recent, used: 2 });
    const first = await d.system('system.pruneQuotas', {});
    expect(first.error).toBeUndefined();
    expect(first.data).toMatchObject({ dated: 2, personalData: 2 });
    // The assistant's counters are the record its figures are rebuilt from, however old.
    expect(await assistant.get(`m-x_${old}`)).not.toBeNull();
    expect(await personal.get(`disclosure:m-x:${recent}`)).toMatchObject({ day: recent });
    expect(await assistant.get(`m-x_${recent}`)).not.toBeNull();
    const again = await d.system('system.pruneQuotas', {});
    expect(again.data).toMatchObject({ dated: 0, personalData: 0 });
  });
});
