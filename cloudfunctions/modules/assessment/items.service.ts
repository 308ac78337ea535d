import type { z } from 'zod';
import type { ItemStatus } from '../../../types/assessment-labels';
import type { AssessmentItem, ItemAddInput, ItemDecideInput } from '../../../types/schemas/assessment';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { adminUnitOf, outranks } from '../../kernel/scope';
import { appendAudit, newId } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { assessmentRepository } from './assessment.repository';
import type { ItemDoc } from './assessment.types';
import { schemeInForce } from './schemes.service';

/**
 * Manual items (志愿服务、先锋作用、违纪扣分…): a branch admin enters one with its evidence; an admin of a unit
 * above the entering admin's unit approves or rejects it, never the one who entered it. Only approved items
 * count. Every step is audited.
 */
export function mayDecide(admin: MemberDoc, item: Pick<ItemDoc, 'unitPath' | 'enteredInUnit' | 'enteredBy'>): boolean {
  if (admin._id === item.enteredBy) return false;
  if (admin.role === 'super_admin') return true;
  const entered = item.unitPath.indexOf(item.enteredInUnit);
  const decider = item.unitPath.indexOf(adminUnitOf(admin));
  return decider >= 0 && (entered < 0 || decider < entered);
}

/**
 * Whether the caller outranks each item's member (the role ceiling): only then are entry and decision offered.
 * A member no longer on the roster has no role to compare, so their items stay decidable.
 */
async function manageable(ctx: CallContext, memberIds: string[]): Promise<Set<string>> {
  const caller = requireMember(ctx);
  const ids = [...new Set(memberIds)];
  const { members } = membersRepository(ctx.store);
  const notManaged = new Set<string>();
  for (let i = 0; i < ids.length; i += 100)
    for (const member of await members.find({ _id: { $in: ids.slice(i, i + 100) } }, { limit: 100 }))
      if (!outranks(caller, member)) notManaged.add(member._id);
  return new Set(ids.filter((id) => !notManaged.has(id)));
}

async function itemView(ctx: CallContext, doc: ItemDoc, canManage: boolean): Promise<z.output<typeof AssessmentItem>> {
  const unit = await membersRepository(ctx.store).unitById(doc.unitId);
  return {
    itemId: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    unitName: unit?.name ?? '',
    indicatorLabel: doc.indicatorLabel,
    points: doc.points,
    occurredAt: doc.occurredAt,
    evidence: doc.evidence,
    status: doc.status,
    enteredByName: doc.enteredByName,
    decidedByName: doc.decidedByName,
    rejectReason: doc.rejectReason,
    canDecide: canManage && doc.status === 'pending' && mayDecide(requireMember(ctx), doc),
    canManage,
    createdAt: doc.createdAt,
  };
}

export async function addItem(ctx: CallContext, input: z.output<typeof ItemAddInput>) {
  const admin = requireMember(ctx);
  const member = await membersRepository(ctx.store).memberById(input.memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，请返回刷新。');
  if (input.occurredAt > ctx.now)
    throw new AppError('VALIDATION_FAILED', '发生日期不能晚于今天。', { occurredAt: '请选择今天或以前的日期' });
  const scheme = await schemeInForce(ctx, member.unitPath);
  const indicator = scheme?.indicators.find((i) => i.key === input.indicatorKey && i.source === 'manual');
  if (!indicator)
    throw new AppError('VALIDATION_FAILED', '考核方案里没有这个手工录入指标，请重新选择。', {
      indicatorKey: '请选择方案中的手工录入指标',
    });
  const doc: ItemDoc = {
    _id: newId('ai'),
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: [...member.unitPath],
    indicatorKey: indicator.key,
    indicatorLabel: indicator.label,
    points: input.points,
    occurredAt: input.occurredAt,
    evidence: input.evidence,
    status: 'pending',
    enteredBy: admin._id,
    enteredByName: admin.name,
    enteredInUnit: adminUnitOf(admin),
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    rejectReason: null,
    createdAt: ctx.now,
  };
  await assessmentRepository(ctx.store).items.insert(doc);
  await appendAudit(ctx, {
    action: 'assessment.item.add',
    summary: `为 ${member.name} 录入「${indicator.label}」${input.points > 0 ? '加' : '扣'} ${Math.abs(input.points)} 分，待上级审核`,
    targetId: doc._id,
    targetName: member.name,
    unitPath: doc.unitPath,
  });
  return itemView(ctx, doc, outranks(admin, member));
}

export async function listItems(ctx: CallContext, unitId: string, status?: ItemStatus) {
  const found = await assessmentRepository(ctx.store).items.find(
    { unitPath: unitId, ...(status ? { status } : {}) },
    {
      sort: [
        ['status', 1],
        ['createdAt', -1],
      ],
      limit: 100,
    },
  );
  const managed = await manageable(
    ctx,
    found.map((doc) => doc.memberId),
  );
  return { items: await Promise.all(found.map((doc) => itemView(ctx, doc, managed.has(doc.memberId)))) };
}

/** Decides once: the conditional update settles two admins deciding at the same moment. */
export async function decideItem(ctx: CallContext, input: z.output<typeof ItemDecideInput>) {
  const admin = requireMember(ctx);
  const { items } = assessmentRepository(ctx.store);
  const doc = await items.get(input.itemId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这条加扣分记录，请返回刷新。');
  if (!mayDecide(admin, doc))
    throw new AppError('FORBIDDEN', '加扣分须由录入单位的上级管理员审核，请提交上级党组织审核。');
  if (!(await manageable(ctx, [doc.memberId])).has(doc.memberId))
    throw new AppError('FORBIDDEN', '这位党员是同级或上级管理员，其加扣分请由更上级的管理员审核。');
  const status: ItemStatus = input.decision === 'approve' ? 'approved' : 'rejected';
  const decided = {
    status,
    decidedBy: admin._id,
    decidedByName: admin.name,
    decidedAt: ctx.now,
    rejectReason: status === 'rejected' ? input.reason : null,
  };
  const changed = await items.updateWhere({ _id: doc._id, status: 'pending' }, { $set: decided });
  if (changed === 0) throw new AppError('CONFLICT', '这条记录已经审核过了，请刷新后查看。');
  await appendAudit(ctx, {
    action: `assessment.item.${input.decision}`,
    summary: `${status === 'approved' ? '通过' : '驳回'}了 ${doc.memberName} 的「${doc.indicatorLabel}」${doc.points > 0 ? '加' : '扣'} ${Math.abs(doc.points)} 分${status === 'rejected' ? `（${input.reason}）` : ''}`,
    targetId: doc._id,
    targetName: doc.memberName,
    unitPath: doc.unitPath,
  });
  return itemView(ctx, { ...doc, ...decided }, true);
}
