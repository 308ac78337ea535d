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
import { startPostgres } from './lib/postgres-server';
import { ensureSystemTools } from './lib/system-tools';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { localSecrets } from './dev-secret';
import { createSessionTokens } from '../cloudfunctions/platform/session-tokens';
import { seedDemoOrganisation } from './seed/demo-organisation';
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

type CallLine = { route: string; reads: number; writes: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
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

async function benchStore(
  driver: 'embedded' | 'postgres',
  open: () => Promise<DocStore>,
  rows: Row[],
  races: RaceRow[],
): Promise<void> {
  const store = await open();
  await ensureAllCollections(store);
  const now = Date.now();
  await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
  await seedSyntheticMembers(store, MEMBERS, now);

  const calls: CallLine[] = [];
  const env = parseEnv({ ...BENCH_ENV, AUTH_MODE: 'dev', JOBS: 'off', STATIC_DIR: 'dist/h5' });
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
    const scenarios: Array<{ name: string; route: string; body: unknown }> = [
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
        });
        if (result.non2xx > 0) throw new Error(`${scenario.route}: ${result.non2xx} non-2xx answers`);
      }
    }
  } finally {
    await app.close();
    await store.close();
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

function weappSizes(): { main: number; total: number } {
  if (!existsSync('dist/weapp/app.json')) spawnSync('npm', ['run', '--silent', 'build:weapp'], { stdio: 'ignore' });
  const app = JSON.parse(readFileSync('dist/weapp/app.json', 'utf8')) as { subPackages: Array<{ root: string }> };
  const roots = app.subPackages.map((p) => p.root);
  return {
    main: directorySize('dist/weapp', (rel) => roots.some((root) => rel === root || rel.startsWith(`${root}/`))),
    total: directorySize('dist/weapp', () => false),
  };
}

function markdown(rows: Row[], races: RaceRow[], sizes: { main: number; total: number }): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}. ${MEMBERS} synthetic members + the demo organisation; ${SECONDS} s per run.`,
    '',
    '| scenario | store | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | bytes | peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.store} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} | ${r.bytes} | ${r.rssMb} |`,
    ),
    '',
    '| sign-up race | store | sign-ups | seats | confirmed | waitlisted | failed | wall ms | p50 ms | p99 ms | reads/call | writes/call |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...races.map(
      (r) =>
        `| simultaneous sign-ups | ${r.store} | ${r.signups} | ${r.seats} | ${r.confirmed} | ${r.waitlisted} | ${r.failed} | ${r.wallMs} | ${r.p50} | ${r.p99} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} |`,
    ),
    '',
    `| client weight | bytes | WeChat limit |`,
    '|---|---:|---:|',
    `| weapp main package | ${sizes.main} | 2,097,152 |`,
    `| weapp total | ${sizes.total} | 20,971,520 |`,
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  ensureSystemTools();
  const rows: Row[] = [];
  const races: RaceRow[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-'));
  const postgres = await startPostgres();
  try {
    await benchStore(
      'embedded',
      () => openStore({ DB_DRIVER: 'embedded', DATA_DIR: dataDir, DATABASE_URL: undefined }),
      rows,
      races,
    );
    await benchStore(
      'postgres',
      () => openStore({ DB_DRIVER: 'postgres', DATA_DIR: dataDir, DATABASE_URL: postgres.url }),
      rows,
      races,
    );
  } finally {
    postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const sizes = weappSizes();
  const table = markdown(rows, races, sizes);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'latest.md'), table);
  writeFileSync(
    path.join(OUT_DIR, 'latest.json'),
    `${JSON.stringify({ at: new Date().toISOString(), members: MEMBERS, rows, races, sizes }, null, 2)}\n`,
  );
  process.stdout.write(`\n${table}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
