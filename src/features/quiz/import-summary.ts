import type { z } from 'zod';
import type { QuestionImportReport } from '@contract/schemas/quiz';

type Report = z.infer<typeof QuestionImportReport>;

/** One line per dry run in which every row is counted once: what imports, what has errors, what repeats. */
export function questionImportSummary(report: Report): string {
  const parts = [`${report.importable} 行可导入`];
  if (report.invalid) parts.push(`${report.invalid} 行有错误`);
  if (report.duplicatesInFile) parts.push(`${report.duplicatesInFile} 行与文件中前面的行重复`);
  if (report.duplicatesInBank) parts.push(`${report.duplicatesInBank} 行题库里已有`);
  const duplicates = report.duplicatesInFile + report.duplicatesInBank;
  const rule = duplicates ? '（题型、题干、选项和答案都相同才算重复，重复的不会导入）' : '';
  const outcome = report.written ? `已导入 ${report.created} 道题。` : '尚未写入。';
  return `共 ${report.total} 行：${parts.join('，')}${rule}；${outcome}`;
}
