import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { H5_DIST } from '../support/h5-dist';

/**
 * Checks the built H5 app (npm test builds it first): the first screen's JavaScript against its budget, the
 * page files index.html lists for its boot script to preload, and the compressed copies the host sends.
 */
const H5 = H5_DIST;
// The product's budget for what a phone runs before it shows the first screen (issue: LCP on slow mobile).
const FIRST_SCREEN_JS_BUDGET = 530 * 1024;

const indexHtml = () => readFileSync(path.join(H5, 'index.html'), 'utf8');
const fileOf = (href: string) => path.join(H5, href.replace(/^\//, ''));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the build lists for each first-screen page (config/first-screen-preload.ts). */
function firstScreenChunks(page: string): Record<string, string[]> {
  const block = /<script type="application\/json" id="first-screen-chunks">([^<]*)<\/script>/.exec(page)?.[1];
  return JSON.parse(block ?? '{}') as Record<string, string[]>;
}

test('index.html lists the files of the 首页 and of sign-in, each a file of the build, before its boot script', () => {
  const page = indexHtml();
  const chunks = firstScreenChunks(page);
  expect(Object.keys(chunks).sort()).toEqual(['pages/home/index', 'pages/login/index']);
  for (const files of Object.values(chunks)) {
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) expect(existsSync(fileOf(file))).toBe(true);
  }
  expect(page.indexOf('id="first-screen-chunks"')).toBeLessThan(page.indexOf('__FIRST_CALL__'));
});

test('index.html carries the standard theme and the arrow its early drawing of the 首页 uses, before its boot script', () => {
  const page = indexHtml();
  const block = /<script type="application\/json" id="first-screen-theme">([^<]*)<\/script>/.exec(page)?.[1];
  const look = JSON.parse(block ?? '{}') as { variables?: Array<[string, string]>; arrowRight?: string };
  expect(new Map(look.variables).get('--app-font-size-title')).toMatch(/^\d+px$/);
  expect(look.arrowRight).toMatch(/^data:image\/svg\+xml;base64,/);
  expect(page.indexOf('id="first-screen-theme"')).toBeLessThan(page.indexOf('__FIRST_CALL__'));
});

/** The JavaScript a page's first screen runs: index.html's own scripts and the files listed for the page. */
function firstScreenJsBytes(page: string, name: string): number {
  const entry = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const files = [...entry, ...(firstScreenChunks(page)[name] ?? [])].filter((file) => file.endsWith('.js'));
  const bytes = files.reduce((sum, file) => sum + statSync(fileOf(file)).size, 0);
  console.log(`H5 first screen ${name}: ${bytes} bytes of JavaScript in ${files.length} files`);
  return bytes;
}

test('sign-in, the first screen of anyone without a session, keeps to the budget', () => {
  expect(firstScreenJsBytes(indexHtml(), 'pages/login/index')).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET);
});

test('the 首页, a member’s first screen, keeps to the same budget', () => {
  expect(firstScreenJsBytes(indexHtml(), 'pages/home/index')).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET);
});

test('every script, stylesheet and page over 1 KB has brotli and gzip copies of the same bytes', () => {
  const texts = filesUnder(H5).filter((file) => /\.(js|css|html)$/.test(file) && statSync(file).size >= 1024);
  expect(texts.length).toBeGreaterThan(0);
  for (const file of texts) {
    const content = readFileSync(file);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(content)).toBe(true);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(content)).toBe(true);
  }
});
