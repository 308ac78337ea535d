import * as z from 'zod';
import { ROLE_LABELS, STAGE_LABELS, PERSONAL_FIELD_LABELS, type PersonalField } from '../../../types/labels';
import type {
  Confirmation,
  Dossier,
  MemberCreateInput,
  MemberListInput,
  MemberUpdateInput,
  SetRoleInput,
} from '../../../types/schemas/dossier';
import { appendAudit, newId } from '../audit/audit';
import { adminUnitOf, assertUnitInScope, outranks } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { assertIdentifiersFree } from './identifier-conflicts';
import { confirmIdentity } from './identity-confirmation';
import { memberChanges, protectPersonalData, revealField, toDossier, toListItem } from './member-records';
import { auditIdentifierSearch, parseMemberQuery } from './member-search';
import { insertMember, loadMember, unitNameOf, validIdCard, writeMember } from './member-writes';
import { membersRepository } from './members.repository';
import { ownRecords } from './own-records';
import { assertMayBecomeSuperAdmin, assertMayGrant, assertNotLastSuperAdmin } from './role-rules';
import { tellSuperAdmins } from './super-admins';
import { notify } from '../notices/notify';
import { takeDisclosure } from './personal-data-quota';
import type { MemberDoc } from './members.types';

/** Member records: what admins list, read, create and change, and what members see of themselves. */
async function dossierOf(ctx: CallContext, member: MemberDoc): Promise<Dossier> {
  return toDossier(member, await unitNameOf(membersRepository(ctx.store), member.unitId), ctx.pii);
}

export async function listMembers(ctx: CallContext, input: z.output<typeof MemberListInput>) {
  const repo = membersRepository(ctx.store);
  const filter: Filter = { unitPath: input.unitId };
  if (input.stage) filter.stage = input.stage;
  if (input.status) filter.status = input.status;
  const query = input.query ? parseMemberQuery(ctx, input.query) : undefined;
  if (query) Object.assign(filter, query.filter);
  if (query?.identifier) await takeDisclosure(ctx);
  const [members, total] = await Promise.all([
    repo.membersIn(filter, input.skip, input.limit),
    repo.countMembers(filter),
  ]);
  if (query?.identifier) await auditIdentifierSearch(ctx, input.unitId, query.identifier, total);
  const nameOf = await repo.unitNames(members.map((member) => member.unitId));
  const admin = requireMember(ctx);
  const items = members.map((m) => ({
    ...toListItem(m, nameOf.get(m.unitId) ?? '未知单位', ctx.pii),
    canManage: outranks(admin, m),
  }));
  return { items, total };
}

export async function getMember(ctx: CallContext, memberId: string): Promise<Dossier> {
  return dossierOf(ctx, await loadMember(membersRepository(ctx.store), memberId));
}

export async function createMember(ctx: CallContext, input: z.output<typeof MemberCreateInput>): Promise<Dossier> {
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '这个单位不存在或已撤销，请选择其他单位。');
  const birthDate = input.idCard ? validIdCard(input.idCard, input.birthDate) : input.birthDate;
  const place = { unitPath: [...unit.path, unit._id], action: '新增党员', name: input.name };
  await assertIdentifiersFree(ctx, place, { idCard: input.idCard, phone: input.phone });
  const { set } = protectPersonalData(ctx.pii, { idCard: input.idCard, phone: input.phone });
  const admin = requireMember(ctx);
  const doc: MemberDoc = {
    _id: newId('m'),
    name: input.name,
    gender: input.gender,
    ethnicity: input.ethnicity,
    birthDate,
    education: input.education,
    idCard: null,
    phone: null,
    ...set,
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    role: 'member',
    position: input.position,
    stage: input.stage,
    stageSince: input.stageSince,
    stageHistory: [{ stage: input.stage, at: input.stageSince, recordedBy: admin._id }],
    joinedAt: input.joinedAt,
    status: input.status,
    trainings: [],
    demo: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertMember(ctx, repo, doc);
  await appendAudit(ctx, {
    action: 'member.create',
    summary: `新增党员 ${doc.name}`,
    targetId: doc._id,
    targetName: doc.name,
    unitPath: doc.unitPath,
    changes: memberChanges({}, doc, ctx.pii),
  });
  return dossierOf(ctx, doc);
}

export async function updateMember(ctx: CallContext, input: z.output<typeof MemberUpdateInput>): Promise<Dossier> {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, input.memberId);
  const { idCard, phone, ...plain } = input.changes;
  const set: Partial<MemberDoc> = { ...plain };
  if (idCard) set.birthDate = validIdCard(idCard, input.changes.birthDate ?? member.birthDate);
  const place = { unitPath: member.unitPath, action: '修改党员档案', name: member.name };
  await assertIdentifiersFree(ctx, place, { idCard, phone }, member._id);
  const protectedData = protectPersonalData(ctx.pii, { idCard, phone });
  const updated = await writeMember(ctx, repo, member, { ...set, ...protectedData.set }, protectedData.unset);
  await appendAudit(ctx, {
    action: 'member.update',
    summary: `修改党员档案 ${member.name}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: memberChanges(member, updated, ctx.pii),
  });
  return dossierOf(ctx, updated);
}

export async function changeStage(
  ctx: CallContext,
  memberId: string,
  stage: MemberDoc['stage'],
  at: number,
  /** Why the committee corrects the stage; absent when the development workflow moves it. */
  correction?: string,
): Promise<Dossier> {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, memberId);
  const recordedBy = requireMember(ctx)._id;
  const updated = await writeMember(ctx, repo, member, { stage, stageSince: at }, [], {
    stageHistory: { stage, at, recordedBy },
  });
  await appendAudit(ctx, {
    action: 'member.stage',
    summary: `${member.name} 的发展阶段记为「${STAGE_LABELS[stage]}」${correction ? `（更正：${correction}）` : ''}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: memberChanges(member, updated, ctx.pii),
  });
  return dossierOf(ctx, updated);
}

