import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { seededDatabase, type TestDatabase } from '../support/postgres-databases';
import { startHostProcess, stopped, type HostProcess } from '../support/host-process';

/**
 * Two host processes sharing nothing but a PostgreSQL server, as behind a reverse proxy: sign-ups and
 * cancellations spread across both keep the seats exact, the waitlist whole, and each reminder is sent
 * once although both hosts run the timer jobs; a quiz handed in through both hosts at once counts once and
 * its points are awarded once; ballots sent to both hosts count each voter once. Stopping a host with SIGTERM finishes cleanly.
 */
const MEMBERS = 400;
const SEATS = 50;
let database: TestDatabase;
let store: DocStore;
const hosts: HostProcess[] = [];

function call(hostIndex: number, route: string, input: unknown, token?: string) {
  return (hosts[hostIndex % hosts.length] as HostProcess).call(route, input, token);
}

const startHost = (databaseUrl: string) =>
  startHostProcess({
    DB_DRIVER: 'postgres',
    DATABASE_URL: databaseUrl,
    JOBS: 'on',
    JOBS_INTERVAL_SCALE: '0.002', // the 5-minute reminder job runs every 0.6 s
    WRITE_RATE_PER_MINUTE: '1000',
    READ_RATE_PER_MINUTE: '100000',
  });

let codes = 0;
async function login(hostIndex: number, openid: string): Promise<string> {
  const result = await call(hostIndex, 'auth.wxLogin', { code: `local:${openid}#${(codes += 1)}` });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.token;
}

beforeAll(async () => {
  database = await seededDatabase();
  store = await openPostgresStore(database.url, 10);
  await seedSyntheticMembers(store, MEMBERS, FIXED_NOW);
  await seedDemoQuiz(store, Date.now());
  const members = store.collection<{ _id: string }>('members');
  await members.updateWhere({ _id: DEMO.orgAdmin }, { $set: { openid: 'o-admin' } });
  // Set-up only: the WeChat identities are written side by side, and the two hosts start side by side.
  await Promise.all(
    Array.from({ length: MEMBERS }, (_, i) => members.updateWhere({ _id: `s-${i}` }, { $set: { openid: `o-s-${i}` } })),
  );
  hosts.push(...(await Promise.all([startHost(database.url), startHost(database.url)])));
}, 120_000);

afterAll(async () => {
  for (const host of hosts) if (host.process.exitCode === null) host.process.kill('SIGKILL');
  await store?.close();
  await database?.drop();
});

test('sign-ups and cancellations through both hosts keep the seats exact and the queue whole', async () => {
  const admin = await login(0, 'o-admin');
  const now = Date.now();
  const created = await call(
    0,
    'admin.activityCreate',
    {
      unitId: 'u-gb-com',
      type: 'volunteer',
      title: '跨主机报名',
      startAt: now + 1_800_000,
      endAt: now + 5_400_000,
      place: { text: '服务站' },
      capacity: SEATS,
      signupOpensAt: now - 60_000,
      signupClosesAt: now + 1_000_000,
      cancelPolicy: 'any_time',
    },
    admin,
  );
  const activityId = created.data.activityId;
  const tokens = await Promise.all(Array.from({ length: MEMBERS }, (_, i) => login(i, `o-s-${i}`)));
  const results = await Promise.all(tokens.map((token, i) => call(i, 'activity.signUp', { activityId }, token)));
  const statuses = results.map((r) => r.data?.status ?? r.error?.code);
  expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(SEATS);
  expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(MEMBERS - SEATS);

  const confirmedIdx = statuses.flatMap((s, i) => (s === 'confirmed' ? [i] : [])).slice(0, 20);
  const cancels = await Promise.all(confirmedIdx.map((i) => call(i + 1, 'activity.cancel', { activityId }, tokens[i])));
  expect(cancels.every((r) => r.ok)).toBe(true);

  const signups = (await call(1, 'admin.activitySignups', { activityId }, await login(1, 'o-admin'))).data.items;
  expect(signups.filter((s: any) => s.status === 'confirmed')).toHaveLength(SEATS);
  const waiting = signups.filter((s: any) => s.status === 'waitlisted');
  expect(waiting.map((s: any) => s.waitlistPosition)).toEqual(
    Array.from({ length: MEMBERS - SEATS - 20 }, (_, i) => i + 1),
  );
  const detail = (await call(0, 'activity.get', { activityId }, admin)).data;
  expect(detail).toMatchObject({ confirmedCount: SEATS, waitlistCount: MEMBERS - SEATS - 20 });

  // Reminders: both hosts run the job every 0.6 s; each subscribed member hears exactly once.
  const subscribers = statuses
    .flatMap((s, i) => (s === 'confirmed' && !confirmedIdx.includes(i) ? [i] : []))
    .slice(0, 10);
  for (const i of subscribers) await call(i, 'activity.subscribeReminder', { activityId }, tokens[i]);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  for (const i of subscribers) {
    const notices = (await call(i, 'me.notices', {}, tokens[i])).data.items.filter(
      (n: any) => n.title === '活动即将开始',
    );
    expect(notices).toHaveLength(1);
  }
}, 120_000);

