import type ExcelJS from 'exceljs';
import { loadCsvParser, newWorkbook } from './heavy-libraries';
import { unpackZip, ZipInventoryError, type ZipLimits } from './zip-inventory';

/**
 * Reading an uploaded table (CSV or the first sheet of an XLSX): rows of trimmed strings keyed by the column
 * headers; dates in XLSX cells become `YYYY-MM-DD`; empty rows are dropped. Roster and question imports use it.
 * A file is refused, with a message saying what to change, before it costs more than its limits: an XLSX
 * whose entries unpack too large, a table longer than MAX_TABLE_ROWS (CSV stops reading there, an XLSX is
 * counted before it is loaded), or a cell longer than MAX_CELL_CHARS.
 */
export class TableFileError extends Error {}

export const MAX_TABLE_ROWS = 2000;
export const MAX_CELL_CHARS = 5000;

/** A 2,000-row sheet of long questions unpacks to a few megabytes; these leave ample room and no more. */
const XLSX_LIMITS: ZipLimits = { maxEntries: 200, maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 };
/** XML spells a character in at most 6 bytes (`&quot;`), so a longer run of text cannot be a cell we accept. */
const MAX_CELL_XML_BYTES = MAX_CELL_CHARS * 6;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

const TOO_MANY_ROWS = `表格超过 ${MAX_TABLE_ROWS} 行，请分批导入。`;
const CELL_TOO_LONG = `有单元格超过 ${MAX_CELL_CHARS} 个字，请检查内容后重试。`;
const UNREADABLE = '无法读取这个 Excel 文件，请确认是 .xlsx 格式。';
const ZIP_MESSAGES: Record<ZipInventoryError['problem'], string> = {
  not_a_zip: UNREADABLE,
  too_many_entries: '这个 Excel 文件包含的内容过多，请只保留要导入的工作表，另存为新的 .xlsx 后重试。',
  entry_too_large: '这个 Excel 文件解压后过大，请删除多余的内容或分批导入。',
  too_large: '这个 Excel 文件解压后过大，请删除多余的内容或分批导入。',
};

function rowsExceed(xml: string, limit: number): boolean {
  const row = /<row[\s>]/g;
  let count = 0;
  while (row.exec(xml)) if ((count += 1) > limit) return true;
  return false;
}

function longestTextRun(xml: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < xml.length; i += 1) {
    run = xml.charCodeAt(i) === 0x3c ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Sizes, row counts and cell lengths of an XLSX, from its unpacked XML, before ExcelJS builds anything. */
function checkXlsx(content: Buffer): void {
  let entries: Map<string, Buffer>;
  try {
    entries = unpackZip(content, XLSX_LIMITS);
  } catch (error) {
    if (error instanceof ZipInventoryError) throw new TableFileError(ZIP_MESSAGES[error.problem]);
    throw error;
  }
  for (const [name, data] of entries) {
    const isSheet = WORKSHEET.test(name);
    if (!isSheet && name !== 'xl/sharedStrings.xml') continue;
    // Byte-for-character (latin1) is enough to find tags and count bytes.
    const xml = data.toString('latin1');
    if (isSheet && rowsExceed(xml, MAX_TABLE_ROWS + 1)) throw new TableFileError(TOO_MANY_ROWS);
    if (longestTextRun(xml) > MAX_CELL_XML_BYTES) throw new TableFileError(CELL_TOO_LONG);
  }
}

function checkCells(rows: Array<Record<string, string>>): void {
  if (rows.length > MAX_TABLE_ROWS) throw new TableFileError(TOO_MANY_ROWS);
  for (const row of rows)
    for (const value of Object.values(row)) if (value.length > MAX_CELL_CHARS) throw new TableFileError(CELL_TOO_LONG);
}

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

export async function readTable(
  format: 'csv' | 'xlsx',
  content: Buffer,
): Promise<{ headers: string[]; rows: Array<Record<string, string>> }> {
  if (format === 'csv') {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const Papa = await loadCsvParser();
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim(),
      // One row past the limit is enough to tell the file is too long; the rest is never parsed.
      preview: MAX_TABLE_ROWS + 1,
    });
    const rows = parsed.data.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? '').trim()])),
    );
    checkCells(rows);
    return { headers: parsed.meta.fields ?? [], rows };
  }
  checkXlsx(content);
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new TableFileError(UNREADABLE);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableFileError('Excel 文件里没有工作表。');
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = cellText(cell.value).trim()));
  const rows: Array<Record<string, string>> = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row: Record<string, string> = {};
    sheet.getRow(r).eachCell((cell, column) => {
      const header = headers[column];
      if (header) row[header] = cellText(cell.value).trim();
    });
    if (Object.values(row).some((value) => value !== '')) rows.push(row);
  }
  checkCells(rows);
  return { headers: headers.filter(Boolean), rows };
}
