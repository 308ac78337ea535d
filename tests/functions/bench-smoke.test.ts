import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../types/functions';

/** A figure is a number, or null when no call finished in the window (JSON has no NaN). */
const numberOrNull = {
  asymmetricMatch: (value: unknown) => value === null || typeof value === 'number',
  toAsymmetricMatcher: () => 'a number or null',
};
const FIGURES = {
  scenario: expect.any(String),
  store: expect.any(String),
  connections: expect.any(Number),
  ...Object.fromEntries(['p50', 'p97_5', 'p99', 'rps', 'reads', 'writes', 'rssMb'].map((key) => [key, numberOrNull])),
};

/** `npm run bench` keeps working: a tiny run on both stores prints and writes its table. No timing is asserted. */
test('the benchmark runs end to end on both stores', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-out-'));
  const result = spawnSync('npx', ['tsx', 'bench/run.ts'], {
    // Tiny sizes: a fixed handful of calls per measurement rather than a time window, one load per paint
    // profile, one fresh process per function's cold start and the scale curve's two smallest steps on one
    // store; the standalone scenarios run beside the others.
    env: {
      ...process.env,
      BENCH_CONCURRENT: 'on',
      BENCH_CALLS: '20',
      BENCH_MEMBERS: '100',
      BENCH_SCALE: '100,200',
      BENCH_SCALE_STORES: 'postgres',
      H5_PAINT_RUNS: '1',
      BENCH_COLD_START_SAMPLES: '1',
      BENCH_OUT: out,
    },
    encoding: 'utf8',
    timeout: 420_000,
  });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.status).toBe(0);
  const table = readFileSync(path.join(out, 'latest.md'), 'utf8');
  for (const store of ['embedded', 'postgres']) expect(table).toContain(`| member card (me.card) | ${store} | 10 |`);
  const json = JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8'));
  // Nine hot routes (the home among them) at three connection counts on two stores.
  expect(json.rows).toHaveLength(54);
  for (const store of ['embedded', 'postgres']) expect(table).toContain(`| member home (me.home) | ${store} | 1 |`);
  expect(json.rows.every((row: { rssMb: number }) => row.rssMb > 0)).toBe(true);
  for (const race of json.races)
    expect(race).toMatchObject({ signups: 100, seats: 5, confirmed: 5, waitlisted: 95, failed: 0 });
  // Figures depend on the machine's load, so only the shape is checked.
  for (const row of json.rows) expect(row).toMatchObject(FIGURES);
  // Each member hands in today's quiz twice at once: exactly one counts.
  for (const round of json.quizRounds) expect(round).toMatchObject({ members: 100, submitted: 100, refused: 100 });
  // The H5 first screen, on localhost and on a slow mobile profile, signed out and signed in.
  expect(json.paints).toHaveLength(3);
  // The scale curve: eleven rows (eight routes, the leaderboard twice, a first daily fetch, the committee's
  // console home) per step, on PostgreSQL, and the growth of the routes that must stay flat.
  expect(json.scale).toHaveLength(22);
  expect(json.scale.every((row: { store: string }) => row.store === 'postgres')).toBe(true);
  for (const route of ['admin.dashboard', 'study.home']) expect(table).toContain(`| ${route} | postgres | 100: `);
  expect([...new Set(json.scale.map((row: { members: number }) => row.members))]).toEqual([100, 200]);
  expect(json.scale.find((row: any) => row.members === 200 && row.store === 'postgres')).toMatchObject({
    answers: 2000,
    activities: 20,
  });
  for (const row of json.scale) expect(row).toMatchObject(FIGURES);
  expect(json.scale.every((row: { rssMb: number }) => row.rssMb > 0)).toBe(true);
  for (const paint of json.paints) expect(paint.fcpMs).toBeGreaterThan(0);
  // Each cloud function's cold start and the size of its bundle, one row per function.
  expect(json.coldStart.map((row: { fn: string }) => row.fn).sort()).toEqual([...FUNCTION_NAMES].sort());
  for (const row of json.coldStart)
    expect(row).toMatchObject(
      Object.fromEntries(
        ['bytes', 'sdkMs', 'requireMs', 'ownMs', 'ownCpuMs', 'firstCallMs'].map((key) => [key, expect.any(Number)]),
      ),
    );
  expect(table).toContain('| cold start | bundle bytes |');
  // 问一问's evaluation set, scored with the local model.
  expect(json.assistantEval).toMatchObject({ model: expect.any(String), hitAt3: expect.any(Number) });
  expect(json.assistantEval.answerable).toBeGreaterThan(0);
  // Client weight: the main package and each subpackage, each under WeChat's 2 MB.
  const app = JSON.parse(readFileSync(path.resolve('dist/weapp/app.json'), 'utf8'));
  expect(Object.keys(json.sizes.subpackages).sort()).toEqual(
    app.subPackages.map((p: { root: string }) => p.root).sort(),
  );
  for (const bytes of [json.sizes.main, ...Object.values(json.sizes.subpackages)])
    expect(bytes as number).toBeLessThan(2 * 1024 * 1024);
}, 480_000);
