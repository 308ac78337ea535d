import { ID_CARD_NUMBER, MAINLAND_PHONE, normaliseIdCard, normalisePhone } from '../../../types/identifiers';
import { PERSONAL_FIELD_LABELS, type PersonalField } from '../../../types/labels';
import { maskIdCard, maskPhone } from '../../security/personal-data';
import type { CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { membersRepository } from './members.repository';

/**
 * The member list's search box. A name is a prefix filter; a full phone or ID number is matched by its
 * keyed hash, and since a hit confirms the value as surely as a reveal would, such a search costs one unit of
 * the admin's daily disclosure allowance and is audited, found or not.
 */
export type MemberQuery = { filter: Filter; identifier?: { field: PersonalField; value: string } };

export function parseMemberQuery(ctx: CallContext, query: string): MemberQuery {
  const phone = normalisePhone(query);
  if (MAINLAND_PHONE.test(phone)) {
    return { filter: { phoneHash: ctx.pii.hash(phone) }, identifier: { field: 'phone', value: phone } };
  }
  const idCard = normaliseIdCard(query);
  if (ID_CARD_NUMBER.test(idCard)) {
    return { filter: { idCardHash: ctx.pii.hash(idCard) }, identifier: { field: 'idCard', value: idCard } };
  }
  return { filter: { name: { $gte: query, $lt: `${query}\uffff` } } };
}

export async function auditIdentifierSearch(
  ctx: CallContext,
  unitId: string,
  identifier: NonNullable<MemberQuery['identifier']>,
  found: number,
): Promise<void> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  const masked = identifier.field === 'phone' ? maskPhone(identifier.value) : maskIdCard(identifier.value);
  await appendAudit(ctx, {
    action: 'member.search',
    summary: `按${PERSONAL_FIELD_LABELS[identifier.field]}查找党员（${masked}），找到 ${found} 人`,
    targetId: unitId,
    targetName: unit?.name,
    unitPath: unit ? [...unit.path, unit._id] : [unitId],
  });
}
