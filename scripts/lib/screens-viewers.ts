import type { Audience, DemoIds } from './screens-pages';
import type { ApiAnswer, ScreensHost } from './screens-host';

/** Someone the gallery photographs the app for: their folder, their token, and the demo records they open. */
export interface Viewer {
  folder: string;
  /** The role as the index names it. */
  label: string;
  /** The demo member, or who the viewer is when nobody is signed in. */
  name: string;
  token: string | null;
  elder: boolean;
  ids: DemoIds;
  sees: (audience: Audience) => boolean;
}

/** The demo organisation's people the gallery shows (ids from `scripts/seed/demo-organisation.ts`). */
const SECRETARY = 'm-006'; // 东湖社区党支部
const ORG_ADMIN = 'm-002';
const HOUR = 3600_000;

type Fields = Record<string, string | undefined>;
type Listed = { items: Fields[] };

/** The answer's data, shaped as the contract promises for the route (the host checked it on the way out). */
function data<T = Fields>(answer: ApiAnswer, what: string): T {
  if (!answer.ok) throw new Error(`${what}: ${answer.error?.code} ${answer.error?.message}`);
  return answer.data as T;
}

async function signIn(host: ScreensHost, memberId: string): Promise<string> {
  return data(await host.call('auth.devLogin', { memberId }), `sign in as ${memberId}`).token!;
}

/**
 * Ids an admin opens: their unit, a member of it, a plan, an exam and a vote — each one the admin's own scope
 * reaches (an exam of their subtree, a vote they may take part in), so no page shows a record they cannot see.
 */
async function adminIds(host: ScreensHost, token: string, memberId: string, activityId: string): Promise<DemoIds> {
  const dossier = data(await host.call('me.dossier', {}, token), 'me.dossier');
  const unitId = (dossier.adminUnitId ?? dossier.unitId)!;
  const plans = data<Listed>(await host.call('admin.planList', { unitId, limit: 20 }, token), 'admin.planList');
  const quizzes = data<Listed>(await host.call('admin.quizList', { unitId, limit: 20 }, token), 'admin.quizList');
  const votes = data<Listed>(await host.call('vote.list', { limit: 10 }, token), 'vote.list');
  const exam = quizzes.items.find((quiz) => quiz.kind === 'exam');
  const wall = data(await host.call('admin.wallLinkIssue', { unitId, hours: 72 }, token), 'admin.wallLinkIssue');
  const due = data<{ items: Array<{ memberId: string }> }>(
    await host.call('admin.developmentDue', { unitId, limit: 1 }, token),
    'admin.developmentDue',
  );
  const ids: DemoIds = {
    unitId,
    memberId,
    activityId,
    planId: plans.items[0]?.planId,
    quizId: exam?.quizId,
    analysedQuizId: exam?.quizId,
    wallToken: wall.token,
    developingMemberId: due.items[0]?.memberId,
  };
  // Without a plan or exam of its own, the member-facing pages open the ones shared from above; the analysis
  // opens only an exam of the admin's own subtree (analysedQuizId stays unset otherwise). The vote is always
  // the admin's own: a vote of the member's branch is not theirs to open.
  return {
    ...Object.fromEntries(Object.entries(ids).filter(([, id]) => id !== undefined)),
    voteId: votes.items[0]?.voteId,
  };
}

/**
 * Signs in the member, the branch secretary and the org admin, and makes the demo show what a working
 * branch has: the secretary publishes a 主题党日 for tomorrow, the member signs up for it and hands in
 * today's quiz (as do the two admins). Records found through the API give every page that needs an id a real one.
 */
