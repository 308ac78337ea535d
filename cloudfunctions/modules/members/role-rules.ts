import type { Role } from '../../../types/labels';
import { ROLE_RANK } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { membersRepository } from './members.repository';
import type { MemberDoc } from './members.types';

/**
 * What the router cannot know about a role change: the role being granted, and whether the target is the
 * last super admin. (That the caller outranks the target, the router has checked already.)
 */
export function assertMayGrant(admin: MemberDoc, role: Role): void {
  // A super admin appoints another, else the last one could never hand over (nor step down).
  if (role === 'super_admin' && admin.role === 'super_admin') return;
  if (role !== 'member' && ROLE_RANK[role] >= ROLE_RANK[admin.role]) {
    throw new AppError('FORBIDDEN', '只能授予低于您自己的管理员角色；如需任命同级或更高的管理员，请联系上级管理员。');
  }
}

/** Without a super admin nobody could manage the whole organisation, so the last one stays bound and in role. */
export async function assertNotLastSuperAdmin(ctx: CallContext, member: MemberDoc): Promise<void> {
  if (member.role !== 'super_admin') return;
  if ((await membersRepository(ctx.store).members.count({ role: 'super_admin' })) > 1) return;
  throw new AppError('CONFLICT', '这是唯一的超级管理员，不能撤销其角色或解除绑定；请先设立另一位超级管理员。');
}

/**
 * The role ceiling at redemption: an invite binds only if whoever issued it still outranks its member, so a
 * code issued before the ceiling existed, or by an admin since demoted, binds nobody.
 */
export async function assertIssuerOutranks(ctx: CallContext, issuerId: string, member: MemberDoc): Promise<void> {
  if (issuerId === 'system') return;
  const issuer = await membersRepository(ctx.store).memberById(issuerId);
  if (issuer && ROLE_RANK[issuer.role] > ROLE_RANK[member.role]) return;
  throw new AppError('FORBIDDEN', '这个绑定码已失效：生成它的管理员无权管理这位党员。请联系上级管理员重新获取绑定码。');
}
