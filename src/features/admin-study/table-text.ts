/**
 * The table block's grid and the study module's text form of it (a line per row, cells split by ` | `).
 * Only the one space each side of a separator is dropped, so a space typed inside a cell survives the
 * round trip on every keystroke; a | typed into a cell becomes a full-width ／ rather than a new column.
 */
export function parseTable(text: string): string[][] {
  const rows = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split(/ ?[|｜] ?/));
  const columns = Math.max(2, ...rows.map((row) => row.length));
  const filled = rows.length ? rows : [[], []];
  return filled.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
}

export const tableText = (rows: string[][]) =>
  rows.map((row) => row.map((cell) => cell.replace(/[|｜\n]/g, '／')).join(' | ')).join('\n');
