import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { seedDemoHome } from '../../scripts/seed/demo-home';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { seedDemoVotes } from '../../scripts/seed/demo-votes';
import { artifactPath, launchChromium, seen, signedInPage } from '../support/browser';
import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/**
 * The 首页 in the browser without the weight it used to carry: its banners as a row the browser scrolls and
 * snaps (no slider library), and its 通知 entry leading to 通知公告. And its
 * first render: the answer index.html asked for, when it is already there, is drawn at once (no loading
 * skeleton, no second call); the sections below the first screen follow the first paint.
 */
let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: path.resolve(process.env.H5_DIST ?? 'dist/h5') });
  // The banners open demo content and a demo vote, so those come first.
  await seedDemoStudy(host.store, Date.now());
  await seedDemoVotes(host.store, Date.now());
  await seedDemoHome(host.store, Date.now());
  browser = await launchChromium();
  const list = await host.call('auth.devMembers', {});
  const member = list.body.data.members.find((m: { memberId: string }) => m.memberId === DEMO.eastBranchAdmin);
  ({ page } = await signedInPage(browser, host.url, member.name));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

test('two banners sit side by side in one row, a swipe bringing the second into view', async () => {
  const first = page.getByRole('link', { name: '主题党日怎么安排，听您的' });
  const second = page.getByRole('link', { name: '专题学习：严格党的组织生活' });
  await first.waitFor();
  const [firstBox, secondBox] = [await first.boundingBox(), await second.boundingBox()];
  expect(secondBox!.x - firstBox!.x).toBeCloseTo(firstBox!.width, 0);
  expect(secondBox!.y).toBeCloseTo(firstBox!.y, 0);

  await second.scrollIntoViewIfNeeded();
  // The row snaps the second banner to where the first was.
  await page.waitForFunction(
    ([title, x]) => {
      const link = document.querySelector(`[role="link"][aria-label="${title}"]`);
      return link !== null && Math.abs(link.getBoundingClientRect().x - x) < 2;
    },
    ['专题学习：严格党的组织生活', firstBox!.x] as const,
  );
});

test('the 通知 entry opens 通知公告, with the system messages on their own tab', async () => {
  await page.getByText('通知', { exact: true }).filter({ visible: true }).first().click();
  await page.getByText('通知公告', { exact: true }).filter({ visible: true }).first().waitFor();
  await page.getByText('系统消息', { exact: true }).filter({ visible: true }).first().waitFor();
  expect(page.url()).toContain('/packages/notice/pages/list/index');
  await page.goBack();
});

/**
 * What a fresh load of the 首页 shows as it builds, seen from inside the page: whether the loading skeleton
 * ever appeared, and whether the points strip was already there when the greeting first appeared.
 */
interface FirstRender {
  skeletonShown: boolean;
  statsWithGreeting: boolean | null;
}

async function openHomeFresh(
  hold: { app?: Promise<void>; answer?: Promise<void> },
  prepare?: (context: BrowserContext) => Promise<unknown>,
) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await prepare?.(context);
  const token = await signIn(host, DEMO.eastBranchAdmin);
  await context.addInitScript((stored) => {
    localStorage.setItem('session-token', JSON.stringify({ data: stored }));
    const record: FirstRender = { skeletonShown: false, statsWithGreeting: null };
    (window as unknown as { __firstRender: FirstRender }).__firstRender = record;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="home-loading"]')) record.skeletonShown = true;
      const greeting = document.body?.textContent?.includes('您好，') ?? false;
      if (greeting && record.statsWithGreeting === null)
        record.statsWithGreeting = document.querySelector('[data-testid="home-stats"]') !== null;
    }).observe(document, { childList: true, subtree: true });
  }, token);
  const page = await context.newPage();
  const homeCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/me.home')) homeCalls.push(request.url());
  });
  const holdUntil = (until: Promise<void> | undefined) => async (route: Route) => {
    await until;
    await route.continue();
  };
  await page.route(/\/js\/app\.[0-9a-f]+\.js$/, holdUntil(hold.app));
  await page.route(/\/api\/me\.home$/, holdUntil(hold.answer));
  // Only until the document arrives: its scripts may be held back.
  await page.goto(host.url, { waitUntil: 'commit' });
  return { page, context, homeCalls };
}

const firstRender = (target: Page) =>
  target.evaluate(() => (window as unknown as { __firstRender: FirstRender }).__firstRender);

