import { MonthlyReport, type MonthlyReportInput } from '../../../types/schemas/report';
import type { CallContext } from '../../kernel/context';
import { monthlyReport } from './monthly-report.service';
import { monthText, writeReportXlsx } from './report-workbook';

/** `admin.monthlyReportExport`: the same report as `admin.monthlyReport`, as an XLSX file (ExcelJS loads lazily). */
export async function exportMonthlyReport(ctx: CallContext, input: MonthlyReportInput) {
  const report = MonthlyReport.parse(await monthlyReport(ctx, input));
  const file = await writeReportXlsx(report);
  return {
    fileName: `${report.name}-${monthText(report.month)}月报.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
