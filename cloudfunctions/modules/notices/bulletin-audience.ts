import { INACTIVE_MEMBER_STATUSES } from '../../../types/labels';
import type { Filter } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import type { BulletinDoc } from './bulletins.types';

/** Whether a member is among a notice's addressees by its audience rule (the receipts fix who was counted). */
export function inBulletinAudience(bulletin: Pick<BulletinDoc, 'unitId' | 'audience'>, member: MemberDoc): boolean {
  const { audience } = bulletin;
  if (audience.kind === 'members') return audience.memberIds.includes(member._id);
  if (audience.kind === 'units') return audience.unitIds.some((unitId) => member.unitPath.includes(unitId));
  return member.unitPath.includes(bulletin.unitId);
}

/** The active members a notice is addressed to, as a members filter. */
export function addresseeFilter(bulletin: Pick<BulletinDoc, 'unitId' | 'audience'>): Filter {
  const { audience } = bulletin;
  const active = { status: { $nin: [...INACTIVE_MEMBER_STATUSES] } };
  if (audience.kind === 'members') return { ...active, unitPath: bulletin.unitId, _id: { $in: audience.memberIds } };
  if (audience.kind === 'units') return { ...active, unitPath: { $in: audience.unitIds } };
  return { ...active, unitPath: bulletin.unitId };
}
