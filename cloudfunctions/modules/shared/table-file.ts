import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Reading an uploaded table (CSV or the first sheet of an XLSX): rows of trimmed strings keyed by the column
 * headers; dates in XLSX cells become `YYYY-MM-DD`; empty rows are dropped. Roster and question imports use it.
 */
export class TableFileError extends Error {}

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
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim(),
    });
    return {
      headers: parsed.meta.fields ?? [],
      rows: parsed.data.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? '').trim()])),
      ),
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new TableFileError('无法读取这个 Excel 文件，请确认是 .xlsx 格式。');
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
  return { headers: headers.filter(Boolean), rows };
}
