import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './system-tools';

/**
 * First and largest contentful paint of the H5 app's first screen in Debian's Chromium, and the JavaScript
 * it downloads: once on localhost as it is, once with a slow mobile profile (Chrome DevTools' "Slow 4G":
 * 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower). A fresh browser context each time, so
 * nothing is cached.
 */
export interface PaintRow {
  profile: string;
  fcpMs: number;
  lcpMs: number;
  jsBytes: number;
}

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

export async function measurePaint(url: string): Promise<PaintRow[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const rows: PaintRow[] = [];
  try {
    for (const profile of ['localhost', 'slow mobile (Slow 4G, CPU 4×)'] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      if (profile !== 'localhost') {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6 * 1024 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      let jsBytes = 0;
      page.on('response', async (response) => {
        if (response.url().endsWith('.js')) jsBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const paint = await page.evaluate(
        () =>
          new Promise<{ fcp: number; lcp: number }>((resolve) => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
            let lcp = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve({ fcp, lcp }), 300);
          }),
      );
      rows.push({ profile, fcpMs: Math.round(paint.fcp), lcpMs: Math.round(paint.lcp), jsBytes });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
