import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Role } from '../../types/labels';
import { contract, ROUTE_NAMES, type RouteName } from '../../types/contract';
import { protectPersonalData } from '../../cloudfunctions/modules/members/member-records';
import { assertNotLastSuperAdmin } from '../../cloudfunctions/modules/members/role-rules';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { bindOpenid, DEMO, FIXED_NOW, seededDataDir, testCipher } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * The role ceiling: an admin acts only on members of a strictly lower role. Generated from the contract:
 * every admin route that acts on a member (a `member` scope, or a second target `input.memberId`) is called
 * by a branch admin and by an org admin on an equal and on a higher-ranked member inside their own subtree,
 * and each call is refused with nothing changed. Then the takeover of a super admin, step by step.
 */
const CONFIRM = { method: 'fallback', reason: '测试环境' };
const ACTIVITY = 'act-ceiling';

/** Members placed in the east branch, inside both actors' subtrees, one per admin role. */
const PLACED: Record<Exclude<Role, 'member'>, string> = {
  branch_admin: 'm-peer-branch',
  org_admin: 'm-peer-org',
  super_admin: 'm-top',
};
const ACTORS: Array<{ role: Exclude<Role, 'member' | 'super_admin'>; memberId: string }> = [
  { role: 'branch_admin', memberId: DEMO.eastBranchAdmin },
  { role: 'org_admin', memberId: DEMO.orgAdmin },
];
const RANK: Record<Role, number> = { member: 0, branch_admin: 1, org_admin: 2, super_admin: 3 };

const EXAMPLES: Partial<Record<RouteName, (memberId: string) => unknown>> = {
  'admin.memberGet': (memberId) => ({ memberId }),
  'admin.memberUpdate': (memberId) => ({ memberId, changes: { position: '组织委员' } }),
  'admin.memberChangeStage': (memberId) => ({ memberId, stage: 'full', at: FIXED_NOW, reason: '录入有误' }),
  'admin.developmentRecord': (memberId) => ({
    memberId,
    stepKey: 'application',
    date: FIXED_NOW,
    documents: [{ name: '入党申请书', fileId: 'application.pdf' }],
  }),
  'admin.developmentUpload': (memberId) => ({
    memberId,
    name: '入党申请书.png',
    content: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  }),
  'admin.developmentTimeline': (memberId) => ({ memberId }),
  'admin.memberAddTraining': (memberId) => ({ memberId, title: '党史学习', at: FIXED_NOW, hours: 2 }),
  'admin.memberReveal': (memberId) => ({ memberId, field: 'phone', confirmation: CONFIRM }),
  'admin.memberSetRole': (memberId) => ({ memberId, role: 'member', confirmation: CONFIRM }),
  'admin.memberUnbind': (memberId) => ({ memberId, reason: '更换手机' }),
  'admin.inviteCreate': (memberId) => ({ memberId }),
  'admin.activityDecide': (memberId) => ({ activityId: ACTIVITY, memberId, approve: true }),
  'admin.proxyCheckIn': (memberId) => ({ activityId: ACTIVITY, memberId, reason: '手机没电' }),
  'admin.transferStart': (memberId) => ({
    memberId,
    to: { outsideName: '某某市某某区委组织部' },
    letterNo: '第009号',
    validUntil: FIXED_NOW + 30 * 86_400_000,
    reason: '工作调动',
  }),
  'admin.flowRegister': (memberId) => ({ memberId, place: '深圳市南山区', since: FIXED_NOW - 86_400_000 }),
  'admin.flowEnd': (memberId) => ({ memberId, endedOn: FIXED_NOW - 1000, reason: '已返回本地工作' }),
  'admin.careAdd': (memberId) => ({ memberId, kind: 'visit', at: FIXED_NOW - 1000, note: '走访了解生活情况' }),
  'admin.careList': (memberId) => ({ memberId }),
  'admin.duesProfileSet': (memberId) => ({ memberId, category: 'salaried', amountFen: 400_000 }),
  'admin.duesRecordPayment': (memberId) => ({ memberId, method: 'cash', receiptNo: 'SJ-909', months: ['2026-11'] }),
  'admin.assessmentItemAdd': (memberId) => ({
    memberId,
    indicatorKey: 'volunteer',
    points: 2,
    occurredAt: FIXED_NOW - 86_400_000,
    evidence: '参加社区志愿服务',
  }),
  'admin.assessmentMember': (memberId) => ({ memberId, periodId: '2026' }),
  'admin.honourAdd': (memberId) => ({
    memberId,
    kind: 'commendation',
    title: '优秀共产党员',
    level: 'street',
    awardedAt: FIXED_NOW - 86_400_000,
  }),
  'admin.honours': (memberId) => ({ memberId }),
  'admin.guidanceDraft': (memberId) => ({ memberId, periodId: '2026' }),
};

