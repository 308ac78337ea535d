import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './lib/system-tools';

/**
 * Draws the app's line icons (24-unit grid, round caps) and rasterises them to PNG with Chromium: the
 * tab bar's pairs (81×81, grey and selected red with a light red fill; the tab bar takes image files
 * only) and the home's entry icons (red, 72×72). Run `npx tsx scripts/tab-icons.ts` after changing a
 * drawing and commit the PNGs. pngquant (apt-get install pngquant) then cuts each file to about a third,
 * which the main package's size budget needs: the entry icons are inlined into the home page's script.
 */
const GREY = '#8C8C8C';
const RED = '#C8161D';
const TINT = '#FCEEEC';

/** Each icon: the outline shapes (filled with the tint when selected) and the strokes drawn on top. */
const DRAWINGS: Record<string, { shapes: string; lines?: string }> = {
  home: {
    shapes: '<path d="M5 10v9.5a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V10L12 4.2z"/>',
    lines: '<path d="M3 11.5 12 4l9 7.5"/><path d="M10 20.5v-5.5h4v5.5"/>',
  },
  study: {
    shapes:
      '<path d="M12 6.8C9.8 5.2 6.8 4.7 3.5 5.1v13.6c3.3-.4 6.3.1 8.5 1.7 2.2-1.6 5.2-2.1 8.5-1.7V5.1c-3.3-.4-6.3.1-8.5 1.7z"/>',
    lines: '<path d="M12 6.8v13.6"/>',
  },
  quiz: {
    shapes: '<rect x="4.8" y="4.6" width="14.4" height="16.4" rx="2"/>',
    lines: '<rect x="9" y="3" width="6" height="3.4" rx="1" fill="#fff"/><path d="m8.7 13.3 2.4 2.4 4.3-4.6"/>',
  },
  activity: {
    shapes: '<path d="M5.5 4.6c2.4-1.3 4.8-1.3 7 0s4.6 1.3 7 .1v8.4c-2.4 1.2-4.8 1.2-7-.1s-4.6-1.3-7 0z"/>',
    lines: '<path d="M5.5 21V3.5"/>',
  },
  me: {
    shapes: '<circle cx="12" cy="8" r="4.2"/>',
    lines: '<path d="M4.5 20.5c.9-3.8 3.8-6 7.5-6s6.6 2.2 7.5 6"/>',
  },
  vote: {
    shapes: '<path d="M3.8 13.2h16.4v6.3a1 1 0 0 1-1 1H4.8a1 1 0 0 1-1-1z"/>',
    lines:
      '<path d="M8.5 13.2V4.5h7v8.7"/><path d="m10.2 8.6 1.4 1.4 2.3-2.5"/><path d="M3.8 13.2 6.3 10h1.9m7.6 0h1.9l2.5 3.2"/>',
  },
  points: {
    shapes: '<circle cx="12" cy="12" r="8.5"/>',
    lines: '<path d="m12 7.4 1.4 2.9 3.1.4-2.3 2.2.6 3.1-2.8-1.5-2.8 1.5.6-3.1-2.3-2.2 3.1-.4z"/>',
  },
  dossier: {
    shapes: '<rect x="3.5" y="5" width="17" height="14" rx="2"/>',
    lines:
      '<circle cx="9" cy="10.8" r="2"/><path d="M6.3 15.8c.5-1.5 1.5-2.3 2.7-2.3s2.2.8 2.7 2.3"/><path d="M14.2 10h3.8m-3.8 3.6h2.8"/>',
  },
  notice: {
    shapes: '<path d="M4 9.5h3.5l5-4v13l-5-4H4z"/>',
    lines: '<path d="M16 9c1.3 1.6 1.3 4.4 0 6"/><path d="M18.6 6.5c2.5 3 2.5 8 0 11"/>',
  },
  admin: {
    shapes:
      '<rect x="4" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="13.5" width="6.5" height="6.5" rx="1.5"/>',
    lines:
      '<rect x="13.5" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="4" y="13.5" width="6.5" height="6.5" rx="1.5"/>',
  },
};

const TABS = ['home', 'study', 'quiz', 'activity', 'me'] as const;
const ENTRIES = ['study', 'quiz', 'activity', 'vote', 'points', 'dossier', 'notice', 'admin', 'me'] as const;

function svg(name: string, stroke: string, fill: string): string {
  const { shapes, lines = '' } = DRAWINGS[name]!;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="100%" height="100%" fill="none" ` +
    `stroke="${stroke}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">` +
    `<g fill="${fill}">${shapes}</g>${lines}</svg>`
  );
}

async function main() {
  const root = path.resolve(__dirname, '..', 'src', 'assets');
  const jobs: Array<{ file: string; size: number; markup: string }> = [];
  for (const name of TABS) {
    jobs.push({ file: path.join(root, 'tab', `${name}.png`), size: 81, markup: svg(name, GREY, 'none') });
    jobs.push({ file: path.join(root, 'tab', `${name}-active.png`), size: 81, markup: svg(name, RED, TINT) });
  }
  for (const name of ENTRIES) {
    jobs.push({ file: path.join(root, 'entry', `${name}.png`), size: 72, markup: svg(name, RED, 'none') });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const job of jobs) {
      // The drawing fills a box of 24 units inside 27, so the strokes keep a margin at any size.
      const inset = Math.round(job.size / 18);
      await page.setContent(
        `<body style="margin:0;background:transparent"><div id="icon" style="width:${job.size}px;` +
          `height:${job.size}px;box-sizing:border-box;padding:${inset}px">${job.markup}</div></body>`,
      );
      mkdirSync(path.dirname(job.file), { recursive: true });
      writeFileSync(job.file, await page.locator('#icon').screenshot({ omitBackground: true }));
    }
  } finally {
    await browser.close();
  }
  execFileSync('pngquant', [
    '--force',
    '--ext',
    '.png',
    '--strip',
    '--quality',
    '60-90',
    ...jobs.map((job) => job.file),
  ]);
  console.log(`${jobs.length} icons written under ${root}`);
}

void main();
