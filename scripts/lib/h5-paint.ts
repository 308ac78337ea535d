import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { CHROMIUM_PATH } from './system-tools';

/**
 * First and largest contentful paint of the H5 app's first screen in Debian's Chromium, the JavaScript it
 * runs and the bytes it downloads: on localhost as it is, and with a slow mobile profile (Chrome DevTools'
 * "Slow 4G": 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower). Signed out, the first screen is
 * sign-in; given a member's session token, it is that member's 首页 as well. Every load is in a fresh browser
 * context, so nothing is cached; each profile is loaded RUNS times and the median is reported, because one
 * load on a shared machine can be off by hundreds of milliseconds.
 */
export interface PaintRow {
  profile: string;
  fcpMs: number;
  lcpMs: number;
  /**
   * When the app's own page held the first screen's text (polled every 50 ms): later than the paints when
   * index.html drew part of the screen before the app ran.
   */
  pageMs: number;
  /** The JavaScript the page ran, decoded. */
  jsBytes: number;
  /** Everything the page downloaded, as sent over the network (compressed, with headers). */
  transferBytes: number;
  runs: number;
}

type Load = Omit<PaintRow, 'profile' | 'runs'>;

const RUNS = Number(process.env.H5_PAINT_RUNS ?? 5);

interface Profile {
  name: string;
  slow: boolean;
  /** A session token stored before the page loads, as after signing in; none: signed out. */
  token?: string;
  /** Text of the first screen's own content (not the tab bar's): its largest paint is read once this is there. */
  readyText: string;
}

/** Sign-in's heading, and the 首页's greeting. */
const SIGN_IN_READY = '选择演示账号登录';
const HOME_READY = '您好，';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function loadOnce(browser: Browser, url: string, profile: Profile): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    if (profile.token) {
      // Where the app keeps its session (Taro's storage: a JSON envelope in localStorage).
      await context.addInitScript((token) => {
        localStorage.setItem('session-token', JSON.stringify({ data: token }));
      }, profile.token);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (profile.slow) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    // Counted from the browser's own network events, preloaded files included.
    const scripts = new Set<string>();
    let jsBytes = 0;
    let transferBytes = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (new URL(event.request.url).pathname.endsWith('.js')) scripts.add(event.requestId);
    });
    cdp.on('Network.dataReceived', (event) => {
      if (scripts.has(event.requestId)) jsBytes += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => (transferBytes += event.encodedDataLength));
    await page.goto(url, { waitUntil: 'networkidle' });
    // On a busy machine the network can go quiet before the page has drawn its content, when the largest paint
    // so far is the tab bar's: the paints are read once the content is there.
    // Read once the app's page holds it (not index.html's early drawing), so the page's own paints count too.
    const pageMs = await inPage<number>(cdp, untilText(profile.readyText));
    const paint = await inPage<{ fcp: number; lcp: number }>(cdp, READ_PAINTS);
    return {
      fcpMs: Math.round(paint.fcp),
      lcpMs: Math.round(paint.lcp),
      pageMs: Math.round(pageMs),
      jsBytes,
      transferBytes,
    };
  } finally {
    await context.close();
  }
}

/**
 * Evaluates a script in the page straight through the DevTools protocol. Playwright's own evaluation first sets
 * up a helper in the page, work that on a CPU slowed four times can take longer than 100 ms and would be counted
 * in the very paints measured here.
 */
async function inPage<T = unknown>(cdp: CDPSession, expression: string): Promise<T> {
  const answer = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (answer.exceptionDetails) throw new Error(`in the page: ${answer.exceptionDetails.text}`);
  return answer.result.value as T;
}

/** Settles, with the time, once the app's page holds `text`, looking every 50 ms. */
const untilText = (text: string) => `new Promise((resolve) => {
  const timer = setInterval(() => {
    const app = document.getElementById('app');
    if (!(app && app.textContent.includes(${JSON.stringify(text)}))) return;
    if (document.getElementById('first-screen-shell')) return;
    clearInterval(timer);
    resolve(performance.now());
  }, 50);
})`;

/**
 * The first contentful paint, and the last largest-contentful-paint candidate. The text can be in the page before
 * the frame that shows it has been presented (on a busy machine, by a long way), and the paint entries come only
 * once it has: they are awaited, and read 300 ms after the first contentful paint has arrived (0 after 20 s
 * without one).
 */
const READ_PAINTS = `new Promise((resolve) => {
  let fcp = 0;
  let lcp = 0;
  let settle = null;
  const done = () => resolve({ fcp, lcp });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') fcp = entry.startTime;
    if (fcp && !settle) settle = setTimeout(done, 300);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(done, 20000);
})`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Signed out on localhost and on the slow profile; with `memberToken`, that member's 首页 on the slow profile too. */
export async function measurePaint(url: string, memberToken?: string, runs = RUNS): Promise<PaintRow[]> {
  const profiles: Profile[] = [
    { name: 'localhost', slow: false, readyText: SIGN_IN_READY },
    { name: 'slow mobile (Slow 4G, CPU 4×)', slow: true, readyText: SIGN_IN_READY },
    ...(memberToken
      ? [{ name: 'slow mobile, a member signed in (首页)', slow: true, token: memberToken, readyText: HOME_READY }]
      : []),
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const rows: PaintRow[] = [];
    for (const profile of profiles) {
      const loads: Load[] = [];
      for (let run = 0; run < runs; run += 1) loads.push(await loadOnce(browser, url, profile));
      rows.push({
        profile: profile.name,
        fcpMs: median(loads.map((load) => load.fcpMs)),
        lcpMs: median(loads.map((load) => load.lcpMs)),
        pageMs: median(loads.map((load) => load.pageMs)),
        jsBytes: median(loads.map((load) => load.jsBytes)),
        transferBytes: median(loads.map((load) => load.transferBytes)),
        runs,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
