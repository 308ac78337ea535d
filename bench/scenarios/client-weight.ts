import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchScenario } from '../scenario';

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

/** The product's own budgets (ADR 12), well inside WeChat's limits; tests/unit/build-output.test.ts holds them. */
const MAIN_BUDGET = 600 * 1024;
const SUBPACKAGE_BUDGET = 500 * 1024;

const held = (bytes: number, budget: number) => (bytes <= budget ? 'held' : '**over**');

const clientWeight: BenchScenario = {
  name: 'client-weight',
  order: 50,
  standalone: true,
  async run() {
    const sizes = weappSizes();
    return {
      json: { sizes },
      markdown: [
        `| client weight | bytes | budget | | WeChat limit |`,
        '|---|---:|---:|---|---:|',
        `| weapp main package (with the tab pages) | ${sizes.main} | ${MAIN_BUDGET} | ${held(sizes.main, MAIN_BUDGET)} | 2,097,152 |`,
        ...Object.entries(sizes.subpackages).map(
          ([root, bytes]) =>
            `| weapp subpackage ${root} | ${bytes} | ${SUBPACKAGE_BUDGET} | ${held(bytes, SUBPACKAGE_BUDGET)} | 2,097,152 |`,
        ),
        `| weapp total | ${sizes.total} | | | 20,971,520 |`,
      ],
    };
  },
};

export default clientWeight;
