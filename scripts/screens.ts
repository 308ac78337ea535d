import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchScreensBrowser } from './lib/screens-browser';
import { startScreensHost } from './lib/screens-host';
import { writeGalleryIndex, type IndexRow } from './lib/screens-index';
import { pictureName, screenPages, type ScreenPage } from './lib/screens-pages';
import { LANDSCAPE, pngquantAvailable, shootPage, viewerContext } from './lib/screens-shoot';
import { prepareViewers } from './lib/screens-viewers';

/**
 * `npm run screens [-- --no-build] [-- --only <text>]`: builds the H5 app, serves it over a fresh demo
 * store, and writes a picture of every page for every role that can open it to docs/screens/<role>/, with
 * docs/screens/README.md as the index. `--only` photographs the pages whose path contains the text and
 * leaves the other pictures and the index alone.
 */
const GALLERY = path.resolve('docs/screens');
const STATIC_DIR = path.resolve(process.env.H5_DIST ?? 'dist/h5');

async function appPages(): Promise<ScreenPage[]> {
  // The app config calls Taro's build-time global; here it only needs to hand back its argument.
  (globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config;
  const module = (await import(path.resolve('src/app.config.ts'))) as { default: Parameters<typeof screenPages>[0] };
  return screenPages(module.default);
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build:h5'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:h5 failed');
  }
  if (!pngquantAvailable())
    process.stdout.write('pngquant not found (apt-get install -y pngquant): pictures stay uncompressed.\n');
  const only = option('--only');
  const pages = (await appPages()).filter((page) => !only || page.path.includes(only));
  const host = await startScreensHost(STATIC_DIR);
  const browser = await launchScreensBrowser();
  const rows: IndexRow[] = [];
  let failures = 0;
  try {
    const viewers = await prepareViewers(host);
    if (!only)
      for (const viewer of viewers) rmSync(path.join(GALLERY, viewer.folder), { recursive: true, force: true });
    for (const viewer of viewers) {
      const session = { token: viewer.token, elder: viewer.elder, now: host.now() };
      const context = await viewerContext(browser, session);
      // The 大屏 opens on a landscape screen of its own, made only when this viewer has one to photograph.
      const landscape: BrowserContext[] = [];
      const contextFor = async (page: ScreenPage) => {
        if (!page.landscape) return context;
        if (landscape.length === 0) landscape.push(await viewerContext(browser, { ...session, screen: LANDSCAPE }));
        return landscape[0]!;
      };
      for (const page of pages) {
        if (!viewer.sees(page.audience) || (viewer.elder && !page.elder)) continue;
        const query = page.query ? page.query(viewer.ids) : '';
        const picture = `${viewer.folder}/${pictureName(page.path, page.variant)}.png`;
        if (query === null) {
          rows.push({
            page: page.path,
            role: viewer.label,
            picture: null,
            what: `${page.what} (no such record for this role)`,
          });
          continue;
        }
        try {
          const url = `${host.url}/#/${page.path}${query}`;
          const screen = page.landscape ? LANDSCAPE : undefined;
          const shot = await shootPage(await contextFor(page), url, path.join(GALLERY, picture), screen);
          const cut = shot.cut ? ` (cut; the page is ${shot.height} px tall)` : '';
          rows.push({ page: page.path, role: viewer.label, picture, what: `${page.what}${cut}` });
          process.stdout.write(`${picture}  ${Math.round(shot.bytes / 1024)} KB\n`);
        } catch (error) {
          failures += 1;
          process.stderr.write(`${picture}: ${error instanceof Error ? error.message : String(error)}\n`);
          rows.push({ page: page.path, role: viewer.label, picture: null, what: `${page.what} (the picture failed)` });
        }
      }
      await context.close();
      for (const opened of landscape) await opened.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  const declared = (row: IndexRow) => pages.findIndex((page) => page.path === row.page);
  if (!only)
    await writeGalleryIndex(
      GALLERY,
      [...rows].sort((a, b) => declared(a) - declared(b)),
    );
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`${rows.filter((row) => row.picture).length} pictures in ${seconds} s → ${GALLERY}\n`);
  if (failures > 0) throw new Error(`${failures} pictures failed`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
