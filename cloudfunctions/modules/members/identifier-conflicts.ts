import { PERSONAL_FIELD_LABELS, type PersonalField } from '../../../types/labels';
import { AppError } from '../../router/app-error';
import type { CallContext } from '../../router/context';
import { appendAudit } from '../audit/audit';
import { DAILY_LIMITS, exhaustQuota, quotaLeft, takeQuota } from './personal-data-quota';
import { membersRepository } from './members.repository';
import type { MemberDoc, UnitDoc } from './members.types';

/**
 * Roster rows whose ID number or phone already belongs to another member. Telling the importer so would
 * confirm a guessed number, so every such row gets the same neutral message whoever holds the number; the
 * conflict goes to the audit log of the lowest unit over both the importing unit and the holder (which the
 * importer cannot read when the holder is outside their subtree); and each admin gets a few such rows a day.
 */
export const CONFLICT_MESSAGE = '该行无法导入，请联系上级组织核实';

export interface RosterConflict {
  row: number;
  name: string;
  field: PersonalField;
  holder: MemberDoc;
}

const LIMIT_MESSAGE = `今天花名册中无法导入的行已达上限（每天 ${DAILY_LIMITS.rosterConflict} 行），请联系上级组织核实后明天再导入。`;

/** Refuses the import outright once today's allowance is spent, before it reads a single row. */
export async function assertConflictsAllowed(ctx: CallContext): Promise<void> {
  if ((await quotaLeft(ctx, 'rosterConflict')) === 0) throw new AppError('RATE_LIMITED', LIMIT_MESSAGE);
}

/** The unit path over both: the importer's unit and the holder's share it; [holder's root] if nothing is shared. */
function commonPath(importPath: string[], holderPath: string[]): string[] {
  const shared: string[] = [];
  for (const [i, unitId] of importPath.entries()) {
    if (holderPath[i] !== unitId) break;
    shared.push(unitId);
  }
  return shared.length > 0 ? shared : holderPath.slice(0, 1);
}

/** Audits every conflict, then counts them; over the allowance the whole import is refused and the day is spent. */
export async function recordConflicts(ctx: CallContext, unit: UnitDoc, conflicts: RosterConflict[]): Promise<void> {
  if (conflicts.length === 0) return;
  const importPath = [...unit.path, unit._id];
  const nameOf = await membersRepository(ctx.store).unitNames(conflicts.map((c) => c.holder.unitId));
  for (const conflict of conflicts) {
    await appendAudit(ctx, {
      action: 'roster.conflict',
      summary: `向「${unit.name}」导入花名册时，第 ${conflict.row} 行「${conflict.name}」的${PERSONAL_FIELD_LABELS[conflict.field]}与${nameOf.get(conflict.holder.unitId) ?? '未知单位'}的 ${conflict.holder.name} 相同，该行未导入`,
      targetId: conflict.holder._id,
      targetName: conflict.holder.name,
      unitPath: commonPath(importPath, conflict.holder.unitPath),
    });
  }
  if (!(await takeQuota(ctx, 'rosterConflict', conflicts.length))) {
    await exhaustQuota(ctx, 'rosterConflict');
    throw new AppError('RATE_LIMITED', LIMIT_MESSAGE);
  }
}