export async function addTraining(
  ctx: CallContext,
  memberId: string,
  training: { title: string; at: number; hours: number },
) {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, memberId);
  const updated = await writeMember(ctx, repo, member, {}, [], { trainings: training });
  await appendAudit(ctx, {
    action: 'member.training',
    summary: `为 ${member.name} 添加培训记录「${training.title}」（${training.hours} 学时）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return dossierOf(ctx, updated);
}

export async function revealPersonalData(
  ctx: CallContext,
  memberId: string,
  field: PersonalField,
  confirmation: z.output<typeof Confirmation>,
): Promise<{ value: string }> {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, memberId);
  const value = revealField(ctx.pii, member, field);
  if (!value) throw new AppError('NOT_FOUND', `这位党员没有登记${PERSONAL_FIELD_LABELS[field]}。`);
  const how = await confirmIdentity(ctx, confirmation);
  await takeDisclosure(ctx);
  await appendAudit(ctx, {
    action: 'member.reveal',
    summary: `查看了 ${member.name} 的完整${PERSONAL_FIELD_LABELS[field]}（${how}）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return { value };
}

export async function setRole(ctx: CallContext, input: z.output<typeof SetRoleInput>): Promise<Dossier> {
  const repo = membersRepository(ctx.store);
  const admin = requireMember(ctx);
  const member = await loadMember(repo, input.memberId);
  assertMayGrant(admin, input.role);
  if (input.role === 'super_admin') assertMayBecomeSuperAdmin(member);
  else await assertNotLastSuperAdmin(ctx, member);
  const adminUnitId = input.role === 'member' ? undefined : (input.adminUnitId ?? member.unitId);
  if (adminUnitId) await assertUnitInScope(ctx, adminUnitId);
  const how = await confirmIdentity(ctx, input.confirmation);
  const updated = await writeMember(
    ctx,
    repo,
    member,
    adminUnitId ? { role: input.role, adminUnitId } : { role: input.role },
    adminUnitId ? [] : ['adminUnitId'],
  );
  await appendAudit(ctx, {
    action: 'member.role',
    summary: `将 ${member.name} 的角色设为「${ROLE_LABELS[input.role]}」（${how}）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: memberChanges(member, updated, ctx.pii),
  });
  if (input.role === 'super_admin' && member.role !== 'super_admin') {
    await notify(ctx, updated, '您已被任命为超级管理员', `${admin.name} 任命您为超级管理员，可管理全部组织和党员。`);
    await tellSuperAdmins(
      ctx,
      [admin._id, member._id],
      '新任超级管理员',
      `${admin.name} 任命 ${member.name} 为超级管理员。`,
    );
  }
  return dossierOf(ctx, updated);
}

export async function unbindMember(ctx: CallContext, memberId: string, reason: string): Promise<Dossier> {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, memberId);
  if (!member.openid) throw new AppError('CONFLICT', '这位党员还没有绑定微信。');
  await assertNotLastSuperAdmin(ctx, member);
  const updated = await writeMember(ctx, repo, member, {}, ['openid']);
  await appendAudit(ctx, {
    action: 'member.unbind',
    summary: `解除了 ${member.name} 的微信绑定：${reason}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: memberChanges(member, updated, ctx.pii),
  });
  return dossierOf(ctx, updated);
}

export async function ownDossier(ctx: CallContext): Promise<Dossier> {
  return dossierOf(ctx, requireMember(ctx));
}

export async function updateOwnPhone(ctx: CallContext, phone: string): Promise<Dossier> {
  const repo = membersRepository(ctx.store);
  const member = requireMember(ctx);
  const place = { unitPath: member.unitPath, action: '本人修改手机号', name: member.name };
  await assertIdentifiersFree(ctx, place, { phone }, member._id);
  const { set } = protectPersonalData(ctx.pii, { phone });
  const updated = await writeMember(ctx, repo, member, set);
  await appendAudit(ctx, {
    action: 'member.self_update',
    summary: `${member.name} 更新了自己的手机号`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: memberChanges(member, updated, ctx.pii),
  });
  return dossierOf(ctx, updated);
}

/** Everything stored about the member, in full: it is their own data. The export itself is audited. */
export async function exportOwnData(ctx: CallContext): Promise<{ fileName: string; json: string }> {
  const member = requireMember(ctx);
  const [dossier, records] = await Promise.all([dossierOf(ctx, member), ownRecords(ctx, member)]);
  const data = {
    exportedAt: new Date(ctx.now).toISOString(),
    ...dossier,
    birthDate: member.birthDate,
    idCard: revealField(ctx.pii, member, 'idCard'),
    phone: revealField(ctx.pii, member, 'phone'),
    adminOf: member.role === 'member' ? null : adminUnitOf(member),
    ...records,
  };
  delete (data as Partial<typeof data>).idCardMasked;
  delete (data as Partial<typeof data>).phoneMasked;
  await appendAudit(ctx, {
    action: 'member.self_export',
    summary: `${member.name} 下载了本人数据`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return { fileName: `我的党员信息-${member.name}.json`, json: JSON.stringify(data, null, 2) };
}
