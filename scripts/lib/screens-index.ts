import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface IndexRow {
  page: string;
  role: string;
  /** Relative to the gallery folder; null when the page was not photographed for this role. */
  picture: string | null;
  what: string;
}

/** `docs/screens/README.md`: one row per page and role, in the order the app declares its pages. */
export function writeGalleryIndex(folder: string, rows: IndexRow[], takenAt: string): void {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '# Every screen',
    '',
    'Pictures of every page the app declares, for each role that can open it, at 390×844 CSS px and 2× pixels,',
    'over the demo organisation on a fixed date (Monday 23 November 2026, 10:00 in Beijing). Long pages are cut',
    `at 4000 px. Made by \`npm run screens\` (${takenAt}); run it again after changing a screen.`,
    '',
    '| page | role | picture | what it shows |',
    '| ---- | ---- | ------- | ------------- |',
    ...rows.map(
      (row) =>
        `| \`${row.page}\` | ${row.role} | ${row.picture ? `[${path.basename(row.picture)}](${row.picture})` : '—'} | ${cell(row.what)} |`,
    ),
    '',
  ];
  writeFileSync(path.join(folder, 'README.md'), lines.join('\n'));
}
