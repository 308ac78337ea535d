import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../types/functions';

/** Checks the built mini-program and cloud functions (npm test builds them first). */
const WEAPP = path.resolve('dist/weapp');
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;
// The product's own budgets (issue 14, ADR 12), well inside WeChat's limits: a main package that opens fast
// on a weak phone, with the tab pages in it, and subpackages that download in a moment.
const MAIN_PACKAGE_BUDGET = 600 * 1024;
const SUBPACKAGE_BUDGET = 500 * 1024;

interface AppJson {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
}

function sizeOf(dir: string, skip: (relative: string) => boolean = () => false, base = dir): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const relative = path.relative(base, full);
    if (skip(relative)) continue;
    total += statSync(full).isDirectory() ? sizeOf(full, skip, base) : statSync(full).size;
  }
  return total;
}

const appJson = (): AppJson => JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8'));

test('the weapp declares its subpackages and every declared page exists', () => {
  const app = appJson();
  expect(app.subPackages.map((p) => p.root).sort()).toEqual([
    'packages/account',
    'packages/activity',
    'packages/admin',
    'packages/assess',
    'packages/assistant',
    'packages/develop',
    'packages/dues',
    'packages/engage',
    'packages/forum',
    'packages/notice',
    'packages/publicity',
    'packages/quiz',
    'packages/report',
    'packages/review',
    'packages/study',
    'packages/transfer',
    'packages/vote',
  ]);
  const pages = [...app.pages, ...app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
  for (const page of pages) {
    for (const ext of ['js', 'json', 'wxml']) expect(existsSync(path.join(WEAPP, `${page}.${ext}`))).toBe(true);
  }
});

test('the weapp main package stays under WeChat’s 2 MB limit', () => {
  const roots = appJson().subPackages.map((p) => p.root);
  const mainSize = sizeOf(WEAPP, (relative) =>
    roots.some((root) => relative === root || relative.startsWith(`${root}/`)),
  );
  expect(mainSize).toBeLessThan(MAIN_PACKAGE_LIMIT);
});

test('the weapp packages keep to the size budgets', () => {
  const roots = appJson().subPackages.map((p) => p.root);
  const mainSize = sizeOf(WEAPP, (relative) =>
    roots.some((root) => relative === root || relative.startsWith(`${root}/`)),
  );
  const sizes = Object.fromEntries(roots.map((root) => [root, sizeOf(path.join(WEAPP, root))]));
  console.log(`weapp main package ${mainSize} bytes; ${JSON.stringify(sizes)}`);
  expect(mainSize).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
  for (const root of roots) expect(sizes[root]).toBeLessThanOrEqual(SUBPACKAGE_BUDGET);
});

test('the contract’s schema library stays out of the mini-program, main package and subpackages alike', () => {
  const scripts = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return scripts(full);
      return entry.name.endsWith('.js') ? [full] : [];
    });
  const holding = scripts(WEAPP).filter((file) => readFileSync(file, 'utf8').includes('ZodError'));
  expect(holding.map((file) => path.relative(WEAPP, file))).toEqual([]);
});

test.each(FUNCTION_NAMES)('cloud function %s is bundled with package.json and config.json', (name) => {
  const dir = path.resolve('dist/cloudfunctions', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  expect(pkg.main).toBe('index.js');
  expect(pkg.dependencies).toEqual({ 'wx-server-sdk': '4.0.2' });
  const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
  expect(Array.isArray(config.permissions.openapi)).toBe(true);
  const source = readFileSync(path.join(dir, 'index.js'), 'utf8');
  expect(source).toContain('require("wx-server-sdk")');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(typeof require(path.join(dir, 'index.js')).main).toBe('function');
});
