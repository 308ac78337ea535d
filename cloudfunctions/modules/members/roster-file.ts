import { newWorkbook } from '../shared/heavy-libraries';
import { readTable, TableFileError } from '../shared/table-file';

/**
 * Reading and writing roster files. Both formats become rows of trimmed strings keyed by the Chinese
 * column headers; dates in XLSX cells become `YYYY-MM-DD`.
 */
export const ROSTER_COLUMNS = [
  '姓名',
  '性别',
  '民族',
  '出生日期',
  '学历',
  '身份证号',
  '手机号',
  '所在支部',
  '党内职务',
  '发展阶段',
  '阶段日期',
  '入党日期',
  '党籍状态',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export type RosterRow = Partial<Record<RosterColumn, string>>;

export class RosterFileError extends Error {}

function checkHeaders(headers: string[]): void {
  const missing = ['姓名', '身份证号', '所在支部', '发展阶段'].filter((column) => !headers.includes(column));
  if (missing.length) throw new RosterFileError(`文件缺少这些列：${missing.join('、')}。请使用导出的模板填写。`);
}

export async function readRosterFile(format: 'csv' | 'xlsx', content: Buffer): Promise<RosterRow[]> {
  try {
    const { headers, rows } = await readTable(format, content);
    checkHeaders(headers);
    return rows as RosterRow[];
  } catch (error) {
    if (error instanceof TableFileError) throw new RosterFileError(error.message);
    throw error;
  }
}

export async function writeRosterXlsx(rows: RosterRow[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow([...ROSTER_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(ROSTER_COLUMNS.map((column) => row[column] ?? ''));
  sheet.columns.forEach((column) => (column.width = 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
