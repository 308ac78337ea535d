import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';

/** A phone: the iPhone 12-14 viewport, at twice the pixels. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 } as const;
/** A meeting room's 16:9 screen, at its own pixels. */
export const LANDSCAPE = { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 } as const;
export type Screen = typeof PHONE | typeof LANDSCAPE;

/** Pages taller than this (CSS px) are cut here: the rest repeats rows and only makes the folder heavy. */
const LONGEST_PAGE = 4000;

export interface ViewerSession {
  token: string | null;
  elder: boolean;
  /** The browser's clock starts here, so relative dates match the host's. */
  now: number;
  screen?: Screen;
}

/**
 * A browser context signed in as the viewer: the session token (from the demo sign-in route) and the 长辈模式
 * switch are in local storage, in Taro's storage format, before the app's first script runs.
 */
export async function viewerContext(browser: Browser, session: ViewerSession): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...(session.screen ?? PHONE),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript(
    ({ token, elder }) => {
      if (token) localStorage.setItem('session-token', JSON.stringify({ data: token }));
      localStorage.setItem('elder-mode', JSON.stringify({ data: elder }));
    },
    { token: session.token, elder: session.elder },
  );
  await context.clock.install({ time: session.now });
  return context;
}

export interface Shot {
  file: string;
  bytes: number;
  /** The page's height in CSS px, before any cut. */
  height: number;
  cut: boolean;
}

/** Skeletons of the hand-written views and of component kits alike. */
const LOADING = '[class*="skeleton"]:visible, [class*="Skeleton"]:visible, [class*="loading"]:visible';

/**
 * Opens `url` in a fresh tab, waits for the network to go quiet, the skeletons to go and the transitions to
 * end, and writes a compressed PNG of the whole page (cut at LONGEST_PAGE).
 */
export async function shootPage(
  context: BrowserContext,
  url: string,
  file: string,
  screen: Screen = PHONE,
): Promise<Shot> {
  const page = await context.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page
      .locator(LOADING)
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined); // a page that never finishes loading is photographed as it is: that is the finding
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
      timeout: 5_000,
    });
    // Taro's H5 pages scroll inside their own container, so a full-page shot of the document shows one
    // screen: grow the viewport to the page's height instead, plus the tab bar's below a tab page (it
    // takes its height from the page's container, which would otherwise cut off the page's end).
    const height = await page.evaluate(() => {
      const tabBar = document.querySelector('.taro-tabbar__tabbar:not(.taro-tabbar__tabbar-hide)');
      const tabBarHeight = tabBar ? tabBar.getBoundingClientRect().height : 0;
      return Math.max(
        document.documentElement.scrollHeight,
        ...Array.from(document.querySelectorAll<HTMLElement>('.taro_page_show')).map(
          (element) => element.scrollHeight + tabBarHeight,
        ),
      );
    });
    const shownHeight = Math.min(Math.max(height, screen.viewport.height), LONGEST_PAGE);
    if (shownHeight > screen.viewport.height) {
      await page.setViewportSize({ width: screen.viewport.width, height: shownHeight });
      await page.waitForTimeout(300); // the layout follows the resize
    }
    const png = await page.screenshot();
    const compressed = compress(png);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, compressed);
    return { file, bytes: compressed.length, height, cut: height > LONGEST_PAGE };
  } finally {
    await page.close();
  }
}

/** 256 colours with pngquant when Debian's package is installed (about a quarter of the size); else as shot. */
function compress(png: Buffer): Buffer {
  const result = spawnSync('pngquant', ['--quality=60-90', '--speed=3', '--strip', '-'], {
    input: png,
    maxBuffer: 64 * 1024 * 1024,
  });
  return result.status === 0 && result.stdout.length > 0 ? result.stdout : png;
}

export function pngquantAvailable(): boolean {
  return spawnSync('pngquant', ['--version']).status === 0;
}
