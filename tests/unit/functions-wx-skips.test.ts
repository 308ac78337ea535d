import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAME_IN_EITHER_MODE } from '../support/functions-wx-skips';

/**
 * The functions-wx project runs the functions suites a second time with wx.login sign-in over HTTP. It leaves out
 * the suites that would run the same calls the same way: those must never reach the helpers the auth mode
 * switches, or leaving them out would drop a real test of the HTTP path.
 */
const SWITCHED = ['tests/support/dispatcher.ts', 'tests/support/http-host.ts'].map((file) =>
  path.resolve(__dirname, '../..', file),
);

/** The test-side files a file imports (its relative imports inside tests/), resolved to paths. */
function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [, specifier] of source.matchAll(/(?:from|import\(?|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), specifier!);
    const resolved = ['', '.ts', '.tsx', '.js'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
    if (resolved?.includes(`${path.sep}tests${path.sep}`)) found.push(resolved);
  }
  return found;
}

function reachesSwitchedHelper(file: string, seen = new Set<string>()): boolean {
  if (SWITCHED.includes(file)) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  return localImports(file).some((imported) => reachesSwitchedHelper(imported, seen));
}

test.each(SAME_IN_EITHER_MODE)('%s never calls through the dispatcher or host the auth mode switches', (name) => {
  const file = path.resolve(__dirname, '../functions', `${name}.ts`);
  expect(existsSync(file)).toBe(true);
  expect(reachesSwitchedHelper(file)).toBe(false);
});

test('the check sees a suite that does call through them', () => {
  expect(reachesSwitchedHelper(path.resolve(__dirname, '../functions/bad-input.test.ts'))).toBe(true);
});
