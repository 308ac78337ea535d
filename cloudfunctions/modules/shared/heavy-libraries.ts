import type ExcelJS from 'exceljs';

/**
 * The large libraries only a few console routes need (spreadsheet import and export, check-in QR images,
 * sanitising study content), loaded on first use: requiring them up front would cost every cold start of
 * every function, and the cloud build ships them only with the function whose routes call them.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

export const loadCsvParser = async () => (await import('papaparse')).default;

export const loadQrCode = async () => (await import('qrcode')).default;

export const loadHtmlSanitizer = async () => (await import('sanitize-html')).default;
