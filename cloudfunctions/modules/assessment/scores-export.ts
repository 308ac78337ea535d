import { GRADE_LABELS } from '../../../types/assessment-labels';
import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { chinaDay } from '../shared/china-time';
import { newWorkbook } from '../shared/heavy-libraries';
import { outrankedScores } from './outranked-scores';
import { scoresForUnit, unitPathOf } from './scores.service';

/**
 * A period's scores of a unit subtree as XLSX: one row per member, one column per indicator, best first.
 * Members of the caller's role or above are left out (the audit entry says how many), as in the roster export.
 */
export async function exportScores(ctx: CallContext, unitId: string, periodId: string) {
  const result = await scoresForUnit(ctx, unitId, periodId);
  const unit = (await unitPathOf(ctx, unitId)).at(-1)!;
  const rows = (await outrankedScores(ctx, result.scores)).sort((a, b) => b.total - a.total);
  const leftOut = result.scores.length - rows.length;
  const labels = rows[0]?.indicators.map((i) => i.label) ?? [];
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('考核成绩');
  sheet.addRow(['排名', '姓名', '所在单位', ...labels, '总分', '得分率', '等次']);
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, index) =>
    sheet.addRow([
      index + 1,
      row.name,
      row.unitName,
      ...row.indicators.map((i) => i.points),
      row.total,
      `${row.percent}%`,
      GRADE_LABELS[row.grade],
    ]),
  );
  sheet.columns.forEach((column) => (column.width = 14));
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  await appendAudit(ctx, {
    action: 'assessment.export',
    summary: `导出了${result.period.label}的考核成绩（${rows.length} 人${leftOut ? `，另有 ${leftOut} 名同级或上级管理员未列入` : ''}）`,
    targetId: unit,
    unitPath: await unitPathOf(ctx, unitId),
  });
  return {
    fileName: `考核成绩-${result.period.label}-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
