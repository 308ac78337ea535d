import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { ensureAllCollections } from '../cloudfunctions/store/collections';
import { openStore } from '../cloudfunctions/store/open-store';
import type { DocStore } from '../cloudfunctions/store/types';
import type { ActivityDoc } from '../cloudfunctions/modules/activities/activities.types';
import { stemKey } from '../cloudfunctions/modules/quiz/grading';
import type { QuestionDoc } from '../cloudfunctions/modules/quiz/quiz.types';
import { measurePaint, type PaintRow } from './lib/h5-paint';
import { startHostChild, type CallLine, type HostChild } from './lib/host-child';
import { startPostgres } from './lib/postgres-server';
import { ensureSystemTools } from './lib/system-tools';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { localSecrets } from './dev-secret';
import { createSessionTokens } from '../cloudfunctions/platform/session-tokens';
import { seedDemoOrganisation } from './seed/demo-organisation';
import { seedDemoQuiz } from './seed/demo-quiz';
import { seedDemoStudy } from './seed/demo-study';
import { seedSyntheticMembers } from './seed/synthetic-members';

/**
 * `npm run bench`: measures routes through the real HTTP host on each store and prints a markdown table
 * (also written to bench/results/latest.md and latest.json). Figures are for comparing over time;
 * nothing here asserts a time. BENCH_MEMBERS and BENCH_SECONDS tune the size and length of a run,
 * BENCH_OUT where the results go.
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [1, 10, 100];
/** The scale curve's steps (members; `BENCH_SCALE=1000,10000` for a shorter curve, `0` to skip it). */
const SCALE_STEPS = (process.env.BENCH_SCALE ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SCALE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 2);
const OUT_DIR = process.env.BENCH_OUT ?? 'bench/results';
/** Throw-away secrets: the benchmark's stores are deleted when it ends. */
const BENCH_ENV = { ...localSecrets(mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-secrets-'))) };

interface Row {
  scenario: string;
  store: string;
  /** The host process's peak resident memory during the run, MB (the load generator runs apart). */
  rssMb: number;
  connections: number;
  p50: number;
  p97_5: number;
  p99: number;
  rps: number;
  reads: number;
  writes: number;
  bytes: number;
  /** Call time ÷ store time, measured on the calls of this run. */
  overhead: number;
}

interface RaceRow {
  store: string;
  signups: number;
  seats: number;
  confirmed: number;
  waitlisted: number;
  failed: number;
  wallMs: number;
  p50: number;
  p99: number;
  reads: number;
  writes: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
/** Time in our code per call over time in the store: what routing, validation and services add. */
const overhead = (lines: CallLine[], route: string) => {
  const mine = lines.filter((line) => line.route === route);
  const store = mine.reduce((sum, line) => sum + line.storeMs, 0);
  return store > 0 ? mine.reduce((sum, line) => sum + line.ms, 0) / store : 0;
};
const perCall = (lines: CallLine[], route: string, key: 'reads' | 'writes') => {
  const mine = lines.filter((line) => line.route === route);
  return mine.length ? mine.reduce((sum, line) => sum + line[key], 0) / mine.length : 0;
};

/**
 * The sign-up race: up to 2,000 members sign up at the same moment for seats for 5 % of them, each with
 * its own session, all through the HTTP host. Returns the outcome counts and the activity for later scenarios.
 */
async function signupRace(driver: string, host: HostChild): Promise<{ row: RaceRow; activityId: string }> {
  const { url, calls } = host;
  const tokens = createSessionTokens(BENCH_ENV.SESSION_SECRET, 3600_000);
  const now = Date.now();
  const post = async (route: string, token: string, body: unknown) => {
    const response = await fetch(`${url}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
  };
  const signups = Math.min(2000, MEMBERS);
  const seats = Math.max(1, Math.round(signups / 20));
  const created = await post('admin.activityCreate', tokens.issue({ memberId: 'm-002', generation: 0 }, now).token, {
    unitId: 'u-gb-com',
    type: 'volunteer',
    title: '基准测试：报名竞争',
    openToAll: true,
    startAt: now + 86_400_000,
    endAt: now + 93_600_000,
    place: { text: '社区服务站' },
    capacity: seats,
    signupOpensAt: now - 60_000,
    signupClosesAt: now + 3_600_000,
    cancelPolicy: 'any_time',
  });
  if (!created.ok) throw new Error(`could not create the race activity: ${JSON.stringify(created.error)}`);
  const activityId = String(created.data?.activityId);
  const members = Array.from(
    { length: signups },
    (_, i) => tokens.issue({ memberId: `s-${i}`, generation: 0 }, now).token,
  );
  calls.length = 0;
  const started = performance.now();
  const results = await Promise.all(
    members.map(async (token) => {
      const t0 = performance.now();
      const body = await post('activity.signUp', token, { activityId });
      return { ms: performance.now() - t0, status: body.ok ? String(body.data?.status) : 'failed' };
    }),
  );
  const wallMs = Math.round(performance.now() - started);
  await host.settle();
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return {
    activityId,
    row: {
      store: driver,
      signups,
      seats,
      confirmed: count('confirmed'),
      waitlisted: count('waitlisted'),
      failed: count('failed'),
      wallMs,
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      reads: perCall(calls, 'activity.signUp', 'reads'),
      writes: perCall(calls, 'activity.signUp', 'writes'),
    },
  };
}

/** Every synthetic member's best on the demo competition, so the leaderboard ranks at full scale. */
/** Member i's best on the demo competition: a spread of scores with many ties, as real boards have. */
const scoreOf = (i: number) => (i * 37) % 101;
function syntheticBest(i: number, unitPath: string[], now: number) {
  const board = 'quiz-demo-competition';
  return {
    _id: `${board}_s-${i}`,
    board,
    memberId: `s-${i}`,
    unitPath,
    scoreKey: `${board}|${scoreOf(i)}`,
    score: scoreOf(i),
    seconds: 60 + ((i * 13) % 600),
    at: now,
  };
}

async function seedBoard(store: DocStore, members: number, now: number): Promise<void> {
  const scores = store.collection<ReturnType<typeof syntheticBest>>('quiz_scores');
  const member = await store.collection<{ _id: string; unitPath: string[] }>('members').get('s-0');
  for (let i = 0; i < members; i += 1) await scores.insert(syntheticBest(i, member?.unitPath ?? [], now));
  // The per-unit sums the unit ranking reads, as recordBest keeps them.
  let sum = 0;
  for (let i = 0; i < members; i += 1) sum += scoreOf(i);
  const unitScores = store.collection<{
    _id: string;
    board: string;
    unitId: string;
    participants: number;
    sum: number;
  }>('quiz_unit_scores');
  await seedHistogram(store, 'quiz-demo-competition', members);
  for (const unitId of member?.unitPath ?? [])
    await unitScores.insert({
      _id: `quiz-demo-competition_${unitId}`,
      board: 'quiz-demo-competition',
      unitId,
      participants: members,
      sum,
    });
}

/** The per-score counts the leaderboard walks, for boards seeded with score (i × 37) mod 101. */
async function seedHistogram(store: DocStore, board: string, members: number): Promise<void> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < members; i += 1) counts[`s${scoreOf(i)}`] = (counts[`s${scoreOf(i)}`] ?? 0) + 1;
  await store
    .collection<{ _id: string; counts: Record<string, number> }>('quiz_histograms')
    .insert({ _id: board, counts });
}

interface QuizRow {
  store: string;
  members: number;
  submitted: number;
  refused: number;
  p50: number;
  p99: number;
  reads: number;
  writes: number;
}

/**
 * Daily-quiz hand-in: up to 500 members fetch today's quiz and hand it in at the same moment (each twice, to
 * check that only one hand-in counts), through the HTTP host.
 */
async function quizRound(driver: string, host: HostChild): Promise<QuizRow> {
  const { url, calls } = host;
  const tokens = createSessionTokens(BENCH_ENV.SESSION_SECRET, 3600_000);
  const now = Date.now();
  const members = Math.min(500, MEMBERS);
  const post = async (route: string, token: string, body: unknown) => {
    const response = await fetch(`${url}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; data?: { attemptId?: string } };
  };
  const people = Array.from(
    { length: members },
    (_, i) => tokens.issue({ memberId: `s-${i}`, generation: 0 }, now).token,
  );
  const attempts = await Promise.all(people.map((token) => post('quiz.startDaily', token, {})));
  calls.length = 0;
  const results = await Promise.all(
    people.flatMap((token, i) => {
      const attemptId = attempts[i]?.data?.attemptId ?? '';
      return [0, 1].map(async () => {
        const t0 = performance.now();
        const body = await post('quiz.submit', token, { attemptId, answers: {} });
        return { ms: performance.now() - t0, ok: body.ok };
      });
    }),
  );
  await host.settle();
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    store: driver,
    members,
    submitted: results.filter((r) => r.ok).length,
    refused: results.filter((r) => !r.ok).length,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    reads: perCall(calls, 'quiz.submit', 'reads'),
    writes: perCall(calls, 'quiz.submit', 'writes'),
  };
}

/** The host's environment for every scenario: one identity drives each write scenario, so its limit is lifted. */
function hostEnv(driver: 'embedded' | 'postgres', dataDir: string, databaseUrl: string): Record<string, string> {
  return {
    ...BENCH_ENV,
    DB_DRIVER: driver,
    DATA_DIR: dataDir,
    ...(driver === 'postgres' ? { DATABASE_URL: databaseUrl } : {}),
    AUTH_MODE: 'dev',
    JOBS: 'off',
    STATIC_DIR: 'dist/h5',
    WRITE_RATE_PER_MINUTE: '100000000',
    READ_RATE_PER_MINUTE: '100000000',
  };
}

/** A route to drive, as one member, or (`rotate`) as a different member on each call. */
type Scenario = { name: string; route: string; body: unknown; token: string; rotate?: string[] };

/** The hot routes, each with a body that works against the seeded data, called as `member` (and `admin` for the console). */
async function hotRoutes(
  url: string,
  member: string,
  admin: { token: string; unitId: string },
  activityId: string,
  boardSize: number,
): Promise<Scenario[]> {
  const post = async (route: string, body: unknown) =>
    (await (
      await fetch(`${url}/api/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
        body: JSON.stringify(body),
      })
    ).json()) as { data: Record<string, unknown> };
  const session = String((await post('study.open', { contentId: 'c-demo-1' })).data.sessionId);
  const daily = (await post('quiz.startDaily', {})).data as {
    attemptId: string;
    questions: Array<{ questionId: string }>;
  };
  const as = (token: string) => ({ token });
  return [
    { name: 'study home feed (study.home)', route: 'study.home', body: {}, ...as(member) },
    {
      name: 'study heartbeat (study.heartbeat)',
      route: 'study.heartbeat',
      body: { sessionId: session, playing: true },
      ...as(member),
    },
    { name: 'daily quiz fetch (quiz.startDaily)', route: 'quiz.startDaily', body: {}, ...as(member) },
    {
      name: 'quiz answer save (quiz.answer)',
      route: 'quiz.answer',
      body: { attemptId: daily.attemptId, questionId: daily.questions[0]?.questionId, answer: [0] },
      ...as(member),
    },
    {
      name: `leaderboard top 50 + my rank, ${boardSize} on the board (quiz.leaderboard)`,
      route: 'quiz.leaderboard',
      body: { board: 'quiz-demo-competition', limit: 50 },
      ...as(member),
    },
    { name: 'member card (me.card)', route: 'me.card', body: {}, ...as(member) },
    {
      name: `console overview of ${admin.unitId} (admin.unitOverview)`,
      route: 'admin.unitOverview',
      body: { unitId: admin.unitId },
      ...as(admin.token),
    },
    { name: 'activity detail (activity.get)', route: 'activity.get', body: { activityId }, ...as(member) },
  ];
}

/** Drives one route with autocannon; the host's call records give reads, writes and overhead, /proc its memory. */
async function measure(host: HostChild, scenario: Scenario, connections: number, seconds: number) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${scenario.token}` };
  const sample = await fetch(`${host.url}/api/${scenario.route}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(scenario.body),
  });
  const bytes = (await sample.arrayBuffer()).byteLength;
  await host.settle();
  host.calls.length = 0;
  host.resetPeak();
  const rotate = scenario.rotate ?? [];
  let next = 0;
  const result = await autocannon({
    url: `${host.url}/api/${scenario.route}`,
    method: 'POST',
    headers,
    body: JSON.stringify(scenario.body),
    connections,
    duration: seconds,
    ...(rotate.length
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: { ...request.headers, authorization: `Bearer ${rotate[(next += 1) % rotate.length]}` },
              }),
            },
          ],
        }
      : {}),
  });
  if (result.non2xx > 0) throw new Error(`${scenario.route}: ${result.non2xx} non-2xx answers`);
  await host.settle();
  return {
    connections,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    reads: perCall(host.calls, scenario.route, 'reads'),
    writes: perCall(host.calls, scenario.route, 'writes'),
    bytes,
    overhead: overhead(host.calls, scenario.route),
    rssMb: host.peakRssMb(),
  };
}

const tokenFor = (memberId: string) =>
  createSessionTokens(BENCH_ENV.SESSION_SECRET, 3600_000).issue({ memberId, generation: 0 }, Date.now()).token;

async function benchStore(
  driver: 'embedded' | 'postgres',
  dataDir: string,
  databaseUrl: string,
  rows: Row[],
  races: RaceRow[],
  quizRounds: QuizRow[],
  paints: PaintRow[],
): Promise<void> {
  const store = await openBenchStore(driver, dataDir, databaseUrl);
  const now = Date.now();
  try {
    await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
    await seedSyntheticMembers(store, MEMBERS, now);
    await seedDemoStudy(store, now);
    await seedDemoQuiz(store, now);
    await seedBoard(store, MEMBERS, now);
  } finally {
    // The embedded store belongs to one process at a time: the host's, from here on.
    await store.close();
  }
  const host = await startHostChild(hostEnv(driver, dataDir, databaseUrl));
  try {
    const race = await signupRace(driver, host);
    races.push(race.row);
    quizRounds.push(await quizRound(driver, host));
    // The H5 first screen, served by this host (once: the store does not change what the browser loads).
    if (driver === 'embedded') paints.push(...(await measurePaint(host.url)));
    const branchAdmin = tokenFor('m-003');
    const scenarios = await hotRoutes(
      host.url,
      branchAdmin,
      { token: branchAdmin, unitId: 'u-b-office' },
      race.activityId,
      MEMBERS,
    );
    for (const scenario of scenarios)
      for (const connections of CONNECTIONS)
        rows.push({ scenario: scenario.name, store: driver, ...(await measure(host, scenario, connections, SECONDS)) });
  } finally {
    await host.stop();
  }
}

async function openBenchStore(driver: 'embedded' | 'postgres', dataDir: string, databaseUrl: string) {
  const store = await openStore({ DB_DRIVER: driver, DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  await ensureAllCollections(store);
  return store;
}

interface ScaleRow {
  store: string;
  members: number;
  answers: number;
  activities: number;
  questions: number;
  /** Time to grow the data from the previous step to this one. */
  seedSeconds: number;
  scenario: string;
  connections: number;
  p50: number;
  p97_5: number;
  p99: number;
  rps: number;
  reads: number;
  writes: number;
  rssMb: number;
}

type AnyDoc = { _id: string } & Record<string, unknown>;
const ANSWERS_PER_MEMBER = 10;
/** One question in the organisation's bank per twenty members: 5,000 at 100,000. */
const MEMBERS_PER_QUESTION = 20;
const QUESTIONS = ['q-demo-1', 'q-demo-2', 'q-demo-3', 'q-demo-4', 'q-demo-5'];

/**
 * Grows the organisation from `from` to `to` synthetic members: each with a best on the demo competition,
 * ten graded answers (two handed-in attempts of five), and one activity per ten members, so a step of the
 * scale curve holds members, answers and activities in the proportions of the issue (100,000 : 1,000,000 : 10,000).
 */
async function growOrganisation(store: DocStore, from: number, to: number, now: number): Promise<void> {
  await seedSyntheticMembers(store, to, now, from);
  const board = 'quiz-demo-competition';
  const writes: Array<Promise<unknown>> = [];
  const flush = async () => {
    await Promise.all(writes);
    writes.length = 0;
  };
  const push = async (write: Promise<unknown>) => {
    writes.push(write);
    if (writes.length >= 500) await flush();
  };
  for (let i = from; i < to; i += 1) {
    const unitPath = ['u-committee', 'u-gb-com', `u-syn-${Math.floor(i / 50)}`];
    await push(
      store.collection<ReturnType<typeof syntheticBest>>('quiz_scores').insert(syntheticBest(i, unitPath, now)),
    );
    for (let n = 1; n <= ANSWERS_PER_MEMBER / QUESTIONS.length; n += 1)
      await push(
        store.collection<AnyDoc>('attempts').insert({
          _id: `${board}_s-${i}_${n}`,
          memberId: `s-${i}`,
          quizId: board,
          mode: 'competition',
          status: 'submitted',
          questionIds: QUESTIONS,
          results: Object.fromEntries(
            QUESTIONS.map((q, k) => [
              q,
              { given: [k % 4], correct: (i + k) % 3 !== 0, score: (i + k) % 3 !== 0 ? 1 : 0 },
            ]),
          ),
          submittedAt: now,
        }),
      );
    if (i % 10 === 0)
      await push(store.collection<ActivityDoc>('activities').insert(syntheticActivity(i / 10, unitPath, now)));
  }
  for (let q = Math.ceil(from / MEMBERS_PER_QUESTION); q < Math.ceil(to / MEMBERS_PER_QUESTION); q += 1)
    await push(store.collection<QuestionDoc>('questions').insert(syntheticQuestion(q, now)));
  await flush();
  const histograms = store.collection<{ _id: string; counts: Record<string, number> }>('quiz_histograms');
  await histograms.removeWhere({ _id: board });
  await seedHistogram(store, board, to);
}

function syntheticQuestion(index: number, now: number): QuestionDoc {
  const stem = `第${index + 1}题：党的基层组织应当做到哪一项？`;
  return {
    _id: `q-syn-${index}`,
    bankUnitId: 'u-committee',
    bankPath: ['u-committee'],
    type: 'single',
    stem,
    stemKey: stemKey(stem),
    options: ['密切联系群众', '脱离群众', '只抓业务', '不开组织生活会'],
    answer: ['A'],
    explanation: '党章规定。',
    tags: [`知识点${index % 50}`],
    difficulty: (['easy', 'medium', 'hard'] as const)[index % 3] ?? 'easy',
    source: '基准测试',
    status: 'active',
    version: 1,
    history: [],
    createdBy: 'm-001',
    createdAt: now,
    updatedAt: now,
  };
}

function syntheticActivity(index: number, organiserPath: string[], now: number): ActivityDoc {
  return {
    _id: `act-syn-${index}`,
    type: 'theme_day',
    title: `主题党日活动 ${index + 1}`,
    description: '',
    startAt: now + 86_400_000,
    endAt: now + 90_000_000,
    place: { text: '党群服务中心' },
    organiserUnitId: organiserPath.at(-1) ?? 'u-gb-com',
    organiserPath,
    openToAll: true,
    capacity: 50,
    signupOpensAt: now - 86_400_000,
    signupClosesAt: now + 43_200_000,
    cancelPolicy: 'any_time',
    approvalRequired: false,
    showRoster: true,
    extraFields: [],
    expectedMemberIds: [],
    confirmedCount: 0,
    waitlistCount: 0,
    createdBy: 'm-002',
    createdAt: now,
  };
}

/**
 * The scale curve: the same hot routes at 1,000, 10,000 and 100,000 members (with their answers and
 * activities), at one connection, plus the leaderboard at ten; the host restarts on the grown data each step,
 * so its memory is what that much data costs.
 */
async function scaleCurve(
  driver: 'embedded' | 'postgres',
  dataDir: string,
  databaseUrl: string,
  rows: ScaleRow[],
): Promise<void> {
  let previous = 0;
  const now = Date.now();
  for (const target of SCALE_STEPS) {
    const store = await openBenchStore(driver, dataDir, databaseUrl);
    const seedStart = performance.now();
    try {
      if (previous === 0) {
        await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
        await seedDemoStudy(store, now);
        await seedDemoQuiz(store, now);
      }
      await growOrganisation(store, previous, target, now);
    } finally {
      await store.close();
    }
    const seedSeconds = Math.round((performance.now() - seedStart) / 1000);
    const host = await startHostChild(hostEnv(driver, dataDir, databaseUrl));
    try {
      const member = tokenFor(`s-${Math.floor(target / 2)}`);
      const newcomers = Array.from({ length: target - previous }, (_, i) => tokenFor(`s-${previous + i}`));
      const scenarios = await hotRoutes(
        host.url,
        member,
        { token: tokenFor('m-002'), unitId: 'u-gb-com' },
        'act-syn-0',
        target,
      );
      // Today's first fetch draws five questions from the whole bank: each call as a member who has not had it yet.
      scenarios.splice(3, 0, {
        name: 'quiz.startDaily, first of the day',
        route: 'quiz.startDaily',
        body: {},
        token: newcomers[0] ?? member,
        rotate: newcomers,
      });
      for (const scenario of scenarios)
        for (const connections of scenario.route === 'quiz.leaderboard' ? [1, 10] : [1]) {
          const result = await measure(host, scenario, connections, SCALE_SECONDS);
          rows.push({
            store: driver,
            members: target,
            answers: target * ANSWERS_PER_MEMBER,
            activities: Math.ceil(target / 10),
            questions: Math.ceil(target / MEMBERS_PER_QUESTION) + 12,
            seedSeconds,
            scenario: scenario.rotate ? scenario.name : scenario.route,
            ...result,
          });
        }
    } finally {
      await host.stop();
    }
    previous = target;
  }
}

function directorySize(dir: string, skip: (relative: string) => boolean, base = dir): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (skip(path.relative(base, full))) continue;
    total += statSync(full).isDirectory() ? directorySize(full, skip, base) : statSync(full).size;
  }
  return total;
}

/** The weapp's main package, each subpackage (WeChat allows 2 MB for each) and the whole (20 MB). */
function weappSizes(): { main: number; total: number; subpackages: Record<string, number> } {
  if (!existsSync('dist/weapp/app.json')) spawnSync('npm', ['run', '--silent', 'build:weapp'], { stdio: 'ignore' });
  const app = JSON.parse(readFileSync('dist/weapp/app.json', 'utf8')) as { subPackages: Array<{ root: string }> };
  const roots = app.subPackages.map((p) => p.root);
  return {
    main: directorySize('dist/weapp', (rel) => roots.some((root) => rel === root || rel.startsWith(`${root}/`))),
    total: directorySize('dist/weapp', () => false),
    subpackages: Object.fromEntries(
      roots.map((root) => [root, directorySize(path.join('dist/weapp', root), () => false)]),
    ),
  };
}

function markdown(
  rows: Row[],
  races: RaceRow[],
  quizRounds: QuizRow[],
  paints: PaintRow[],
  scale: ScaleRow[],
  sizes: ReturnType<typeof weappSizes>,
): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}. ${MEMBERS} synthetic members + the demo organisation; ${SECONDS} s per run.`,
    '',
    '| scenario | store | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | overhead × | bytes | host peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.store} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} | ${r.overhead.toFixed(2)} | ${r.bytes} | ${r.rssMb} |`,
    ),
    '',
    '| sign-up race | store | sign-ups | seats | confirmed | waitlisted | failed | wall ms | p50 ms | p99 ms | reads/call | writes/call |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...races.map(
      (r) =>
        `| simultaneous sign-ups | ${r.store} | ${r.signups} | ${r.seats} | ${r.confirmed} | ${r.waitlisted} | ${r.failed} | ${r.wallMs} | ${r.p50} | ${r.p99} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} |`,
    ),
    '',
    '| daily-quiz hand-in | store | members | hand-ins sent | counted | refused | p50 ms | p99 ms | reads/call | writes/call |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...quizRounds.map(
      (r) =>
        `| each member hands in twice at once | ${r.store} | ${r.members} | ${r.members * 2} | ${r.submitted} | ${r.refused} | ${r.p50} | ${r.p99} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} |`,
    ),
    '',
    '| scale curve | store | members | answers | activities | questions | grow s | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | host peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scale.map(
      (r) =>
        `| ${r.scenario} | ${r.store} | ${r.members} | ${r.answers} | ${r.activities} | ${r.questions} | ${r.seedSeconds} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} | ${r.rssMb} |`,
    ),
    '',
    `| client weight | bytes | WeChat limit |`,
    '|---|---:|---:|',
    `| weapp main package | ${sizes.main} | 2,097,152 |`,
    ...Object.entries(sizes.subpackages).map(([root, bytes]) => `| weapp subpackage ${root} | ${bytes} | 2,097,152 |`),
    `| weapp total | ${sizes.total} | 20,971,520 |`,
    '',
    '| H5 first screen | FCP ms | LCP ms | JS bytes |',
    '|---|---:|---:|---:|',
    ...paints.map((p) => `| ${p.profile} | ${p.fcpMs} | ${p.lcpMs} | ${p.jsBytes} |`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  ensureSystemTools();
  const rows: Row[] = [];
  const races: RaceRow[] = [];
  const quizRounds: QuizRow[] = [];
  const paints: PaintRow[] = [];
  const scale: ScaleRow[] = [];
  if (!existsSync('dist/h5/index.html')) spawnSync('npm', ['run', '--silent', 'build:h5'], { stdio: 'ignore' });
  const dataDirs: string[] = [];
  /** Each phase on each store starts from nothing: a fresh folder, and a fresh PostgreSQL server. */
  const phase = async (
    driver: 'embedded' | 'postgres',
    run: (dataDir: string, databaseUrl: string) => Promise<void>,
  ) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-'));
    dataDirs.push(dataDir);
    const postgres = driver === 'postgres' ? await startPostgres() : null;
    try {
      await run(dataDir, postgres?.url ?? '');
    } finally {
      postgres?.stop();
    }
  };
  try {
    for (const driver of ['embedded', 'postgres'] as const)
      await phase(driver, (dataDir, url) => benchStore(driver, dataDir, url, rows, races, quizRounds, paints));
    for (const driver of ['embedded', 'postgres'] as const)
      await phase(driver, (dataDir, url) => scaleCurve(driver, dataDir, url, scale));
  } finally {
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
  const sizes = weappSizes();
  const table = markdown(rows, races, quizRounds, paints, scale, sizes);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'latest.md'), table);
  writeFileSync(
    path.join(OUT_DIR, 'latest.json'),
    `${JSON.stringify({ at: new Date().toISOString(), members: MEMBERS, rows, races, quizRounds, paints, scale, sizes }, null, 2)}\n`,
  );
  process.stdout.write(`\n${table}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