test('an answer that arrived before the app is drawn in the first render: no skeleton, one call', async () => {
  let openApp: () => void = () => undefined;
  const {
    page: fresh,
    context,
    homeCalls,
  } = await openHomeFresh({
    app: new Promise<void>((resolve) => (openApp = resolve)),
  });
  try {
    // The app's code is held back until the boot script's call has been answered and read.
    await fresh.waitForFunction(
      () => (window as unknown as { __FIRST_CALL__?: { settled?: unknown } }).__FIRST_CALL__?.settled !== undefined,
    );
    openApp();
    await seen(fresh, '您好，');
    await fresh.getByTestId('home-stats').waitFor();
    const render = await firstRender(fresh);
    expect(render.skeletonShown).toBe(false);
    expect(render.statsWithGreeting).toBe(false);
    expect(homeCalls).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('an answer still on its way is awaited behind the skeleton, and not asked for twice', async () => {
  let release: () => void = () => undefined;
  const {
    page: fresh,
    context,
    homeCalls,
  } = await openHomeFresh({
    answer: new Promise<void>((resolve) => (release = resolve)),
  });
  try {
    await fresh.getByTestId('home-loading').waitFor();
    release();
    await seen(fresh, '您好，');
    await fresh.getByTestId('home-stats').waitFor();
    expect((await firstRender(fresh)).skeletonShown).toBe(true);
    expect(homeCalls).toHaveLength(1);
  } finally {
    await context.close();
  }
});

/**
 * What index.html draws before the app runs, as the page saw it: when the drawing went, whether the page's own
 * banner title was already there beneath it.
 */
interface EarlyDrawing {
  pageBeneathWhenGone: boolean | null;
}

/**
 * Watches for the early drawing to go. And holds the banners still: they move on by themselves every 5 s, and
 * two pictures taken apart must show the same slide.
 */
const watchEarlyDrawing = (context: BrowserContext) =>
  context.addInitScript(() => {
    const start = window.setInterval.bind(window);
    window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      ms === 5000 ? 0 : start(handler, ms, ...rest)) as typeof window.setInterval;
    const record: EarlyDrawing = { pageBeneathWhenGone: null };
    (window as unknown as { __early: EarlyDrawing }).__early = record;
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.removedNodes)
          if (node instanceof HTMLElement && node.id === 'first-screen-shell')
            record.pageBeneathWhenGone = document.querySelector('#app .home-banner__title') !== null;
    }).observe(document, { childList: true, subtree: true });
  });

/** A theme's CSS variables as `--name: value` lines, sorted. */
const themeOf = (target: Page, selector: string) =>
  target.evaluate(
    (css) =>
      (document.querySelector(css)?.getAttribute('style') ?? '')
        .split(';')
        .map((pair) => pair.trim())
        .filter((pair) => pair.startsWith('--'))
        .sort(),
    selector,
  );

test('before the app runs, index.html draws the greeting and first banner from its answer, as the page then draws them', async () => {
  let openApp: () => void = () => undefined;
  const { page: fresh, context } = await openHomeFresh(
    { app: new Promise<void>((resolve) => (openApp = resolve)) },
    watchEarlyDrawing,
  );
  try {
    const early = fresh.getByTestId('first-screen-shell');
    await early.waitFor();
    const drawn = await early.textContent();
    expect(drawn).toContain('您好，');
    expect(drawn).toContain('主题党日怎么安排，听您的');
    expect(drawn).toContain('长辈模式');
    // The greeting and the banner: the same picture before and after the page takes over.
    const clip = { x: 0, y: 0, width: 390, height: 250 };
    const before = await fresh.screenshot({ clip });
    const earlyTheme = await themeOf(fresh, '#first-screen-shell .nut-configprovider');

    openApp();
    await early.waitFor({ state: 'detached' });
    await fresh.getByTestId('home-stats').waitFor();
    const after = await fresh.screenshot({ clip });
    const record = await fresh.evaluate(() => (window as unknown as { __early: EarlyDrawing }).__early);
    expect(record.pageBeneathWhenGone).toBe(true);
    expect(earlyTheme.length).toBeGreaterThan(50);
    expect(earlyTheme).toEqual(await themeOf(fresh, '#app .nut-configprovider'));
    writeFileSync(artifactPath('home-early-drawing.png'), before);
    writeFileSync(artifactPath('home-page-drawn.png'), after);
    expect(before.equals(after)).toBe(true);
  } finally {
    await context.close();
  }
});

test('in 长辈模式 the page draws itself: index.html draws nothing early', async () => {
  let openApp: () => void = () => undefined;
  const { page: fresh, context } = await openHomeFresh(
    { app: new Promise<void>((resolve) => (openApp = resolve)) },
    (elderContext) =>
      elderContext.addInitScript(() => localStorage.setItem('elder-mode', JSON.stringify({ data: true }))),
  );
  try {
    // Everything the drawing waits for is in: the answer and every stylesheet index.html asked for.
    await fresh.waitForFunction(
      () =>
        (window as unknown as { __FIRST_CALL__?: { settled?: unknown } }).__FIRST_CALL__?.settled !== undefined &&
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
    );
    openApp();
    await seen(fresh, '您好，');
    expect(await fresh.getByTestId('first-screen-shell').count()).toBe(0);
  } finally {
    await context.close();
  }
});