test('a daily quiz handed in through both hosts at once counts once, and its points are awarded once', async () => {
  const people = Array.from({ length: 100 }, (_, i) => i);
  const tokens = await Promise.all(people.map((i) => login(i, `o-s-${i}`)));
  const attempts = await Promise.all(people.map((i) => call(i, 'quiz.startDaily', {}, tokens[i])));
  // A paper earns points only when answered (a blank one earns nothing) and not handed in faster than anyone
  // can read it: each member answers every question, having started two minutes ago.
  await store
    .collection<{ _id: string; startedAt: number }>('attempts')
    .updateWhere(
      { _id: { $in: attempts.map((a) => a.data.attemptId) } },
      { $set: { startedAt: Date.now() - 120_000 } },
      { multi: true },
    );
  const anyAnswer = (type: string) => (type === 'judge' ? true : type === 'blank' ? '答' : [0]);
  const answersOf = (attempt: { data?: { questions: { questionId: string; type: string }[] } } | undefined) =>
    Object.fromEntries((attempt?.data?.questions ?? []).map((q) => [q.questionId, anyAnswer(q.type)]));
  const handIns = await Promise.all(
    people.flatMap((i) =>
      [0, 1].map((hostIndex) =>
        call(
          hostIndex,
          'quiz.submit',
          { attemptId: attempts[i]?.data.attemptId, answers: answersOf(attempts[i]) },
          tokens[i],
        ),
      ),
    ),
  );
  expect(handIns.filter((r) => r.ok)).toHaveLength(100);
  expect(handIns.filter((r) => !r.ok).every((r) => r.error.code === 'CONFLICT')).toBe(true);
  const points = await Promise.all(people.map((i) => call(i + 1, 'points.mine', {}, tokens[i])));
  for (const mine of points) expect(mine.data).toMatchObject({ balance: 2, total: 1 });
}, 120_000);

test('ballots sent to both hosts at once count each voter once', async () => {
  const admin = await login(0, 'o-admin');
  const now = Date.now();
  const created = await call(
    1,
    'admin.voteCreate',
    {
      unitId: 'u-gb-com',
      kind: 'poll',
      title: '跨主机意见征集',
      options: ['赞成', '反对'],
      opensAt: now - 60_000,
      closesAt: now + 3_600_000,
      resultPolicy: 'after_vote',
    },
    admin,
  );
  expect(created.ok).toBe(true);
  const voteId = created.data.voteId;
  // Synthetic members have random stages; 意见征集 asks the Party members among them.
  const voters = (
    await store
      .collection<{ _id: string; stage: string }>('members')
      .find(
        { _id: { $in: Array.from({ length: MEMBERS }, (_, i) => `s-${i}`) }, stage: { $in: ['probationary', 'full'] } },
        { limit: 100 },
      )
  ).map((m) => Number(m._id.slice(2)));
  const tokens = await Promise.all(voters.map((i) => login(i, `o-s-${i}`)));
  const ballots = await Promise.all(
    voters.flatMap((i, n) => {
      // One ballot, sent four times: the same cast id and choices, as a device retrying would.
      const ballot = { voteId, optionIds: [i % 2 ? 'o2' : 'o1'], castId: `cluster-cast-${i}-${'x'.repeat(16)}` };
      return [0, 1, 0, 1].map((hostIndex) => call(hostIndex, 'vote.cast', ballot, tokens[n]));
    }),
  );
  expect(ballots.filter((r) => !r.ok)).toEqual([]);
  const results = (await call(0, 'admin.voteResults', { voteId }, admin)).data.results;
  expect(results.ballots).toBe(voters.length);
  expect(results.counts).toEqual([
    { optionId: 'o1', count: voters.filter((i) => i % 2 === 0).length },
    { optionId: 'o2', count: voters.filter((i) => i % 2 === 1).length },
  ]);
}, 120_000);

test('a questionnaire answered through both hosts at once keeps one response per member', async () => {
  const admin = await login(0, 'o-admin');
  const now = Date.now();
  const created = await call(
    1,
    'admin.surveyCreate',
    {
      unitId: 'u-gb-com',
      survey: {
        title: '跨主机匿名问卷',
        opensAt: now - 60_000,
        closesAt: now + 3_600_000,
        questions: [{ kind: 'single', title: '是否满意', options: ['满意', '不满意'] }],
      },
    },
    admin,
  );
  expect(created.ok).toBe(true);
  const surveyId = created.data.surveyId;
  expect((await call(0, 'admin.surveyPublish', { surveyId }, admin)).ok).toBe(true);
  const respondents = (
    await store.collection<{ _id: string }>('members').find(
      {
        _id: { $in: Array.from({ length: MEMBERS }, (_, i) => `s-${i}`) },
        stage: { $in: ['probationary', 'full'] },
        status: { $in: ['normal', 'mobile'] },
      },
      { limit: 100 },
    )
  ).map((m) => Number(m._id.slice(2)));
  const tokens = await Promise.all(respondents.map((i) => login(i, `o-s-${i}`)));
  const submissions = await Promise.all(
    respondents.flatMap((i, n) => {
      const input = { surveyId, answers: [{ questionId: 'q1', optionIds: [i % 2 ? 'o2' : 'o1'] }] };
      return [0, 1, 0, 1].map((hostIndex) => call(hostIndex, 'survey.submit', input, tokens[n]));
    }),
  );
  expect(submissions.filter((r) => r.ok)).toHaveLength(respondents.length);
  expect(new Set(submissions.filter((r) => !r.ok).map((r) => r.error.code))).toEqual(new Set(['CONFLICT']));
  const results = (await call(0, 'admin.surveyResults', { surveyId }, admin)).data;
  expect(results.responses).toBe(respondents.length);
  expect(results.questions[0].counts).toEqual([
    { optionId: 'o1', count: respondents.filter((i) => i % 2 === 0).length },
    { optionId: 'o2', count: respondents.filter((i) => i % 2 === 1).length },
  ]);
}, 120_000);

test('SIGTERM stops a host cleanly while the other keeps serving', async () => {
  const host = hosts[1] as HostProcess;
  host.process.kill('SIGTERM');
  expect(await stopped(host)).toBe(0);
  const response = await fetch(`${hosts[0]?.url}/readyz`);
  expect(response.status).toBe(200);
});
