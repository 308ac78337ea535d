import { GENDER_LABELS, MEMBER_STATUS_LABELS, ROLES, STAGE_LABELS } from '../../../types/labels';
import { appendAudit } from '../audit/audit';
import { ROLE_RANK } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { chinaDay } from '../shared/china-time';
import { maskedIdCard, maskedPhone } from './member-records';
import { findAll, membersRepository } from './members.repository';
import { writeRosterXlsx } from './roster-file';

/**
 * A unit's roster as XLSX, personal data masked. Like every admin action on a member, it reaches only members
 * of a lower role than the caller: admins of equal or higher rank are left out of the file (the audit entry
 * says how many), so nobody exports the records of their peers or superiors.
 */
export async function exportRoster(ctx: CallContext, unitId: string) {
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  const lowerRoles = ROLES.filter((role) => ROLE_RANK[role] < ROLE_RANK[admin.role]);
  const inSubtree = { unitPath: unitId };
  const [members, total] = await Promise.all([
    findAll((skip) => repo.membersIn({ ...inSubtree, role: { $in: lowerRoles } }, skip, 100)),
    repo.countMembers(inSubtree),
  ]);
  const units = await findAll((skip) => repo.unitsInSubtree(unitId, skip));
  const nameOf = new Map(units.map((u) => [u._id, u.name]));
  const day = (epoch: number | null) => (epoch === null ? '' : chinaDay(epoch));
  const rows = members.map((member) => ({
    姓名: member.name,
    性别: GENDER_LABELS[member.gender],
    民族: member.ethnicity ?? '',
    学历: member.education ?? '',
    身份证号: maskedIdCard(ctx.pii, member) ?? '',
    手机号: maskedPhone(ctx.pii, member) ?? '',
    所在支部: nameOf.get(member.unitId) ?? '',
    党内职务: member.position ?? '',
    发展阶段: STAGE_LABELS[member.stage],
    阶段日期: day(member.stageSince),
    入党日期: day(member.joinedAt),
    党籍状态: MEMBER_STATUS_LABELS[member.status],
  }));
  const file = await writeRosterXlsx(rows);
  const leftOut = total - rows.length;
  await appendAudit(ctx, {
    action: 'roster.export',
    summary: `导出了「${unit.name}」的花名册（${rows.length} 人，敏感信息已脱敏${leftOut ? `；同级或上级管理员 ${leftOut} 人未导出` : ''}）`,
    targetId: unit._id,
    targetName: unit.name,
    unitPath: [...unit.path, unit._id],
  });
  return {
    fileName: `${unit.name}-花名册-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
