import type { Role } from '../../types/labels';
import type { MemberDoc } from '../modules/members/members.types';
import { AppError } from './app-error';
import type { CallContext } from './context';

/**
 * Role ranks and admin scope: the rules every module and the router's authoriser share. An admin reaches a
 * unit path that passes the unit they manage, and acts only on members of a strictly lower role.
 */
export const ROLE_RANK: Record<Role, number> = { member: 0, branch_admin: 1, org_admin: 2, super_admin: 3 };

/**
 * The role ceiling: an admin acts only on members of a strictly lower role. Scope alone is decided by the
 * target's home unit, so without this an admin could unbind, re-bind or demote an equal or superior whose
 * membership happens to sit in their subtree.
 */
export function assertOutranks(actor: MemberDoc, target: Pick<MemberDoc, 'role'>): void {
  if (!outranks(actor, target)) {
    throw new AppError('FORBIDDEN', '只能管理角色低于您的党员；涉及同级或上级管理员的操作，请联系更上级的管理员。');
  }
}

/** The ceiling as a fact, for lists that tell the app on which members it may offer actions. */
export function outranks(actor: Pick<MemberDoc, 'role'>, target: Pick<MemberDoc, 'role'>): boolean {
  return ROLE_RANK[actor.role] > ROLE_RANK[target.role];
}

/** The unit an admin manages: the one assigned with the role, else their own. */
export function adminUnitOf(admin: MemberDoc): string {
  return admin.adminUnitId ?? admin.unitId;
}

/** A unit path (root first, ending with the unit itself) is in an admin's scope if it passes their unit. */
export function pathInScope(admin: MemberDoc, unitPath: string[]): boolean {
  return admin.role === 'super_admin' || unitPath.includes(adminUnitOf(admin));
}

/** For services that touch a second unit (a move's new parent): the same check as the router's. */
export async function assertUnitInScope(ctx: CallContext, unitId: string): Promise<string[]> {
  if (ctx.caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
  const unit = await ctx.store.collection<{ _id: string; path: string[] }>('units').get(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  const path = [...unit.path, unit._id];
  if (!pathInScope(ctx.caller.member, path)) throw new AppError('OUT_OF_SCOPE');
  return path;
}
