/** A scale-curve row as the growth table reads it. */
interface CurvePoint {
  store: string;
  members: number;
  scenario: string;
  connections: number;
  p97_5: number;
  reads: number;
}

/** The routes whose cost must not follow the membership: the committee's console home and the study home. */
export const FLAT_ROUTES = ['admin.dashboard', 'study.home'];

/**
 * How p97.5 and reads per call move along the curve for the routes that must stay flat: one line per route and
 * store, with the growth factor from the smallest step to the largest (p97.5 at the largest over the smallest).
 */
export function growthTable(rows: CurvePoint[]): string[] {
  const lines = [
    '| flat route | store | p97.5 ms along the curve | reads/call along the curve | growth ×, smallest → largest |',
    '|---|---|---|---|---:|',
  ];
  for (const scenario of FLAT_ROUTES)
    for (const store of [...new Set(rows.map((row) => row.store))]) {
      const curve = rows
        .filter((row) => row.scenario === scenario && row.store === store && row.connections === 1)
        .sort((a, b) => a.members - b.members);
      if (curve.length === 0) continue;
      const first = curve[0]!;
      const last = curve[curve.length - 1]!;
      const growth = first.p97_5 > 0 ? (last.p97_5 / first.p97_5).toFixed(2) : '–';
      lines.push(
        `| ${scenario} | ${store} | ${curve.map((row) => `${row.members}: ${row.p97_5}`).join(' → ')} | ${curve
          .map((row) => row.reads.toFixed(1))
          .join(' → ')} | ${growth} |`,
      );
    }
  return lines;
}
