import { MonthlyReport, type MonthlyReportInput } from '../../../types/schemas/report';
import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import { monthlyReport } from './monthly-report.service';
import { monthText, writeReportXlsx } from './report-workbook';

/**
 * `admin.monthlyReportExport`: the same report as `admin.monthlyReport`, as an XLSX file (ExcelJS loads lazily).
 * Like every export, it is audited: who took which unit's figures of which month out of the system.
 */
export async function exportMonthlyReport(ctx: CallContext, input: MonthlyReportInput) {
  const report = MonthlyReport.parse(await monthlyReport(ctx, input));
  const file = await writeReportXlsx(report);
  const unit = (await membersRepository(ctx.store).unitById(report.unitId))!;
  await appendAudit(ctx, {
    action: 'report.monthlyExport',
    summary: `导出了「${report.name}」${monthText(report.month)}的党建工作月报（含 ${report.branches.length} 个支部）`,
    targetId: report.unitId,
    targetName: report.name,
    unitPath: [...unit.path, unit._id],
  });
  return {
    fileName: `${report.name}-${monthText(report.month)}月报.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
