import * as z from 'zod';
import { EpochMs, Id, PageInput } from './common';

export const AuditEntry = z.object({
  entryId: Id,
  at: EpochMs,
  actorName: z.string(),
  action: z.string(),
  summary: z.string(),
  targetName: z.string().nullable(),
  /** Changed fields, personal data masked. */
  changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListInput = z.strictObject({ unitId: Id, ...PageInput });
export const AuditListOutput = z.object({ items: z.array(AuditEntry), total: z.number().int() });
