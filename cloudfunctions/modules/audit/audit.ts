import { randomBytes } from 'node:crypto';
import type { AuditEntry } from '../../../types/schemas/audit';
import type { CallContext } from '../../kernel/context';
import type { DocStore } from '../../store/types';

/**
 * The append-only audit log of admin writes and reveals. Only `appendAudit` writes to it, and only by
 * inserting; nothing updates or removes an entry (a test keeps it so). The stores hold to it too:
 * PostgreSQL refuses UPDATE, DELETE and TRUNCATE on the table by trigger; in WeChat's cloud database the
 * collection's security rule allows no client access and the functions only insert; the embedded store is
 * a file on the host, as trustworthy as the host itself. Each entry carries the unit path it concerns, so a
 * unit's admins read their subtree's entries and no one else's.
 */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

interface AuditDoc {
  _id: string;
  at: number;
  actorId: string | null;
  actorName: string;
  action: string;
  summary: string;
  targetId: string | null;
  targetName: string | null;
  unitPath: string[];
  changes: AuditChange[];
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}

export async function appendAudit(
  ctx: CallContext,
  entry: {
    action: string;
    summary: string;
    targetId?: string;
    targetName?: string;
    unitPath: string[];
    changes?: AuditChange[];
  },
): Promise<void> {
  const actor = ctx.caller.kind === 'member' ? ctx.caller.member : null;
  const doc: AuditDoc = {
    _id: newId('a'),
    at: ctx.now,
    actorId: actor?._id ?? null,
    actorName: actor?.name ?? (ctx.caller.kind === 'system' ? '系统' : '未绑定用户'),
    action: entry.action,
    summary: entry.summary,
    targetId: entry.targetId ?? null,
    targetName: entry.targetName ?? null,
    unitPath: entry.unitPath,
    changes: entry.changes ?? [],
  };
  await ctx.store.collection<AuditDoc>('audit').insert(doc);
}

export async function listAudit(store: DocStore, unitId: string, skip: number, limit: number) {
  const audit = store.collection<AuditDoc>('audit');
  const [docs, total] = await Promise.all([
    audit.find({ unitPath: unitId }, { sort: [['at', -1]], skip, limit }),
    audit.count({ unitPath: unitId }),
  ]);
  const items: AuditEntry[] = docs.map((doc) => ({
    entryId: doc._id,
    at: doc.at,
    actorName: doc.actorName,
    action: doc.action,
    summary: doc.summary,
    targetName: doc.targetName,
    changes: doc.changes,
  }));
  return { items, total };
}
