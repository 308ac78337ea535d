import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { loadMember, writeMember } from '../members/member-writes';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc, UnitDoc } from '../members/members.types';

/**
 * Moves a member to another unit through the member write path, so `member.changed` fires and the per-unit
 * aggregates follow. An admin role belonged to the old unit, so it ends with the move. A concurrent edit of
 * the record (CONFLICT) is retried on a fresh read a few times.
 */
export async function moveMember(ctx: CallContext, memberId: string, unit: UnitDoc): Promise<MemberDoc> {
  const repo = membersRepository(ctx.store);
  for (let attempt = 0; ; attempt += 1) {
    const member = await loadMember(repo, memberId);
    const admin = member.role !== 'member';
    try {
      return await writeMember(
        ctx,
        repo,
        member,
        { unitId: unit._id, unitPath: [...unit.path, unit._id], ...(admin ? { role: 'member' } : {}) },
        admin ? ['adminUnitId'] : [],
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'CONFLICT' || attempt >= 3) throw error;
    }
  }
}

/** Sets a member's status (已转出 on a receipt, 流动党员 on registration) through the same write path. */
export async function setMemberStatus(ctx: CallContext, memberId: string, status: MemberDoc['status']) {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, memberId);
  if (member.status === status) return member;
  return writeMember(ctx, repo, member, { status });
}
