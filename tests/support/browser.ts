import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../scripts/lib/system-tools';
import type { TestHost } from './http-host';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const ARTIFACTS = path.resolve('tests/e2e/artifacts');

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** The first visible match: Taro's H5 router keeps earlier pages in the DOM, hidden. */
export const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

export const seen = (page: Page, text: string, timeout?: number) =>
  page.getByText(text).filter({ visible: true }).first().waitFor({ timeout });

/** Waits for page transitions to finish, so screenshots show the page, not the animation. */
export const settle = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

/**
 * Confirms the date picker whose sheet is titled `title` (选择截止时间 …), once the sheet has slid fully into
 * view: a tap during the slide lands outside the viewport on a loaded machine.
 */
export async function confirmPicker(page: Page, title: string): Promise<void> {
  const confirm = page.getByText(title, { exact: true }).locator('..').getByText('确认', { exact: true });
  await confirm.waitFor();
  await page.waitForFunction((sheetTitle) => {
    const heading = [...document.querySelectorAll('*')].find(
      (e) => e.children.length === 0 && e.textContent === sheetTitle,
    );
    // The sheet is the heading's nearest fixed ancestor.
    let sheet = heading?.parentElement ?? null;
    while (sheet && getComputedStyle(sheet).position !== 'fixed') sheet = sheet.parentElement;
    if (!sheet) return false;
    const box = sheet.getBoundingClientRect();
    return box.height > 0 && box.bottom <= window.innerHeight + 1 && box.top >= 0;
  }, title);
  await settle(page);
  // The wheels ignore 确认 while a column is still gliding to its value; on a loaded machine that can outlast
  // the animations, so tap again until the sheet has gone.
  const sheetTitle = page.getByText(title, { exact: true }).filter({ visible: true });
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await confirm.click({ force: true });
    const closed = await sheetTitle
      .first()
      .waitFor({ state: 'hidden', timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (closed) {
      await settle(page);
      return;
    }
  }
  throw new Error(`the ${title} sheet stayed open after 确认`);
}

/** A phone-sized page in its own context, signed in through the demo login as `name`. */
export async function signedInPage(
  browser: Browser,
  hostUrl: string,
  name: string,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(hostUrl);
  // The kit's cell lays its pressed-state layer over the name, so the tap is forced at the name's place.
  await page.getByText(name, { exact: true }).click({ force: true });
  await seen(page, `您好，${name}`);
  return { page, context };
}

/** The demo sign-in lists members by name: the name of the demo member with this id. */
export async function demoMemberName(host: Pick<TestHost, 'call'>, memberId: string): Promise<string> {
  const { members } = (await host.call('auth.devMembers', {})).body.data as {
    members: Array<{ memberId: string; name: string }>;
  };
  return members.find((member) => member.memberId === memberId)!.name;
}
