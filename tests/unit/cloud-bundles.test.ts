import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { FUNCTION_MANIFESTS, HEAVY_LIBRARIES } from '../../cloudfunctions/functions/manifest';
import { FUNCTION_NAMES, type FunctionName } from '../../types/functions';
import { measureColdStart } from '../../scripts/lib/cold-start';

/**
 * The built cloud functions (npm test runs `npm run build:cloud` first) stay small enough to start fast:
 * every cold start requires index.js whole, so the member-facing `api` carries no spreadsheet, zip, QR,
 * HTML-sanitising or server library, and heavy libraries ship only beside the function that loads them.
 */
const DIST = path.resolve('dist/cloudfunctions');
// Issue 15: each function bundles only its own route table, so the member-facing `api` carries no console code.
const API_LIMIT_BYTES = 600 * 1024;
/** Libraries no call of a cloud function needs at start: the console's file work, and the HTTP host's own. */
const HOST_ONLY = ['pg', '@seald-io/nedb', 'fastify'];
const CONSOLE_ONLY = ['exceljs', 'jszip', 'archiver', 'qrcode', 'sanitize-html', 'postcss', 'papaparse'];

const indexJs = (fn: FunctionName) => path.join(DIST, fn, 'index.js');

/** The packages whose code is inside a bundle, from the sources of its source map. */
function bundledPackages(file: string): Set<string> {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return new Set(
    map.sources.flatMap((source) => {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      return match ? [match[1] as string] : [];
    }),
  );
}

/** What a bundle loads at run time, at once or on first use: the modules left outside it. */
function loadedModules(file: string): Set<string> {
  const loads = readFileSync(file, 'utf8').matchAll(/\b(?:require|import)\("([^"]+)"\)/g);
  return new Set([...loads].map((match) => match[1] as string));
}

test('api stays at most 600 KB, minified with its source map beside it', () => {
  expect(statSync(indexJs('api')).size).toBeLessThanOrEqual(API_LIMIT_BYTES);
  expect(existsSync(`${indexJs('api')}.map`)).toBe(true);
});

/** The project's own source files inside a bundle, from its source map. */
function bundledSources(file: string): string[] {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources
    .filter((source) => !source.includes('node_modules/') && !source.includes(':'))
    .map((source) => path.resolve(path.dirname(file), source));
}

test.each(FUNCTION_NAMES)('%s bundles its own route table and no other function’s', (fn) => {
  const tables = bundledSources(indexJs(fn)).filter((source) => /router[/\\]handlers/.test(source));
  expect(tables.map((source) => path.basename(source))).toEqual([`handlers-${fn}.ts`]);
});

test.each(FUNCTION_NAMES)('%s validates with its own contract, not the union nor another function’s', (fn) => {
  const contracts = bundledSources(indexJs(fn)).filter((source) => /types[/\\]contract/.test(source));
  expect(contracts.map((source) => path.basename(source))).toEqual([`contract-${fn}.ts`]);
});

test.each(FUNCTION_NAMES)('%s bundles every event consumer, so the events its writes publish are delivered', (fn) => {
  const sources = bundledSources(indexJs(fn)).map((source) => path.relative(process.cwd(), source));
  for (const consumer of [
    'cloudfunctions/router/consumers.ts',
    'cloudfunctions/modules/assistant/passage-index.ts',
    'cloudfunctions/modules/dashboard/aggregates.consumer.ts',
    'cloudfunctions/modules/study/summary.consumer.ts',
    'cloudfunctions/modules/study/plan-completion.consumer.ts',
  ])
    expect(sources).toContain(consumer);
});

/** A bundle's text with esbuild's `\\uXXXX` escapes undone, so Chinese text can be searched for. */
const bundleText = (fn: FunctionName) =>
  readFileSync(indexJs(fn), 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_escape, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );

test('each function builds only its own routes’ schemas: api holds none only an admin route uses', () => {
  // The unit name rule belongs to admin.unitCreate and admin.unitRename alone (types/schemas/org.ts).
  const adminOnlyMessage = '单位名称至少 2 个字';
  expect(bundleText('admin')).toContain(adminOnlyMessage);
  expect(bundleText('api')).not.toContain(adminOnlyMessage);
  expect(bundleText('jobs')).not.toContain(adminOnlyMessage);
});

test('api holds zod’s default locale and the Chinese one only: `import * as z` lets the bundler drop the rest', () => {
  const map = JSON.parse(readFileSync(`${indexJs('api')}.map`, 'utf8')) as { sources: string[] };
  const locales = map.sources.filter((source) => /node_modules\/zod\/.*locales\/[\w-]+\.js$/.test(source));
  expect(locales.map((source) => path.basename(source)).sort()).toEqual(['en.js', 'zh-CN.js']);
});

test.each(FUNCTION_NAMES)('%s: index.js bundles no console or host library (admin loads its own from lib/)', (fn) => {
  const packages = bundledPackages(indexJs(fn));
  expect(packages.size).toBeGreaterThan(0);
  for (const denied of [...CONSOLE_ONLY, ...HOST_ONLY]) expect(packages).not.toContain(denied);
});

test.each(FUNCTION_NAMES)('%s loads only wx-server-sdk, Node built-ins and its own lazy libraries', (fn) => {
  const allowed = new Set([
    'wx-server-sdk',
    ...builtinModules,
    ...builtinModules.map((name) => `node:${name}`),
    ...FUNCTION_MANIFESTS[fn].lazyLibraries.map((library) => `./lib/${library}.js`),
  ]);
  for (const loaded of loadedModules(indexJs(fn))) expect(allowed).toContain(loaded);
  expect([...bundledPackages(indexJs(fn))].filter((name) => HOST_ONLY.includes(name))).toEqual([]);
});

test('the console’s heavy libraries ship beside admin, each loadable on its own', () => {
  expect(FUNCTION_MANIFESTS.admin.lazyLibraries).toEqual([...HEAVY_LIBRARIES]);
  const exportsOf = (library: string) => createRequire(indexJs('admin'))(`./lib/${library}.js`);
  expect(typeof exportsOf('exceljs').Workbook).toBe('function');
  expect(typeof exportsOf('papaparse').parse).toBe('function');
  expect(typeof exportsOf('qrcode').toDataURL).toBe('function');
  expect(typeof exportsOf('sanitize-html')).toBe('function');
  const loaded = loadedModules(indexJs('admin'));
  for (const library of HEAVY_LIBRARIES) expect(loaded).toContain(`./lib/${library}.js`);
  expect(existsSync(path.join(DIST, 'api', 'lib'))).toBe(false);
});

test('the cold-start measure loads every function in a fresh process and answers a first call', async () => {
  const rows = await measureColdStart(1);
  expect(rows.map((row) => row.fn)).toEqual([...FUNCTION_NAMES]);
  for (const row of rows) {
    expect(row.bytes).toBe(statSync(indexJs(row.fn)).size);
    for (const ms of [row.sdkMs, row.requireMs, row.ownMs, row.ownCpuMs, row.firstCallMs])
      expect(ms).toBeGreaterThan(0);
    expect(row.ownMs).toBeCloseTo(row.requireMs - row.sdkMs, 0);
  }
}, 120_000);
