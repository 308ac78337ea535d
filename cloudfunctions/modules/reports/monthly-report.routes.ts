import type { FunctionHandlers } from '../../kernel/handler-types';
import { exportMonthlyReport } from './monthly-report-export';
import { monthlyReport } from './monthly-report.service';

export const monthlyReportAdminRoutes = {
  'admin.monthlyReport': (input, ctx) => monthlyReport(ctx, input),
  'admin.monthlyReportExport': (input, ctx) => exportMonthlyReport(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;
