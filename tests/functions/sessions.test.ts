import { rmSync } from 'node:fs';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import { memberSession } from '../../cloudfunctions/modules/members/session-generation';
import { SESSION_LIFETIME_MS } from '../../cloudfunctions/platform/session-tokens';
import { authorise } from '../../cloudfunctions/router/access';
import type { AppError } from '../../cloudfunctions/kernel/app-error';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import { contract, ROUTE_NAMES } from '../../types/contract';
import type { DocStore } from '../../cloudfunctions/store/types';
import { bindOpenid, DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * Sessions end: unbinding, re-binding, a role or status change and signing out end a member's sessions at
 * once, a refresh never outlives 30 days from sign-in, and members transferred out or suspended keep only
 * their own data. Through the real dispatcher, and again over the HTTP host with wx.login sign-in.
 */
const MINUTE = 60_000;
const FALLBACK = { method: 'fallback', reason: '手机不支持指纹' };

let store: DocStore;
let dataDir: string;
let d: Dispatcher;
let eastMembers: string[];

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  const members = await store
    .collection<MemberDoc>('members')
    .find({ unitPath: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 20 });
  eastMembers = members.map((member) => member._id);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A different east-branch member for each test, so no test depends on another's changes. */
let nextMember = 0;
const freshMember = () => eastMembers[nextMember++] as string;

const superAdmin = (route: string, input?: unknown) => d.as(DEMO.superAdmin)(route, input);
const codeOf = (result: any) => (result.ok ? 'ok' : result.error.code);
const memberDoc = async (memberId: string) => (await store.collection<MemberDoc>('members').get(memberId)) as MemberDoc;

/** A WeChat user signed in before being bound to anybody. */
const unboundWechatToken = (openid: string) => d.services.platform.sessions!.issue({ openid }, d.clock.now).token;

async function expectEnded(token: string) {
  const call = d.withToken(token);
  for (const [route, input] of [
    ['me.card', {}],
    ['me.exportData', {}],
    ['study.home', {}],
    ['auth.bindingStatus', {}],
    ['auth.refresh', {}],
    ['auth.signOut', {}],
  ] as const) {
    expect([route, codeOf(await call(route, input))]).toEqual([route, 'UNAUTHENTICATED']);
  }
}

test('after unbinding, the old session is refused on every kind of call, and cannot be refreshed', async () => {
  await bindOpenid(store, DEMO.eastBranchAdmin, 'o-lost-phone');
  const token = await d.sessionToken(DEMO.eastBranchAdmin);
  const call = d.withToken(token);
  expect(codeOf(await call('admin.memberList', { unitId: 'u-b-east' }))).toBe('ok');

  expect(codeOf(await superAdmin('admin.memberUnbind', { memberId: DEMO.eastBranchAdmin, reason: '手机丢失' }))).toBe(
    'ok',
  );
  await expectEnded(token);
  const refused = await call('admin.memberList', { unitId: 'u-b-east' });
  expect(refused.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('请重新登录') });
});

test('after binding a new WeChat, the old session does not refresh into the new identity', async () => {
  const memberId = freshMember();
  await bindOpenid(store, memberId, 'o-old-phone');
  const oldToken = await d.sessionToken(memberId);
  await superAdmin('admin.memberUnbind', { memberId, reason: '更换了手机' });
  const { code } = (await superAdmin('admin.inviteCreate', { memberId })).data;
  const newPhone = unboundWechatToken('o-new-phone');
  const bound = await d.withToken(newPhone)('auth.bindByInvite', { code });
  expect(bound.data).toMatchObject({ status: 'bound', token: expect.any(String) });

  await expectEnded(oldToken);
  // The new WeChat's own sign-in and the token binding gave it both name the member.
  expect((await d.withToken(newPhone)('me.card')).data.memberId).toBe(memberId);
  expect((await d.withToken(bound.data.token)('me.card')).data.memberId).toBe(memberId);
  expect((await memberDoc(memberId)).openid).toBe('o-new-phone');
});

