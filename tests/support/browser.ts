import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../scripts/lib/system-tools';
import { postJson } from './http-client';
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
 * Taps a control the way a finger would: scrolled into view (sheets scroll inside themselves, which the
 * browser driver does not do on its own), once it has come to rest inside the window — a sheet that slides up
 * from below would otherwise take the tap outside the viewport on a loaded machine — and forced, as the kit's
 * button lays its pressed-state overlay over its label.
 */
export async function tapControl(page: Page, control: Locator): Promise<void> {
  await settle(page);
  // The tap lands on the control's centre, so that point must be inside the window and still for two frames.
  // After five seconds the tap goes ahead anyway, and the driver says what is in the way.
  await control.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const giveUpAt = performance.now() + 5000;
        let lastCentre = '';
        let stillFrames = 0;
        const check = () => {
          const box = element.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const inside = box.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
          if (!inside) element.scrollIntoView({ block: 'center', inline: 'center' });
          const centre = `${x},${y}`;
          stillFrames = inside && centre === lastCentre ? stillFrames + 1 : 0;
          lastCentre = centre;
          if (stillFrames >= 2 || performance.now() > giveUpAt) resolve();
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await control.click({ force: true });
}

/** Taps the visible control labelled exactly `text`: the first one, or the last (the sheet on top). */
export function tapText(page: Page, text: string, which: 'first' | 'last' = 'first'): Promise<void> {
  const matches = page.getByText(text, { exact: true }).filter({ visible: true });
  return tapControl(page, which === 'first' ? matches.first() : matches.last());
}

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

/** What the app's session module keeps in the browser (src/lib/session.ts, through Taro's storage). */
const SESSION_STORAGE_KEY = 'session-token';

/** The data of a call to the host's public routes. */
const publicCall = async (hostUrl: string, route: string, input: unknown) =>
  (await postJson(`${hostUrl}/api/${route}`, JSON.stringify(input))).body.data;

/**
 * A phone-sized page in its own context, opened on the 首页 as the demo member named `name`, as a member who
 * signed in earlier opens the app: the session the demo login gives is already in the browser's storage.
 * Signing in through the page itself is what tests/e2e/sign-in.test.ts does.
 */
export async function signedInPage(
  browser: Browser,
  hostUrl: string,
  name: string,
): Promise<{ page: Page; context: BrowserContext }> {
  const { members } = (await publicCall(hostUrl, 'auth.devMembers', {})) as {
    members: Array<{ memberId: string; name: string }>;
  };
  const memberId = members.find((member) => member.name === name)?.memberId;
  if (!memberId) throw new Error(`no demo member is named ${name}`);
  const { token } = (await publicCall(hostUrl, 'auth.devLogin', { memberId })) as { token: string };
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    storageState: {
      cookies: [],
      origins: [
        {
          origin: new URL(hostUrl).origin,
          localStorage: [{ name: SESSION_STORAGE_KEY, value: JSON.stringify({ data: token }) }],
        },
      ],
    },
  });
  const page = await context.newPage();
  await page.goto(hostUrl);
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
