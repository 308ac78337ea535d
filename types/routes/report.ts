/** The monthly branch report: the figures of a unit's month from the aggregates, and the same as XLSX. */
import { MonthlyReport, MonthlyReportInput } from '../schemas/report';
import { FileOutput } from '../schemas/roster';
import { route } from '../route-def';

export const reportAdminRoutes = {
  'admin.monthlyReport': route({
    input: MonthlyReportInput,
    output: MonthlyReport,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary:
      'The monthly report of a unit in the caller’s subtree: study, quizzes, activities, 三会一课, points, pipeline and changes against last month; a committee gets its branches side by side — from per-unit aggregates.',
  }),
  'admin.monthlyReportExport': route({
    input: MonthlyReportInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The monthly report as XLSX: a summary sheet with the branches side by side, and one sheet per branch.',
  }),
};
