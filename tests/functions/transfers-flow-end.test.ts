import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** 结束流动: an admin of the member's branch or above ends a 流动党员 registration, once, on both stores. */
const DAY = 86_400_000;
const EAST = 'u-b-east';
const WEST = 'u-b-west';

describe.each(['embedded', 'postgres'] as const)('ending a 流动党员 registration on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let eastMembers: string[];
  let westAdmin: string;
  const flows = () => store.collection<any>('flow_registrations');
  const audits = (memberId: string) => store.collection<any>('audit').count({ action: 'flow.end', targetId: memberId });
  const statusOf = async (memberId: string) => (await store.collection<any>('members').get(memberId)).status;
  const register = (memberId: string, place = '深圳市南山区') =>
    ok(
      d.as(DEMO.eastBranchAdmin)('admin.flowRegister', {
        memberId,
        place,
        contactUnit: '南山区流动党员服务站',
        since: FIXED_NOW - 30 * DAY,
      }),
    );
  const ending = (memberId: string) => ({ memberId, endedOn: FIXED_NOW - DAY, reason: '已返回本地工作' });

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    const members = async (unitId: string, role: string) =>
      (await store.collection<any>('members').find({ unitId, role, status: 'normal' }, { sort: [['_id', 1]] })).map(
        (member) => member._id as string,
      );
    eastMembers = await members(EAST, 'member');
    [westAdmin] = (await members(WEST, 'branch_admin')) as [string];
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('the branch ends it: the member is 正常 again, sees the ending, and it is logged once', async () => {
    const member = eastMembers[0] as string;
    await register(member);
    expect(await statusOf(member)).toBe('mobile');
    const ended = await ok(d.as(DEMO.eastBranchAdmin)('admin.flowEnd', ending(member)));
    expect(ended).toMatchObject({
      alreadyEnded: false,
      place: '深圳市南山区',
      ended: { on: FIXED_NOW - DAY, reason: '已返回本地工作' },
    });
    expect(await statusOf(member)).toBe('normal');
    expect(await audits(member)).toBe(1);

    const again = await ok(d.as(DEMO.orgAdmin)('admin.flowEnd', { ...ending(member), reason: '重复办理' }));
    expect(again).toMatchObject({ alreadyEnded: true, ended: { reason: '已返回本地工作' } });
    expect(await audits(member)).toBe(1);

    const mine = await ok(d.as(member)('me.transfer', {}));
    expect(mine.flow).toMatchObject({ place: '深圳市南山区', ended: { reason: '已返回本地工作' } });
    const listed = await ok(d.as(DEMO.eastBranchAdmin)('admin.flowList', { unitId: EAST }));
    expect(listed.items.find((item: any) => item.memberId === member).ended).not.toBeNull();
  });

  test('registering again starts a new registration and keeps the ended one in its history', async () => {
    const member = eastMembers[1] as string;
    await register(member, '广州市天河区');
    await ok(d.as(DEMO.eastBranchAdmin)('admin.flowEnd', ending(member)));
    const renewed = await register(member, '杭州市西湖区');
    expect(renewed).toMatchObject({
      place: '杭州市西湖区',
      ended: null,
      past: [{ place: '广州市天河区', ended: { reason: '已返回本地工作' } }],
    });
    expect(await statusOf(member)).toBe('mobile');
    expect((await flows().get(member)).past).toHaveLength(1);
  });

  test('two admins ending it at once: one ends it, the other is told it already ended', async () => {
    const member = eastMembers[2] as string;
    await register(member);
    const results = await Promise.all([
      ok(d.as(DEMO.eastBranchAdmin)('admin.flowEnd', ending(member))),
      ok(d.as(DEMO.orgAdmin)('admin.flowEnd', { ...ending(member), reason: '回原单位上班' })),
    ]);
    expect(results.map((result: any) => result.alreadyEnded).sort()).toEqual([false, true]);
    expect(await audits(member)).toBe(1);
  });

  test('bad input, an unregistered member, another branch or a member: refused, nothing changes', async () => {
    const member = eastMembers[3] as string;
    await register(member);
    const before = await flows().get(member);
    const east = d.as(DEMO.eastBranchAdmin);
    for (const input of [
      { ...ending(member), reason: '' },
      { ...ending(member), endedOn: 'yesterday' },
      { ...ending(member), endedOn: FIXED_NOW - 60 * DAY },
      { ...ending(member), endedOn: FIXED_NOW + 5 * DAY },
      { ...ending(member), extra: true },
    ]) {
      const result = await east('admin.flowEnd', input);
      expect(result.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await east('admin.flowEnd', ending(eastMembers[4] as string))).error.code).toBe('NOT_FOUND');
    expect((await d.as(westAdmin)('admin.flowEnd', ending(member))).error.code).toBe('OUT_OF_SCOPE');
    expect((await d.as(member)('admin.flowEnd', ending(member))).error.code).toBe('FORBIDDEN');
    expect(await flows().get(member)).toEqual(before);
    expect(await statusOf(member)).toBe('mobile');
    expect(await audits(member)).toBe(0);
  });
});
