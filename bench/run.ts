import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSystemTools } from '../scripts/lib/system-tools';
import { MEASURE_TEXT, MEMBERS } from './kit';
import type { BenchScenario, ScenarioResult } from './scenario';
import { BenchStores } from './stores';

/**
 * `npm run bench`: measures routes through the real HTTP host on each store and prints a markdown table
 * (also written to bench/results/latest.md and latest.json). Figures are for comparing over time; nothing
 * here asserts a time. BENCH_MEMBERS and BENCH_SECONDS (or BENCH_CALLS) tune the size and length of a run, BENCH_OUT where the
 * results go. `npm run bench -- --only <scenario>` runs one scenario (a file name in bench/scenarios/).
 */
const OUT_DIR = process.env.BENCH_OUT ?? 'bench/results';
const SCENARIO_DIR = path.join(__dirname, 'scenarios');
/**
 * BENCH_CONCURRENT=on runs the standalone scenarios beside those on the seeded hosts, for a shorter smoke run.
 * Their figures then share the machine with each other: only for checking that everything runs.
 */
const CONCURRENT = process.env.BENCH_CONCURRENT === 'on';

/** Every file in bench/scenarios/ is a scenario: adding one is adding its file. */
async function loadScenarios(): Promise<BenchScenario[]> {
  const files = readdirSync(SCENARIO_DIR).filter((file) => file.endsWith('.ts'));
  const scenarios = await Promise.all(
    files.map(async (file) => ((await import(path.join(SCENARIO_DIR, file))) as { default: BenchScenario }).default),
  );
  return scenarios.sort((a, b) => a.order - b.order);
}

/** The scenario `--only <name>` names, or undefined for all. */
function onlyName(argv: string[]): string | undefined {
  const at = argv.indexOf('--only');
  return at < 0 ? undefined : (argv[at + 1] ?? '');
}

/** Writes `<base>.md` and `<base>.json` in OUT_DIR; returns the table. */
function write(results: ScenarioResult[], base: string): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const table = [
    `Machine: ${machine}. ${MEMBERS} synthetic members + the demo organisation; ${MEASURE_TEXT}.`,
    ...results.flatMap((result) => ['', ...result.markdown]),
  ].join('\n');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, `${base}.md`), `${table}\n`);
  const json = Object.assign({ at: new Date().toISOString(), members: MEMBERS }, ...results.map((r) => r.json));
  writeFileSync(path.join(OUT_DIR, `${base}.json`), `${JSON.stringify(json, null, 2)}\n`);
  return table;
}

async function main(): Promise<void> {
  ensureSystemTools();
  const all = await loadScenarios();
  const only = onlyName(process.argv.slice(2));
  const scenarios = only === undefined ? all : all.filter((s) => s.name === only);
  if (scenarios.length === 0) throw new Error(`--only takes one of: ${all.map((s) => s.name).join(', ')}`);
  // A copy named by H5_DIST is served as it is; only the working tree's own build is made when missing.
  if (!process.env.H5_DIST && !existsSync('dist/h5/index.html'))
    spawnSync('npm', ['run', '--silent', 'build:h5'], { stdio: 'ignore' });
  const stores = new BenchStores();
  const results = new Map<BenchScenario, ScenarioResult>();
  const runInOrder = async (lane: BenchScenario[]) => {
    for (const scenario of lane) {
      process.stdout.write(`bench: ${scenario.name}\n`);
      const started = performance.now();
      results.set(scenario, await scenario.run(stores));
      process.stdout.write(`bench: ${scenario.name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  };
  try {
    if (CONCURRENT) {
      // Two lanes at once: the scenarios on the shared seeded hosts in order, and the standalone ones in order.
      const lanes = await Promise.allSettled([
        runInOrder(scenarios.filter((scenario) => !scenario.standalone)),
        runInOrder(scenarios.filter((scenario) => scenario.standalone)),
      ]);
      for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
    } else await runInOrder(scenarios);
  } finally {
    await stores.close();
  }
  // One scenario's figures go beside the full table (only-<name>.md), not over it.
  const inOrder = scenarios.flatMap((scenario) => results.get(scenario) ?? []);
  process.stdout.write(`\n${write(inOrder, only === undefined ? 'latest' : `only-${only}`)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
