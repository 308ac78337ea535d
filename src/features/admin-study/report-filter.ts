/** The plan report's member rows filtered by unit, state and name, then cut into pages. */
export interface ReportRow {
  memberId: string;
  name: string;
  unitName: string;
  done: number;
  total: number;
  completed: boolean;
}

export type RowState = 'all' | 'open' | 'done';

export const REPORT_PAGE = 20;

export function filterRows(
  rows: ReportRow[],
  filter: { unitName: string; state: RowState; search: string },
): ReportRow[] {
  const search = filter.search.trim();
  return rows.filter(
    (row) =>
      (filter.unitName === '' || row.unitName === filter.unitName) &&
      (filter.state === 'all' || (filter.state === 'done') === row.completed) &&
      (search === '' || row.name.includes(search)),
  );
}
