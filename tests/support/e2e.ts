import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { demoMemberName, launchChromium, signedInPage } from './browser';
import { H5_DIST } from './h5-dist';
import { startTestHost, type TestHost } from './http-host';

/**
 * What every e2e file sets up: a host over a freshly seeded store serving the H5 build, one Chromium for the
 * whole file, and phone-sized pages opened with a demo member's session in place (`signedInPage`). Nothing is
 * shared between files.
 */
export interface E2E {
  host: TestHost;
  browser: Browser;
  /** A page in its own context, signed in as the demo member with this id. */
  pageAs(memberId: string): Promise<Page>;
  /** A page in its own context, signed in as the demo member listed under this name. */
  pageSignedInAs(name: string): Promise<Page>;
  /** A context nobody has signed in to, phone-sized unless `options` say otherwise; closed with the rest. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export interface E2EOptions {
  /** Host settings beside the H5 build (STATIC_DIR). */
  env?: Record<string, string>;
  /** The host's clock (a test that waits for heartbeats runs it faster). */
  clock?: () => number;
}

/**
 * Starts the host and the browser side by side before the file's tests and closes both after them. The handle's
 * fields are filled in by the time the file's own `beforeAll` runs (Jest runs hooks in the order they are added).
 */
export function useE2E(options: E2EOptions = {}): E2E {
  const contexts: BrowserContext[] = [];
  const e2e = {} as E2E;
  const newContext = async (settings: BrowserContextOptions = {}) => {
    const context = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      ...settings,
    });
    contexts.push(context);
    return context;
  };
  const pageSignedInAs = async (name: string) => {
    const { page, context } = await signedInPage(e2e.browser, e2e.host.url, name);
    contexts.push(context);
    return page;
  };
  beforeAll(async () => {
    const [host, browser] = await Promise.all([
      startTestHost({ STATIC_DIR: H5_DIST, ...options.env }, options.clock),
      launchChromium(),
    ]);
    Object.assign(e2e, {
      host,
      browser,
      newContext,
      pageSignedInAs,
      pageAs: async (memberId: string) => pageSignedInAs(await demoMemberName(host, memberId)),
    });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await e2e.browser?.close();
    await e2e.host?.close();
  });
  return e2e;
}
