import * as z from 'zod';
import { Id } from './common';

export const RosterImportInput = z.strictObject({
  unitId: Id,
  format: z.enum(['csv', 'xlsx']),
  /** The file, base64-encoded. */
  file: z.string().min(1, '请选择文件').max(1_400_000, '文件太大，请分批导入（每次不超过 1 MB）'),
  /** dry_run writes nothing; all_or_nothing writes only if every row is valid; valid_only skips bad rows. */
  mode: z.enum(['dry_run', 'all_or_nothing', 'valid_only']),
});

export const RosterRowReport = z.object({
  row: z.number().int(),
  name: z.string(),
  outcome: z.enum(['create', 'update', 'unchanged', 'error']),
  errors: z.array(z.string()),
});

export const RosterImportReport = z.object({
  mode: z.enum(['dry_run', 'all_or_nothing', 'valid_only']),
  written: z.boolean(),
  rows: z.array(RosterRowReport),
  counts: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), error: z.number() }),
});
export type RosterImportReport = z.infer<typeof RosterImportReport>;

export const RosterExportInput = z.strictObject({ unitId: Id });
export const FileOutput = z.object({ fileName: z.string(), file: z.string(), mimeType: z.string() });