test('a session ends 30 days after sign-in, however often it was refreshed', async () => {
  const memberId = freshMember();
  const signedInAt = d.clock.now;
  let token = await d.sessionToken(memberId);
  d.clock.now += 40 * MINUTE;
  const refreshed = await d.withToken(token)('auth.refresh');
  expect(refreshed.data).toMatchObject({ bound: true });
  token = refreshed.data.token;

  // The same session refreshed all month: a token carrying the original sign-in time.
  d.clock.now = signedInAt + SESSION_LIFETIME_MS - 10 * MINUTE;
  token = memberSession(d.services.platform.sessions!, await memberDoc(memberId), d.clock.now, signedInAt).token;
  const last = await d.withToken(token)('auth.refresh');
  expect(last.data.expiresAt).toBe(signedInAt + SESSION_LIFETIME_MS);

  d.clock.now = signedInAt + SESSION_LIFETIME_MS + MINUTE;
  expect(codeOf(await d.withToken(last.data.token)('auth.refresh'))).toBe('UNAUTHENTICATED');
  expect(codeOf(await d.withToken(last.data.token)('me.card'))).toBe('UNAUTHENTICATED');
  // Signing in again starts a new session.
  expect(codeOf(await d.withToken(await d.sessionToken(memberId))('me.card'))).toBe('ok');
  d.clock.now = FIXED_NOW;
});

test('a role change and a move to 已转出 end the member’s sessions; other edits do not', async () => {
  const promoted = freshMember();
  const promotedToken = await d.sessionToken(promoted);
  const roleChange = await superAdmin('admin.memberSetRole', {
    memberId: promoted,
    role: 'branch_admin',
    confirmation: FALLBACK,
  });
  expect(codeOf(roleChange)).toBe('ok');
  await expectEnded(promotedToken);
  expect((await d.withToken(await d.sessionToken(promoted))('me.card')).data.role).toBe('branch_admin');

  const leaving = freshMember();
  const leavingToken = await d.sessionToken(leaving);
  await superAdmin('admin.memberUpdate', { memberId: leaving, changes: { position: '宣传委员' } });
  expect(codeOf(await d.withToken(leavingToken)('me.card'))).toBe('ok');
  await superAdmin('admin.memberUpdate', { memberId: leaving, changes: { status: 'transferred' } });
  await expectEnded(leavingToken);
});

test('signing out ends the member’s sessions on every device; an unbound WeChat user may sign out too', async () => {
  const memberId = freshMember();
  const phone = await d.sessionToken(memberId);
  const tablet = await d.sessionToken(memberId);
  expect(codeOf(await d.withToken(tablet)('me.card'))).toBe('ok');
  expect(codeOf(await d.withToken(phone)('auth.signOut'))).toBe('ok');
  await expectEnded(phone);
  await expectEnded(tablet);
  expect(codeOf(await d.withToken(await d.sessionToken(memberId))('me.card'))).toBe('ok');

  const visitor = d.withToken(unboundWechatToken('o-visitor'));
  expect(codeOf(await visitor('auth.signOut'))).toBe('ok');
  expect((await visitor('auth.bindingStatus')).data.status).toBe('none');
});

test('a session signed in before binding lives on after it, until the member’s sessions end', async () => {
  const memberId = freshMember();
  const beforeBinding = d.withToken(unboundWechatToken('o-newcomer'));
  const { code } = (await superAdmin('admin.inviteCreate', { memberId })).data;
  expect(codeOf(await beforeBinding('auth.bindByInvite', { code }))).toBe('ok');
  expect((await beforeBinding('me.card')).data.memberId).toBe(memberId);
  // The bind page is told the binding with a token that names the member.
  const status = await beforeBinding('auth.bindingStatus');
  expect(status.data).toMatchObject({ status: 'bound', token: expect.any(String) });
  expect((await d.withToken(status.data.token)('me.card')).data.memberId).toBe(memberId);

  await superAdmin('admin.memberUpdate', { memberId, changes: { status: 'suspended' } });
  expect(codeOf(await beforeBinding('me.card'))).toBe('UNAUTHENTICATED');
  expect(codeOf(await d.withToken(status.data.token)('me.card'))).toBe('UNAUTHENTICATED');
});

