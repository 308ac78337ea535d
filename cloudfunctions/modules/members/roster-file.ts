import ExcelJS from 'exceljs';
import Papa from 'papaparse';

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

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
  }
  return String(value);
}

function checkHeaders(headers: string[]): void {
  const missing = ['姓名', '身份证号', '所在支部', '发展阶段'].filter((column) => !headers.includes(column));
  if (missing.length) throw new RosterFileError(`文件缺少这些列：${missing.join('、')}。请使用导出的模板填写。`);
}

export async function readRosterFile(format: 'csv' | 'xlsx', content: Buffer): Promise<RosterRow[]> {
  if (format === 'csv') {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim(),
    });
    checkHeaders(parsed.meta.fields ?? []);
    return parsed.data.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? '').trim()])),
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new RosterFileError('无法读取这个 Excel 文件，请确认是 .xlsx 格式。');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterFileError('Excel 文件里没有工作表。');
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = cellText(cell.value).trim()));
  checkHeaders(headers);
  const rows: RosterRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row: Record<string, string> = {};
    sheet.getRow(r).eachCell((cell, column) => {
      const header = headers[column];
      if (header) row[header] = cellText(cell.value).trim();
    });
    if (Object.values(row).some((value) => value !== '')) rows.push(row as RosterRow);
  }
  return rows;
}

export async function writeRosterXlsx(rows: RosterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow([...ROSTER_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(ROSTER_COLUMNS.map((column) => row[column] ?? ''));
  sheet.columns.forEach((column) => (column.width = 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
