import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './system-tools';

/** Debian's Chromium, headless, with the flags this closed network needs (as the browser tests use it). */
export function launchScreensBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