test('in WeChat cloud functions every call asks WeChat, so unbinding ends access at once', async () => {
  const memberId = freshMember();
  await bindOpenid(store, memberId, 'o-cloud');
  const cloud = (route: string) =>
    dispatch('api', { route, input: {} }, { kind: 'openid', openid: 'o-cloud' }, d.services) as Promise<any>;
  expect((await cloud('me.card')).data.memberId).toBe(memberId);
  // Nothing to refresh or sign out of: WeChat vouches for every call.
  expect(codeOf(await cloud('auth.refresh'))).toBe('FORBIDDEN');
  await superAdmin('admin.memberUnbind', { memberId, reason: '手机丢失' });
  expect(codeOf(await cloud('me.card'))).toBe('NOT_BOUND');
  expect((await cloud('auth.bindingStatus')).data.status).toBe('none');
});

describe('members transferred out or suspended', () => {
  test('keep reading their own card, record, notices and download, and nothing else', async () => {
    const memberId = freshMember();
    await superAdmin('admin.memberUpdate', { memberId, changes: { status: 'transferred' } });
    const former = d.as(memberId);
    for (const route of ['me.card', 'me.dossier', 'me.exportData', 'me.notices', 'points.mine', 'quiz.history']) {
      expect([route, codeOf(await former(route))]).toEqual([route, 'ok']);
    }
    for (const [route, input] of [
      ['study.home', {}],
      ['activity.list', { view: 'upcoming' }],
      ['quiz.startDaily', {}],
      ['vote.list', {}],
      ['me.updatePhone', { phone: '13900001111' }],
    ] as const) {
      const refused = await former(route, input);
      expect([route, refused.error?.code]).toEqual([route, 'FORBIDDEN']);
      expect(refused.error.message).toContain('已转出');
    }
    expect(codeOf(await former('auth.signOut'))).toBe('ok');

    await superAdmin('admin.memberUpdate', { memberId, changes: { status: 'normal' } });
    expect(codeOf(await d.as(memberId)('study.home'))).toBe('ok');
  });

  test('every route but those declared for their own data refuses them, checked over the whole contract', async () => {
    const former = { ...(await memberDoc(DEMO.superAdmin)), status: 'transferred' as const };
    const caller = { kind: 'member' as const, member: former, openid: null };
    const kept: string[] = [];
    for (const route of ROUTE_NAMES) {
      const access = contract[route].access;
      if (['public', 'wechat', 'system', 'link'].includes(access.role)) continue;
      const outcome = await authorise(access, caller, {}, store, { pii: d.services.pii, now: d.clock.now }).then(
        () => 'allowed',
        (error: AppError) => `${error.code}: ${error.message}`,
      );
      if (outcome === 'allowed') kept.push(route);
      else expect([route, outcome]).toEqual([route, expect.stringMatching(/^FORBIDDEN: .*已转出/)]);
    }
    expect(kept.sort()).toEqual(
      [
        // Their own questions to the library (readable and deletable), suggestions with their replies, and tasks.
        'assistant.conversation',
        'assistant.conversations',
        'assistant.deleteConversation',
        'suggestion.mine',
        'task.mine',
        // Their own organisation records: the transfer under way, dues still owed, volunteer hours, assessment,
        // commendations, guidance received and development steps.
        'me.transfer',
        'me.dues',
        'me.volunteer',
        'me.assessment',
        'me.honours',
        'me.guidance',
        'me.developmentTimeline',
        'me.card',
        'me.dossier',
        'me.exportData',
        'me.notices',
        'me.noticesRead',
        'points.mine',
        'quiz.history',
        'study.myNotes',
      ].sort(),
    );
  });

  test('lose admin rights whatever their role', async () => {
    await superAdmin('admin.memberUpdate', { memberId: DEMO.officeBranchAdmin, changes: { status: 'suspended' } });
    const admin = d.as(DEMO.officeBranchAdmin);
    expect(codeOf(await admin('me.dossier'))).toBe('ok');
    const unitId = (await memberDoc(DEMO.officeBranchAdmin)).unitId;
    const refused = await admin('admin.memberList', { unitId });
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('停止党籍') });
    expect(codeOf(await admin('admin.unitOverview', { unitId }))).toBe('FORBIDDEN');
  });
});
