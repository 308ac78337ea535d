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
import { parseEnv } from '../config/env';
import { buildHttpHost } from '../cloudfunctions/hosts/http';
import { ensureAllCollections } from '../cloudfunctions/store/collections';
import { openStore } from '../cloudfunctions/store/open-store';
import type { DocStore } from '../cloudfunctions/store/types';
import { measurePaint, type PaintRow } from './lib/h5-paint';
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
/** The leaderboard at organisation scale, on the embedded store (0 skips it). */
const SCALE_MEMBERS = Number(process.env.BENCH_SCALE_MEMBERS ?? 100_000);
const SCALE_ANSWERS = Number(process.env.BENCH_SCALE_ANSWERS ?? 1_000_000);
const OUT_DIR = process.env.BENCH_OUT ?? 'bench/results';
/** Throw-away secrets: the benchmark's stores are deleted when it ends. */
const BENCH_ENV = { ...localSecrets(mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-secrets-'))) };

interface Row {
  scenario: string;
  store: string;
  /** Peak resident memory during the run, MB: the host and the load generator share the process. */
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

type CallLine = { route: string; reads: number; writes: number; ms: number; storeMs: number };

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
async function signupRace(
  driver: string,
  url: string,
  calls: CallLine[],
): Promise<{ row: RaceRow; activityId: string }> {
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
  const created = await post('admin.activityCreate', tokens.issue({ memberId: 'm-002' }, now).token, {
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
  const members = Array.from({ length: signups }, (_, i) => tokens.issue({ memberId: `s-${i}` }, now).token);
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
async function seedBoard(store: DocStore, members: number, now: number): Promise<void> {
  const scores = store.collection<{
    _id: string;
    board: string;
    scoreKey: string;
    memberId: string;
    unitPath: string[];
    score: number;
    seconds: number;
    at: number;
  }>('quiz_scores');
  const member = await store.collection<{ _id: string; unitPath: string[] }>('members').get('s-0');
  for (let i = 0; i < members; i += 1)
    await scores.insert({
      _id: `quiz-demo-competition_s-${i}`,
      board: 'quiz-demo-competition',
      memberId: `s-${i}`,
      unitPath: member?.unitPath ?? [],
      scoreKey: `quiz-demo-competition|${(i * 37) % 101}`,
      // A spread of scores with many ties, as real boards have.
      score: (i * 37) % 101,
      seconds: 60 + ((i * 13) % 600),
      at: now,
    });
  // The per-unit sums the unit ranking reads, as recordBest keeps them.
  let sum = 0;
  for (let i = 0; i < members; i += 1) sum += (i * 37) % 101;
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
  for (let i = 0; i < members; i += 1) counts[`s${(i * 37) % 101}`] = (counts[`s${(i * 37) % 101}`] ?? 0) + 1;
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
async function quizRound(driver: string, url: string, calls: CallLine[]): Promise<QuizRow> {
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
  const people = Array.from({ length: members }, (_, i) => tokens.issue({ memberId: `s-${i}` }, now).token);
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

async function benchStore(
  driver: 'embedded' | 'postgres',
  open: () => Promise<DocStore>,
  rows: Row[],
  races: RaceRow[],
  quizRounds: QuizRow[],
  paints: PaintRow[],
): Promise<void> {
  const store = await open();
  await ensureAllCollections(store);
  const now = Date.now();
  await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
  await seedSyntheticMembers(store, MEMBERS, now);
  await seedDemoStudy(store, now);
  await seedDemoQuiz(store, now);
  await seedBoard(store, MEMBERS, now);

  const calls: CallLine[] = [];
  // One identity drives each write scenario, so the per-identity write limit is lifted for the benchmark.
  const env = parseEnv({
    ...BENCH_ENV,
    AUTH_MODE: 'dev',
    JOBS: 'off',
    STATIC_DIR: 'dist/h5',
    WRITE_RATE_PER_MINUTE: '100000000',
  });
  const app = await buildHttpHost({ env, store, log: (record) => calls.push(record) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const race = await signupRace(driver, url, calls);
    races.push(race.row);
    const login = await fetch(`${url}/api/auth.devLogin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ memberId: 'm-003' }),
    });
    const { data } = (await login.json()) as { data: { token: string } };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${data.token}` };
    quizRounds.push(await quizRound(driver, url, calls));
    // The H5 first screen, served by this host (once: the store does not change what the browser loads).
    if (driver === 'embedded') paints.push(...(await measurePaint(url)));
    const post = async (route: string, body: unknown) =>
      (await (await fetch(`${url}/api/${route}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as {
        data: Record<string, unknown>;
      };
    const session = String((await post('study.open', { contentId: 'c-demo-1' })).data.sessionId);
    const daily = (await post('quiz.startDaily', {})).data as {
      attemptId: string;
      questions: Array<{ questionId: string }>;
    };
    const scenarios: Array<{ name: string; route: string; body: unknown }> = [
      { name: 'study home feed (study.home)', route: 'study.home', body: {} },
      {
        name: 'study heartbeat (study.heartbeat)',
        route: 'study.heartbeat',
        body: { sessionId: session, playing: true },
      },
      { name: 'daily quiz fetch (quiz.startDaily)', route: 'quiz.startDaily', body: {} },
      {
        name: 'quiz answer save (quiz.answer)',
        route: 'quiz.answer',
        body: { attemptId: daily.attemptId, questionId: daily.questions[0]?.questionId, answer: [0] },
      },
      {
        name: `leaderboard top 50 + my rank, ${MEMBERS} on the board (quiz.leaderboard)`,
        route: 'quiz.leaderboard',
        body: { board: 'quiz-demo-competition', limit: 50 },
      },
      { name: 'member card (me.card)', route: 'me.card', body: {} },
      {
        name: 'console branch overview (admin.unitOverview)',
        route: 'admin.unitOverview',
        body: { unitId: 'u-b-office' },
      },
      { name: 'activity detail (activity.get)', route: 'activity.get', body: { activityId: race.activityId } },
    ];
    for (const scenario of scenarios) {
      const sample = await fetch(`${url}/api/${scenario.route}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(scenario.body),
      });
      const bytes = (await sample.arrayBuffer()).byteLength;
      for (const connections of CONNECTIONS) {
        calls.length = 0;
        let peakRss = process.memoryUsage().rss;
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
        const result = await autocannon({
          url: `${url}/api/${scenario.route}`,
          method: 'POST',
          headers,
          body: JSON.stringify(scenario.body),
          connections,
          duration: SECONDS,
        });
        clearInterval(sampler);
        rows.push({
          scenario: scenario.name,
          store: driver,
          rssMb: Math.round(peakRss / 2 ** 20),
          connections,
          p50: result.latency.p50,
          p97_5: result.latency.p97_5,
          p99: result.latency.p99,
          rps: Math.round(result.requests.average),
          reads: perCall(calls, scenario.route, 'reads'),
          writes: perCall(calls, scenario.route, 'writes'),
          bytes,
          overhead: overhead(calls, scenario.route),
        });
        if (result.non2xx > 0) throw new Error(`${scenario.route}: ${result.non2xx} non-2xx answers`);
      }
    }
  } finally {
    await app.close();
    await store.close();
  }
}

interface ScaleRow {
  members: number;
  answers: number;
  seedSeconds: number;
  connections: number;
  p50: number;
  p97_5: number;
  p99: number;
  rps: number;
  reads: number;
  rssMb: number;
}

/**
 * The leaderboard at organisation scale on the embedded store: SCALE_MEMBERS members in branches of 50, each
 * with a best score on one competition, and SCALE_ANSWERS graded answers in handed-in attempts (five per
 * attempt), then top 50 + my rank through the host. The answers are there to show they are never read.
 */
async function scaleScenario(dataDir: string): Promise<ScaleRow[]> {
  if (SCALE_MEMBERS <= 0) return [];
  const store = await openStore({
    DB_DRIVER: 'embedded',
    DATA_DIR: path.join(dataDir, 'scale'),
    DATABASE_URL: undefined,
  });
  const rows: ScaleRow[] = [];
  try {
    await ensureAllCollections(store);
    const now = Date.now();
    const seedStart = performance.now();
    await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
    await seedDemoQuiz(store, now);
    await seedSyntheticMembers(store, SCALE_MEMBERS, now);
    const board = 'quiz-demo-competition';
    const scores = store.collection<{
      _id: string;
      board: string;
      scoreKey: string;
      memberId: string;
      unitPath: string[];
      score: number;
      seconds: number;
      at: number;
    }>('quiz_scores');
    const attempts = store.collection<{ _id: string } & Record<string, unknown>>('attempts');
    const questionIds = ['q-demo-1', 'q-demo-2', 'q-demo-3', 'q-demo-4', 'q-demo-5'];
    const writes: Array<Promise<unknown>> = [];
    const flush = async () => {
      await Promise.all(writes);
      writes.length = 0;
    };
    for (let i = 0; i < SCALE_MEMBERS; i += 1) {
      const unitPath = ['u-committee', 'u-gb-com', `u-syn-${Math.floor(i / 50)}`];
      writes.push(
        scores.insert({
          _id: `${board}_s-${i}`,
          board,
          memberId: `s-${i}`,
          unitPath,
          scoreKey: `${board}|${(i * 37) % 101}`,
          score: (i * 37) % 101,
          seconds: 60 + ((i * 13) % 600),
          at: now,
        }),
      );
      if (writes.length >= 1000) await flush();
    }
    for (let a = 0; a < Math.ceil(SCALE_ANSWERS / questionIds.length); a += 1) {
      const memberIndex = a % SCALE_MEMBERS;
      writes.push(
        attempts.insert({
          _id: `${board}_s-${memberIndex}_${Math.floor(a / SCALE_MEMBERS) + 1}`,
          memberId: `s-${memberIndex}`,
          quizId: board,
          mode: 'competition',
          status: 'submitted',
          questionIds,
          results: Object.fromEntries(
            questionIds.map((q, k) => [
              q,
              { given: [k % 4], correct: (a + k) % 3 !== 0, score: (a + k) % 3 !== 0 ? 1 : 0 },
            ]),
          ),
          submittedAt: now,
        }),
      );
      if (writes.length >= 1000) await flush();
    }
    await flush();
    await seedHistogram(store, board, SCALE_MEMBERS);
    const seedSeconds = Math.round((performance.now() - seedStart) / 1000);
    const calls: CallLine[] = [];
    const env = parseEnv({ ...BENCH_ENV, AUTH_MODE: 'dev', JOBS: 'off', STATIC_DIR: 'dist/h5' });
    const app = await buildHttpHost({ env, store, log: (record) => calls.push(record) });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const token = createSessionTokens(BENCH_ENV.SESSION_SECRET, 3600_000).issue(
        { memberId: `s-${Math.floor(SCALE_MEMBERS / 2)}` },
        now,
      ).token;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const body = JSON.stringify({ board, limit: 50 });
      for (const connections of [1, 10]) {
        calls.length = 0;
        let peakRss = process.memoryUsage().rss;
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
        const result = await autocannon({
          url: `${url}/api/quiz.leaderboard`,
          method: 'POST',
          headers,
          body,
          connections,
          duration: SECONDS,
        });
        clearInterval(sampler);
        if (result.non2xx > 0) throw new Error(`quiz.leaderboard at scale: ${result.non2xx} non-2xx answers`);
        rows.push({
          members: SCALE_MEMBERS,
          answers: Math.ceil(SCALE_ANSWERS / questionIds.length) * questionIds.length,
          seedSeconds,
          connections,
          p50: result.latency.p50,
          p97_5: result.latency.p97_5,
          p99: result.latency.p99,
          rps: Math.round(result.requests.average),
          reads: perCall(calls, 'quiz.leaderboard', 'reads'),
          rssMb: Math.round(peakRss / 2 ** 20),
        });
      }
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
  return rows;
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

function weappSizes(): { main: number; total: number } {
  if (!existsSync('dist/weapp/app.json')) spawnSync('npm', ['run', '--silent', 'build:weapp'], { stdio: 'ignore' });
  const app = JSON.parse(readFileSync('dist/weapp/app.json', 'utf8')) as { subPackages: Array<{ root: string }> };
  const roots = app.subPackages.map((p) => p.root);
  return {
    main: directorySize('dist/weapp', (rel) => roots.some((root) => rel === root || rel.startsWith(`${root}/`))),
    total: directorySize('dist/weapp', () => false),
  };
}

function markdown(
  rows: Row[],
  races: RaceRow[],
  quizRounds: QuizRow[],
  paints: PaintRow[],
  scale: ScaleRow[],
  sizes: { main: number; total: number },
): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}. ${MEMBERS} synthetic members + the demo organisation; ${SECONDS} s per run.`,
    '',
    '| scenario | store | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | overhead × | bytes | peak RSS MB |',
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
    '| leaderboard at scale (embedded) | members on the board | answer records | seed s | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scale.map(
      (r) =>
        `| top 50 + my rank (quiz.leaderboard) | ${r.members} | ${r.answers} | ${r.seedSeconds} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.rssMb} |`,
    ),
    '',
    `| client weight | bytes | WeChat limit |`,
    '|---|---:|---:|',
    `| weapp main package | ${sizes.main} | 2,097,152 |`,
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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-'));
  const postgres = await startPostgres();
  try {
    await benchStore(
      'embedded',
      () => openStore({ DB_DRIVER: 'embedded', DATA_DIR: dataDir, DATABASE_URL: undefined }),
      rows,
      races,
      quizRounds,
      paints,
    );
    await benchStore(
      'postgres',
      () => openStore({ DB_DRIVER: 'postgres', DATA_DIR: dataDir, DATABASE_URL: postgres.url }),
      rows,
      races,
      quizRounds,
      paints,
    );
    scale.push(...(await scaleScenario(dataDir)));
  } finally {
    postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
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