/** Admin routes acting on a member, read from their declared access. */
const ACTING_ON_MEMBERS = ROUTE_NAMES.filter((route) => {
  const access = contract[route].access;
  return 'scope' in access && (access.scope === 'member' || access.actsOnMember !== undefined);
});

let store: DocStore;
let dataDir: string;
let d: Dispatcher;

async function placeMembers(): Promise<void> {
  const members = store.collection<any>('members');
  const { phoneHash: _p, idCardHash: _i, ...template } = await members.get(DEMO.member);
  for (const [index, [role, id]] of Object.entries(PLACED).entries()) {
    const { set } = protectPersonalData(testCipher(), { idCard: null, phone: `1700000000${index}` });
    await members.insert({
      ...template,
      idCard: null,
      ...set,
      _id: id,
      name: `上级${id}`,
      unitId: 'u-b-east',
      unitPath: ['u-committee', 'u-gb-com', 'u-b-east'],
      role,
      adminUnitId: 'u-b-east',
      openid: `o-${id}`,
      demo: false,
    });
  }
}

/** An activity of the east branch needing approval, each placed member with a pending sign-up. */
async function placeActivity(): Promise<void> {
  await store.collection<any>('activities').insert({
    _id: ACTIVITY,
    type: 'party_lecture',
    title: '专题党课',
    description: '',
    startAt: FIXED_NOW - 600_000,
    endAt: FIXED_NOW + 3_600_000,
    place: { text: '会议室' },
    organiserUnitId: 'u-b-east',
    organiserPath: ['u-committee', 'u-gb-com', 'u-b-east'],
    openToAll: true,
    capacity: 10,
    signupOpensAt: FIXED_NOW - 86_400_000,
    signupClosesAt: FIXED_NOW + 1_000,
    cancelPolicy: 'any_time',
    approvalRequired: true,
    showRoster: true,
    extraFields: [],
    expectedMemberIds: [],
    confirmedCount: 0,
    waitlistCount: 0,
    createdBy: DEMO.eastBranchAdmin,
    createdAt: FIXED_NOW,
  });
  for (const id of Object.values(PLACED)) {
    await store.collection<any>('signups').insert({
      _id: `${ACTIVITY}_${id}`,
      activityId: ACTIVITY,
      memberId: id,
      memberName: `上级${id}`,
      unitId: 'u-b-east',
      status: 'pending',
      arrival: FIXED_NOW,
      answers: {},
      leaveReason: null,
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
  }
}

/** Everything a refused call could have touched. */
async function snapshot() {
  const members = await store.collection<any>('members').find({ _id: { $in: Object.values(PLACED) } }, { limit: 10 });
  const counts: Record<string, number> = {};
  for (const name of ['audit', 'invites', 'signups', 'binding_requests'])
    counts[name] = await store.collection(name).count({});
  return {
    members: members.sort((a, b) => a._id.localeCompare(b._id)),
    signups: await store.collection<any>('signups').find({ activityId: ACTIVITY }, { limit: 10, sort: [['_id', 1]] }),
    activity: await store.collection<any>('activities').get(ACTIVITY),
    counts,
  };
}

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await placeMembers();
  await placeActivity();
  d = await dispatcherFor(store);
  // In AUTH_MODE=wx a first sign-in binds an OPENID (a write): done before anything is compared.
  await d.signIn(DEMO.eastBranchAdmin, DEMO.orgAdmin, DEMO.superAdmin);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the routes acting on members are the ones the contract declares, each with an example here', () => {
  expect(ACTING_ON_MEMBERS.length).toBeGreaterThan(0);
  expect(Object.keys(EXAMPLES).sort()).toEqual([...ACTING_ON_MEMBERS].sort());
});

/** Actors the route's role admits at all (below it, the role itself refuses them). */
const admitted = (route: RouteName) => {
  const access = contract[route].access;
  return ACTORS.filter((actor) => 'scope' in access && RANK[actor.role] >= RANK[access.role]);
};

const CASES = ACTING_ON_MEMBERS.flatMap((route) =>
  admitted(route).flatMap((actor) =>
    Object.entries(PLACED)
      .filter(([role]) => RANK[role as Role] >= RANK[actor.role])
      .map(([role, target]) => [route, actor.role, role, actor.memberId, target] as const),
  ),
);

test.each(CASES)(
  '%s: a %s acting on a %s in their subtree is refused',
  async (route, _actor, _role, actorId, target) => {
    const before = await snapshot();
    const result = await d.as(actorId)(route, EXAMPLES[route]!(target));
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('FORBIDDEN');
    expect(result.error.message).toMatch(/只能管理角色低于您的党员/);
    expect(await snapshot()).toEqual(before);
  },
);

