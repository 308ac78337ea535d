import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import { chinaDateTime, chinaDay } from '../shared/china-time';
import { newWorkbook } from '../shared/heavy-libraries';
import { bulletinsRepository } from './bulletins.repository';
import { loadBulletin } from './bulletins.service';

const COLUMNS = ['姓名', '所在单位', '阅读状态', '阅读时间', '确认时间', '已提醒轮次'] as const;

/** China time as the spreadsheet shows it: 2026-12-08 14:30. */
function timeText(epoch: number | null): string {
  if (epoch === null) return '';
  return `${chinaDay(epoch)} ${chinaDateTime(epoch).slice(-5)}`;
}

/** A notice's receipts as XLSX, one row per addressee, unread first. */
export async function exportBulletinReceipts(ctx: CallContext, bulletinId: string) {
  const bulletin = await loadBulletin(ctx, bulletinId);
  const { receipts } = bulletinsRepository(ctx.store);
  const rows = await findAll((skip) =>
    receipts.find(
      { bulletinId: bulletin._id },
      {
        sort: [
          ['readFlag', 1],
          ['unitId', 1],
          ['memberName', 1],
        ],
        skip,
        limit: 100,
      },
    ),
  );
  const names = await membersRepository(ctx.store).unitNames(rows.map((row) => row.unitId));
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('阅读回执');
  sheet.addRow([...COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow([
      row.memberName,
      names.get(row.unitId) ?? '',
      row.confirmedAt !== null ? '已确认' : row.readFlag === 1 ? '已读' : '未读',
      timeText(row.readAt),
      timeText(row.confirmedAt),
      row.remindedRound,
    ]);
  sheet.columns.forEach((column) => (column.width = 18));
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  await appendAudit(ctx, {
    action: 'notice.export',
    summary: `导出了通知「${bulletin.title}」的阅读回执（${rows.length} 人）`,
    targetId: bulletin._id,
    targetName: bulletin.title,
    unitPath: bulletin.unitPath,
  });
  return {
    fileName: `${bulletin.title.slice(0, 20)}-阅读回执-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
