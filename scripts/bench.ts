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
const CONNECTIONS = [1, 10];
const OUT_DIR = process.env.BENCH_OUT ?? 'bench/results';
/** Throw-away secrets: the benchmark's stores are deleted when it ends. */
const BENCH_ENV = { ...localSecrets(mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-secrets-'))) };

interface Row {
  scenario: string;
  store: string;
  connections: number;
  p50: number;
  p97_5: number;
  p99: number;
  rps: number;
  reads: number;
  writes: number;
  bytes: number;
}

async function benchStore(driver: 'embedded' | 'postgres', open: () => Promise<DocStore>, rows: Row[]): Promise<void> {
  const store = await open();
  await ensureAllCollections(store);
  const now = Date.now();
  await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
  await seedSyntheticMembers(store, MEMBERS, now);

  const calls: Array<{ route: string; reads: number; writes: number }> = [];
  const env = parseEnv({ ...BENCH_ENV, AUTH_MODE: 'dev', STATIC_DIR: 'dist/h5' });
  const app = await buildHttpHost({ env, store, log: (line) => calls.push(JSON.parse(line)) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
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
        const result = await autocannon({
          url: `${url}/api/${scenario.route}`,
          method: 'POST',
          headers,
          body: JSON.stringify(scenario.body),
          connections,
          duration: SECONDS,
        });
        const routeCalls = calls.filter((call) => call.route === scenario.route);
        const perCall = (key: 'reads' | 'writes') =>
          routeCalls.length ? routeCalls.reduce((sum, call) => sum + call[key], 0) / routeCalls.length : 0;
        rows.push({
          scenario: scenario.name,
          store: driver,
          connections,
          p50: result.latency.p50,
          p97_5: result.latency.p97_5,
          p99: result.latency.p99,
          rps: Math.round(result.requests.average),
          reads: perCall('reads'),
          writes: perCall('writes'),
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

function markdown(rows: Row[], sizes: { main: number; total: number }): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}. ${MEMBERS} synthetic members + the demo organisation; ${SECONDS} s per run.`,
    '',
    '| scenario | store | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | bytes |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.store} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} | ${r.bytes} |`,
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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-'));
  const postgres = await startPostgres();
  try {
    await benchStore(
      'embedded',
      () => openStore({ DB_DRIVER: 'embedded', DATA_DIR: dataDir, DATABASE_URL: undefined }),
      rows,
    );
    await benchStore(
      'postgres',
      () => openStore({ DB_DRIVER: 'postgres', DATA_DIR: dataDir, DATABASE_URL: postgres.url }),
      rows,
    );
  } finally {
    postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const sizes = weappSizes();
  const table = markdown(rows, sizes);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'latest.md'), table);
  writeFileSync(
    path.join(OUT_DIR, 'latest.json'),
    `${JSON.stringify({ at: new Date().toISOString(), members: MEMBERS, rows, sizes }, null, 2)}\n`,
  );
  process.stdout.write(`\n${table}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
