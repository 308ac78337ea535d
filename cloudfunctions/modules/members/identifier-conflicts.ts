import { PERSONAL_FIELD_LABELS, type PersonalField } from '../../../types/labels';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { DAILY_LIMITS, exhaustQuota, quotaLeft, takeQuota } from './personal-data-quota';
import { membersRepository } from './members.repository';
import type { MemberDoc } from './members.types';

/**
 * A phone or ID number being written (by a form or a roster row) that already belongs to another member, or
 * a roster row that otherwise answers a guess at one (see `roster-row-conflicts.ts`).
 * Saying so would confirm a guessed number, wherever its holder is, so the answer is the same neutral one;
 * the conflict goes to the audit log of the lowest unit over both the record written and the holder (which
 * the writer cannot read when the holder is outside their subtree); and each person gets a few a day. Once
 * those are spent, every write of a phone or ID number waits for the next day, so a refusal tells nothing.
 */
export const ROW_CONFLICT_MESSAGE =
  '该行无法导入，请核对姓名、身份证号和手机号；党员改名或同名的新党员请在党员管理中逐个办理，仍有疑问请联系上级组织核实';
const FIELD_CONFLICT_MESSAGE = '无法使用，请核对；如确认无误，请联系上级组织核实';
const LIMIT_MESSAGE = `今天填写的手机号、身份证号与他人重复的次数已达上限（每天 ${DAILY_LIMITS.identifierConflict} 次），请联系上级组织核实后明天再试。`;

export interface IdentifierConflict {
  /** Which record or row, as the audit entry names it: `第 3 行「张三」`. */
  where: string;
  field: PersonalField;
  holder: MemberDoc;
  /** `namesake`: a new ID number under the holder's name that looks like theirs through the mask, i.e. a guess at it. */
  kind?: 'namesake';
}

/** What is being written: the unit path of the record (or of the importing unit) and the action, for the audit. */
export interface WritePlace {
  unitPath: string[];
  action: string;
}

/** Refuses any write of a phone or ID number once today's allowance is spent, before it looks anything up. */
export async function assertConflictsAllowed(ctx: CallContext): Promise<void> {
  if ((await quotaLeft(ctx, 'identifierConflict')) === 0) throw new AppError('RATE_LIMITED', LIMIT_MESSAGE);
}

/** The lowest unit path over both; the holder's root if they share nothing. */
function commonPath(writePath: string[], holderPath: string[]): string[] {
  const shared: string[] = [];
  for (const [i, unitId] of writePath.entries()) {
    if (holderPath[i] !== unitId) break;
    shared.push(unitId);
  }
  return shared.length > 0 ? shared : holderPath.slice(0, 1);
}

/** What the audit says of one conflict. */
function conflictSummary(place: WritePlace, conflict: IdentifierConflict, unitName: string, rows: number): string {
  const { where, field, holder, kind } = conflict;
  const which = rows > 1 ? `${where}等 ${rows} 行` : where;
  return kind === 'namesake'
    ? `${place.action}时，${which}与${unitName}的 ${holder.name} 同名，身份证号与其掩码相同但号码不同，未写入`
    : `${place.action}时，${which}的${PERSONAL_FIELD_LABELS[field]}与${unitName}的 ${holder.name} 相同，未写入`;
}

/**
 * Audits the conflicts, one entry per member and kind (a file of guesses at one member is one entry), then
 * counts every row; over the allowance the write is refused and the day is spent.
 */
export async function recordConflicts(
  ctx: CallContext,
  place: WritePlace,
  conflicts: IdentifierConflict[],
): Promise<void> {
  if (conflicts.length === 0) return;
  const nameOf = await membersRepository(ctx.store).unitNames(conflicts.map((c) => c.holder.unitId));
  const groups = new Map<string, { first: IdentifierConflict; rows: number }>();
  for (const conflict of conflicts) {
    const key = `${conflict.holder._id}:${conflict.field}:${conflict.kind ?? 'value'}`;
    const group = groups.get(key);
    if (group) group.rows += 1;
    else groups.set(key, { first: conflict, rows: 1 });
  }
  for (const { first, rows } of groups.values()) {
    await appendAudit(ctx, {
      action: 'member.identifier_conflict',
      summary: conflictSummary(place, first, nameOf.get(first.holder.unitId) ?? '未知单位', rows),
      targetId: first.holder._id,
      targetName: first.holder.name,
      unitPath: commonPath(place.unitPath, first.holder.unitPath),
    });
  }
  if (!(await takeQuota(ctx, 'identifierConflict', conflicts.length))) {
    await exhaustQuota(ctx, 'identifierConflict');
    throw new AppError('RATE_LIMITED', LIMIT_MESSAGE);
  }
}

/**
 * For a form: refuses, neutrally, a phone or ID number held by a member other than `ownerId` (the record being
 * changed), after auditing and counting it. Values must be normalised already.
 */
export async function assertIdentifiersFree(
  ctx: CallContext,
  place: WritePlace & { name: string },
  values: { idCard?: string | null; phone?: string | null },
  ownerId?: string,
): Promise<void> {
  const given = (['idCard', 'phone'] as const).filter((field) => values[field]);
  if (given.length === 0) return;
  await assertConflictsAllowed(ctx);
  const repo = membersRepository(ctx.store);
  const conflicts: IdentifierConflict[] = [];
  for (const field of given) {
    const holder = await repo.memberByHash(`${field}Hash`, ctx.pii.hash(values[field] as string));
    if (holder && holder._id !== ownerId) conflicts.push({ where: `「${place.name}」`, field, holder });
  }
  await recordConflicts(ctx, place, conflicts);
  if (conflicts.length > 0) {
    throw new AppError(
      'CONFLICT',
      '手机号或身份证号无法使用，请核对；如确认无误，请联系上级组织核实。',
      Object.fromEntries(conflicts.map(({ field }) => [field, FIELD_CONFLICT_MESSAGE])),
    );
  }
}