test('the routes still work on a member of a lower role', async () => {
  const member = (
    await store.collection<any>('members').find({ unitPath: 'u-b-east', role: 'member' }, { limit: 1 })
  )[0];
  const result = await d.as(DEMO.eastBranchAdmin)('admin.memberGet', { memberId: member._id });
  expect(result.ok).toBe(true);
  expect((await d.as(DEMO.orgAdmin)('admin.memberGet', { memberId: PLACED.branch_admin })).ok).toBe(true);
});

test('nobody grants a role equal to or above their own', async () => {
  const member = (
    await store.collection<any>('members').find({ unitPath: 'u-b-east', role: 'member' }, { limit: 1 })
  )[0];
  const before = await snapshot();
  for (const [actor, role] of [
    [DEMO.eastBranchAdmin, 'branch_admin'],
    [DEMO.orgAdmin, 'org_admin'],
    [DEMO.orgAdmin, 'super_admin'],
  ] as const) {
    const result = await d.as(actor)('admin.memberSetRole', { memberId: member._id, role, confirmation: CONFIRM });
    expect(result.error?.code).toBe('FORBIDDEN');
  }
  expect(await snapshot()).toEqual(before);
});

test('the takeover of a super admin whose membership sits in the branch: every step is refused', async () => {
  const eastAdmin = d.as(DEMO.eastBranchAdmin);
  const before = await snapshot();
  // Release the super admin's WeChat, issue an invite for their record, make oneself super admin.
  expect((await eastAdmin('admin.memberUnbind', { memberId: PLACED.super_admin, reason: '换手机' })).error.code).toBe(
    'FORBIDDEN',
  );
  expect((await eastAdmin('admin.inviteCreate', { memberId: PLACED.super_admin })).error.code).toBe('FORBIDDEN');
  const promote = { memberId: DEMO.eastBranchAdmin, role: 'super_admin', confirmation: CONFIRM };
  expect((await eastAdmin('admin.memberSetRole', promote)).error.code).toBe('FORBIDDEN');
  // Nor does approving a binding request that names the super admin bind a second WeChat to them.
  const top = await store.collection<any>('members').get(PLACED.super_admin);
  await store.collection<any>('binding_requests').insert({
    _id: 'r-takeover',
    openid: 'o-second-wechat',
    name: top.name,
    phoneLast4: testCipher().decrypt(top.phone).slice(-4),
    unitId: 'u-b-east',
    unitPath: ['u-committee', 'u-gb-com', 'u-b-east'],
    status: 'pending',
    createdAt: FIXED_NOW,
  });
  const approved = await eastAdmin('admin.bindingDecide', { requestId: 'r-takeover', approve: true });
  expect(approved.error.code).toBe('FORBIDDEN');
  const after = await snapshot();
  expect(after.members).toEqual(before.members);
  expect(await store.collection<any>('binding_requests').get('r-takeover')).toMatchObject({ status: 'pending' });
  expect((await store.collection<any>('members').get(DEMO.eastBranchAdmin)).role).toBe('branch_admin');
});

test('the roster export leaves out admins of equal or higher rank', async () => {
  const file = await d.as(DEMO.eastBranchAdmin)('admin.rosterExport', { unitId: 'u-b-east' });
  expect(file.ok).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.data.file, 'base64') as unknown as ArrayBuffer);
  const names = book.worksheets[0]!.getColumn(1).values.map(String);
  for (const id of [...Object.values(PLACED), DEMO.eastBranchAdmin]) {
    const { name } = await store.collection<any>('members').get(id);
    expect(names).not.toContain(name);
  }
  const someone = (
    await store.collection<any>('members').find({ unitPath: 'u-b-east', role: 'member' }, { limit: 1 })
  )[0];
  expect(names).toContain(someone.name);
});

test('the last usable super admin stays bound and in role (behind the ceiling, which already keeps everyone off them)', async () => {
  const ctx = { store } as unknown as CallContext;
  const members = store.collection<any>('members');
  await bindOpenid(store, PLACED.super_admin, 'o-ceiling-top');
  await bindOpenid(store, DEMO.superAdmin, 'o-ceiling-first');
  await expect(assertNotLastSuperAdmin(ctx, await members.get(PLACED.super_admin))).resolves.toBeUndefined();
  await members.updateWhere({ _id: PLACED.super_admin }, { $set: { role: 'org_admin' } });
  await expect(assertNotLastSuperAdmin(ctx, await members.get(DEMO.superAdmin))).rejects.toMatchObject({
    code: 'CONFLICT',
  });
});
