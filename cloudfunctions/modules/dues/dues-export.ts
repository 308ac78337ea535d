import { DUES_CATEGORY_LABELS } from '../../../types/dues-brackets';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import { chinaDay } from '../shared/china-time';
import { newWorkbook } from '../shared/heavy-libraries';
import { duesRepository } from './dues.repository';
import type { DuesMonthDoc } from './dues.types';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
const yuan = (fen: number) => fen / 100;

/** A unit's dues for a year as XLSX: a row per member, the amount paid (or 未缴) per month, and totals. */
export async function exportDuesYear(ctx: CallContext, unitId: string, year: number) {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个组织，请返回刷新。');
  const repo = duesRepository(ctx.store);
  const [records, profiles] = await Promise.all([
    findAll((skip) =>
      repo.months.find(
        { unitPath: unitId, month: { $gte: `${year}-01`, $lte: `${year}-12` } },
        { sort: [['_id', 1]], skip, limit: 100 },
      ),
    ),
    findAll((skip) => repo.profiles.find({ unitPath: unitId }, { sort: [['_id', 1]], skip, limit: 100 })),
  ]);
  const byMember = new Map<string, DuesMonthDoc[]>();
  for (const record of records) byMember.set(record.memberId, [...(byMember.get(record.memberId) ?? []), record]);
  const category = new Map(profiles.map((p) => [p.memberId, DUES_CATEGORY_LABELS[p.category]]));

  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(`${year}年党费`);
  sheet.addRow(['姓名', '类别', ...MONTHS.map((m) => `${Number(m)}月`), '应缴合计（元）', '已缴合计（元）']);
  sheet.getRow(1).font = { bold: true };
  const rows = [...byMember.values()].sort((a, b) => a[0]!.memberName.localeCompare(b[0]!.memberName, 'zh'));
  for (const own of rows) {
    const cells = MONTHS.map((m) => {
      const record = own.find((r) => r.month === `${year}-${m}`);
      if (!record) return '';
      return record.state === 'paid' ? yuan(record.dueFen) : '未缴';
    });
    sheet.addRow([
      own[0]!.memberName,
      category.get(own[0]!.memberId) ?? '',
      ...cells,
      yuan(own.reduce((sum, r) => sum + r.dueFen, 0)),
      yuan(own.filter((r) => r.state === 'paid').reduce((sum, r) => sum + r.dueFen, 0)),
    ]);
  }
  sheet.columns.forEach((column, i) => (column.width = i < 2 ? 14 : 9));
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  await appendAudit(ctx, {
    action: 'dues.export',
    summary: `导出了${unit.name}${year}年党费收缴表（${rows.length} 人）`,
    targetId: unit._id,
    targetName: unit.name,
    unitPath: [...unit.path, unit._id],
  });
  return {
    fileName: `${unit.name}-${year}年党费-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
