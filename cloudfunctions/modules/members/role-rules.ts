import { INACTIVE_MEMBER_STATUSES, MEMBER_STATUS_LABELS, type Role } from '../../../types/labels';
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

/**
 * A super admin the organisation can rely on: bound to a WeChat (so they can sign in) and still a member in
 * good standing. An unbound or transferred-out one cannot act, and nobody outranks them to issue a code.
 */
export const isUsableSuperAdmin = (member: MemberDoc): boolean =>
  member.role === 'super_admin' && Boolean(member.openid) && !INACTIVE_MEMBER_STATUSES.includes(member.status);

/** The super admins who can sign in and act. */
export async function usableSuperAdmins(ctx: Pick<CallContext, 'store'>): Promise<MemberDoc[]> {
  const all = await membersRepository(ctx.store).members.find({ role: 'super_admin' }, { limit: 100 });
  return all.filter(isUsableSuperAdmin);
}

/** Only a bound member in good standing is appointed super admin, or the role could pass to nobody who can act. */
export function assertMayBecomeSuperAdmin(member: MemberDoc): void {
  if (INACTIVE_MEMBER_STATUSES.includes(member.status)) {
    throw new AppError(
      'CONFLICT',
      `${member.name}的党籍状态为“${MEMBER_STATUS_LABELS[member.status]}”，不能任命为超级管理员；请任命一位在册党员。`,
    );
  }
  if (!member.openid) {
    throw new AppError(
      'CONFLICT',
      `${member.name}还没有绑定微信，无法登录，不能任命为超级管理员；请先为其生成绑定码，绑定后再任命。`,
    );
  }
}

/**
 * Without a super admin who can sign in nobody could manage the whole organisation: a super admin leaves the
 * role or their WeChat only while another bound, active one remains.
 */
export async function assertNotLastSuperAdmin(ctx: Pick<CallContext, 'store'>, member: MemberDoc): Promise<void> {
  if (member.role !== 'super_admin') return;
  if ((await usableSuperAdmins(ctx)).some((other) => other._id !== member._id)) return;
  throw new AppError(
    'CONFLICT',
    '这是唯一可用（已绑定微信、党籍正常）的超级管理员，不能撤销其角色或解除绑定；请先任命另一位已绑定微信的党员为超级管理员。',
  );
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
