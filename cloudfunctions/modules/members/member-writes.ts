import { publish, type MemberFacts } from '../../kernel/events';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { checkIdCard } from './id-card';
import type { MembersRepository } from './members.repository';
import type { MemberDoc } from './members.types';
import { END_SESSIONS, endsSessions } from './session-generation';
import { pinyinSortKey } from '../shared/pinyin-order';

/** Shared steps of every write to a member record. */
export async function loadMember(repo: MembersRepository, memberId: string): Promise<MemberDoc> {
  const member = await repo.memberById(memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，可能已被删除，请返回刷新。');
  return member;
}

export async function unitNameOf(repo: MembersRepository, unitId: string): Promise<string> {
  return (await repo.unitById(unitId))?.name ?? '未知单位';
}

/** Checks an ID number and that the birth date agrees with it; returns the birth date it encodes. */
export function validIdCard(idCard: string, birthDate: string | null | undefined): string {
  const checked = checkIdCard(idCard);
  if (!checked.ok) {
    const message =
      checked.problem === 'checksum' ? '身份证号校验位不对，请核对后重新填写' : '身份证号应为 18 位，最后一位可以是 X';
    throw new AppError('VALIDATION_FAILED', undefined, { idCard: message });
  }
  if (birthDate && birthDate !== checked.birthDate) {
    throw new AppError('VALIDATION_FAILED', undefined, { birthDate: '出生日期与身份证号不一致，请核对' });
  }
  return checked.birthDate;
}

/** A duplicate that slipped past `assertIdentifiersFree` (a concurrent write) is answered as neutrally. */
const NEUTRAL_CONFLICT = '手机号或身份证号无法使用，请核对；如确认无误，请联系上级组织核实。';

function duplicateMessage(error: DuplicateKeyError): AppError {
  if (error.field === 'phoneHash') {
    return new AppError('CONFLICT', NEUTRAL_CONFLICT, { phone: '手机号无法使用，请联系上级组织核实' });
  }
  if (error.field === 'idCardHash') {
    return new AppError('CONFLICT', NEUTRAL_CONFLICT, { idCard: '身份证号无法使用，请联系上级组织核实' });
  }
  if (error.field === 'openid') return new AppError('CONFLICT', '这个微信已绑定了另一位党员。');
  return new AppError('CONFLICT');
}

/** Values still encrypted with a retired key are re-encrypted with the active one whenever a record is written. */
function rotatedPersonalData(ctx: CallContext, member: MemberDoc): Partial<MemberDoc> {
  const rotated: Partial<MemberDoc> = {};
  for (const field of ['idCard', 'phone'] as const) {
    const stored = member[field];
    if (stored && ctx.pii.isStale(stored)) rotated[field] = ctx.pii.encrypt(ctx.pii.decrypt(stored));
  }
  return rotated;
}

/**
 * Writes a change if the record has not changed since it was read (optimistic concurrency on
 * `updatedAt`); a concurrent edit or a duplicate phone/ID gets CONFLICT and nothing is written.
 * A change of binding, role or active status ends the member's sessions in the same write.
 */
export async function writeMember(
  ctx: CallContext,
  repo: MembersRepository,
  member: MemberDoc,
  set: Partial<MemberDoc>,
  unset: string[] = [],
  push?: Record<string, unknown>,
): Promise<MemberDoc> {
  const ending = endsSessions(member, set, unset);
  const update = {
    $set: {
      ...rotatedPersonalData(ctx, member),
      ...set,
      ...(set.name !== undefined ? { nameKey: pinyinSortKey(set.name) } : {}),
      ...(ending ? END_SESSIONS.set : {}),
      updatedAt: Math.max(ctx.now, member.updatedAt + 1),
    },
    ...(unset.length ? { $unset: Object.fromEntries(unset.map((field) => [field, true as const])) } : {}),
    ...(push ? { $push: push } : {}),
    ...(ending ? { $inc: END_SESSIONS.inc } : {}),
  };
  try {
    const matched = await repo.members.updateWhere({ _id: member._id, updatedAt: member.updatedAt }, update);
    if (matched === 0) throw new AppError('CONFLICT');
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw duplicateMessage(error);
    throw error;
  }
  const updated = await loadMember(repo, member._id);
  const [before, after] = [memberFacts(member), memberFacts(updated)];
  if (JSON.stringify(before) !== JSON.stringify(after))
    await publish(ctx, { type: 'member.changed', payload: { memberId: member._id, before, after } });
  return updated;
}

export async function insertMember(ctx: CallContext, repo: MembersRepository, doc: MemberDoc): Promise<void> {
  try {
    await repo.insertMember(doc);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw duplicateMessage(error);
    throw error;
  }
  await publish(ctx, { type: 'member.changed', payload: { memberId: doc._id, before: null, after: memberFacts(doc) } });
}

/** What the per-unit aggregates count a member by (ADR 0015). */
function memberFacts(member: MemberDoc): MemberFacts {
  return {
    unitPath: member.unitPath,
    stage: member.stage,
    stageSince: member.stageSince,
    status: member.status,
    joinedAt: member.joinedAt,
  };
}
