import type { Access } from '../../types/contract';
import type { Role } from '../../types/labels';
import { membersRepository } from '../modules/members/members.repository';
import type { MemberDoc } from '../modules/members/members.types';
import type { DocStore } from '../store/types';
import { AppError } from './app-error';
import type { Caller } from './context';

const ROLE_RANK: Record<Role, number> = { member: 0, branch_admin: 1, org_admin: 2, super_admin: 3 };

/**
 * An admin manages the subtree rooted at their own unit; a super admin manages everything.
 * `unitId` must name a unit inside that subtree.
 */
async function assertUnitInScope(store: DocStore, admin: MemberDoc, unitId: unknown): Promise<void> {
  if (admin.role === 'super_admin') return;
  if (typeof unitId !== 'string') throw new AppError('OUT_OF_SCOPE');
  const unit = await membersRepository(store).unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  if (unit._id !== admin.unitId && !unit.path.includes(admin.unitId)) throw new AppError('OUT_OF_SCOPE');
}

/** Enforces a route's declared access on the server; throws the code the caller should see. */
export async function authorise(access: Access, caller: Caller, input: unknown, store: DocStore): Promise<void> {
  switch (access.role) {
    case 'public':
      return;
    case 'system':
      if (caller.kind !== 'system') throw new AppError('FORBIDDEN');
      return;
    case 'member':
      if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      return;
    default: {
      if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      if (ROLE_RANK[caller.member.role] < ROLE_RANK[access.role]) throw new AppError('FORBIDDEN');
      if (access.scope === 'unit') {
        await assertUnitInScope(store, caller.member, (input as { unitId?: unknown }).unitId);
      }
    }
  }
}