export async function prepareViewers(host: ScreensHost): Promise<Viewer[]> {
  const secretaryToken = await signIn(host, SECRETARY);
  const orgAdminToken = await signIn(host, ORG_ADMIN);
  const demo = data<{ members: Array<{ memberId: string; name: string }> }>(
    await host.call('auth.devMembers', {}),
    'auth.devMembers',
  ).members;
  const nameOf = (memberId: string) => demo.find((member) => member.memberId === memberId)?.name ?? memberId;

  const branch = data(await host.call('me.dossier', {}, secretaryToken), 'me.dossier');
  const branchId = (branch.adminUnitId ?? branch.unitId)!;
  const roster = data<{ items: Array<{ memberId: string; role: string }> }>(
    await host.call('admin.memberList', { unitId: branchId, limit: 50 }, secretaryToken),
    'admin.memberList',
  );
  const member = roster.items.find((row) => row.role === 'member');
  if (!member) throw new Error(`no plain member in ${branchId}`);
  const memberToken = await signIn(host, member.memberId);

  const tomorrowAfternoon = host.now() + 28.5 * HOUR; // 14:30 in Beijing, the day after SCREENS_NOW
  const activity = data(
    await host.call(
      'admin.activityCreate',
      {
        unitId: branchId,
        type: 'theme_day',
        title: '11月主题党日：重温入党誓词',
        description: '全体党员参加，重温入党誓词，交流学习心得。请着正装，佩戴党员徽章。',
        startAt: tomorrowAfternoon,
        endAt: tomorrowAfternoon + 2 * HOUR,
        place: { text: '东湖社区党群服务中心三楼会议室' },
        capacity: 30,
        signupOpensAt: host.now() - HOUR,
        signupClosesAt: tomorrowAfternoon - 2 * HOUR,
        cancelPolicy: 'until_deadline',
      },
      secretaryToken,
    ),
    'admin.activityCreate',
  );
  const activityId = activity.activityId!;
  data(await host.call('activity.signUp', { activityId }, memberToken), 'activity.signUp');

  // Everyone hands in today's quiz, so each role's result page has a paper to show.
  const tokens = [memberToken, secretaryToken, orgAdminToken];
  const attempts: string[] = [];
  for (const token of tokens)
    attempts.push(data(await host.call('quiz.startDaily', {}, token), 'quiz.startDaily').attemptId!);
  host.advance(5 * 60_000); // a paper handed in at once is refused as too fast
  for (const [at, attemptId] of attempts.entries())
    data(await host.call('quiz.submit', { attemptId, answers: {} }, tokens[at]), 'quiz.submit');
  const [memberAttempt, secretaryAttempt, orgAdminAttempt] = attempts;

  const contents = data<Listed>(await host.call('study.list', { limit: 10 }, memberToken), 'study.list');
  const votes = data<Listed>(await host.call('vote.list', { limit: 10 }, memberToken), 'vote.list');
  const orgAdminIds = await adminIds(host, orgAdminToken, member.memberId, activityId);
  const shared = {
    contentId: contents.items[0]?.contentId,
    voteId: votes.items[0]?.voteId,
    activityId,
    quizId: orgAdminIds.quizId,
  };
  const newcomer = data(await host.call('auth.devLoginWechat', {}), 'auth.devLoginWechat').token!;

  const isAdmin = (audience: Audience) => audience === 'everyone' || audience === 'admins';
  const memberView = (elder: boolean): Viewer => ({
    folder: elder ? 'member-elder' : 'member',
    label: elder ? '党员（长辈模式）' : '党员',
    name: nameOf(member.memberId),
    token: memberToken,
    elder,
    ids: { ...shared, attemptId: memberAttempt },
    sees: (audience) => audience === 'everyone',
  });
  return [
    { folder: 'guest', label: '未登录', name: '—', token: null, elder: false, ids: {}, sees: (a) => a === 'guest' },
    {
      folder: 'newcomer',
      label: '新微信用户',
      name: '—',
      token: newcomer,
      elder: false,
      ids: {},
      sees: (a) => a === 'newcomer',
    },
    memberView(false),
    memberView(true),
    {
      folder: 'secretary',
      label: '支部书记',
      name: nameOf(SECRETARY),
      token: secretaryToken,
      elder: false,
      ids: {
        ...shared,
        attemptId: secretaryAttempt,
        ...(await adminIds(host, secretaryToken, member.memberId, activityId)),
      },
      sees: isAdmin,
    },
    {
      folder: 'org-admin',
      label: '组织管理员',
      name: nameOf(ORG_ADMIN),
      token: orgAdminToken,
      elder: false,
      ids: { ...shared, attemptId: orgAdminAttempt, ...orgAdminIds },
      sees: isAdmin,
    },
  ];
}
