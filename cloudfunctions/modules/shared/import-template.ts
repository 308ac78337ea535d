import { newWorkbook } from './heavy-libraries';

/**
 * An import template: the header row the importer reads and one example row, as an XLSX file in the same
 * shape as the exports, so an admin fills in a file the importer accepts instead of guessing the columns.
 */
export async function importTemplate(title: string, columns: readonly string[], example: readonly string[]) {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(title);
  sheet.addRow([...columns]);
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([...example]);
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  sheet.columns.forEach((column) => (column.width = 16));
  return {
    fileName: `${title}导入模板.xlsx`,
    file: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
