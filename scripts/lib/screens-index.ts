import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

export interface IndexRow {
  page: string;
  role: string;
  /** Relative to the gallery folder; null when the page was not photographed for this role. */
  picture: string | null;
  what: string;
}

/** `docs/screens/README.md`: one row per page and role (rows come in the order the app declares its pages). */
export async function writeGalleryIndex(folder: string, rows: IndexRow[]): Promise<void> {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '# Every screen',
    '',
    'Pictures of every page the app declares, for each role that can open it, at 390×844 CSS px and 2× pixels,',
    'over the demo organisation on a fixed date (Monday 23 November 2026, 10:00 in Beijing). Long pages are cut',
    'at 4000 px. Made by `npm run screens`; run it again after changing a screen.',
    '',
    '| page | role | picture | what it shows |',
    '| ---- | ---- | ------- | ------------- |',
    ...rows.map(
      (row) =>
        `| \`${row.page}\` | ${row.role} | ${row.picture ? `[${path.basename(row.picture)}](${row.picture})` : '—'} | ${cell(row.what)} |`,
    ),
    '',
  ];
  const file = path.join(folder, 'README.md');
  // Formatted as the repository's lint expects, so a fresh gallery passes `npm run lint` as it is.
  writeFileSync(file, await format(lines.join('\n'), { ...(await resolveConfig(file)), filepath: file }));
}
