import type { z } from 'zod';
import type { FlowRegisterInput } from '../../../types/schemas/transfers';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { loadMember } from '../members/member-writes';
import { membersRepository } from '../members/members.repository';
import { setMemberStatus } from './member-move';
import { transfersRepository } from './transfers.repository';
import type { FlowRegistrationDoc } from './transfers.types';

/** 流动党员: where a member working or living away is, and whom to contact there; one registration each. */
async function toRegistration(ctx: CallContext, doc: FlowRegistrationDoc) {
  const unitName = (await membersRepository(ctx.store).unitById(doc.unitId))?.name ?? '未知单位';
  return {
    memberId: doc.memberId,
    memberName: doc.memberName,
    unitName,
    place: doc.place,
    contactUnit: doc.contactUnit,
    since: doc.since,
    until: doc.until,
    registeredAt: doc.registeredAt,
  };
}

export async function registerFlow(ctx: CallContext, input: z.output<typeof FlowRegisterInput>) {
  const admin = requireMember(ctx);
  const member = await loadMember(membersRepository(ctx.store), input.memberId);
  if (member.status === 'transferred' || member.status === 'suspended')
    throw new AppError('CONFLICT', `${member.name}目前不是正常党籍状态，不能登记为流动党员。`);
  if (input.until !== null && input.until <= input.since)
    throw new AppError('VALIDATION_FAILED', '预计返回时间要晚于外出时间。', { until: '请重新选择' });
  const doc: FlowRegistrationDoc = {
    _id: member._id,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    place: input.place,
    contactUnit: input.contactUnit,
    since: input.since,
    until: input.until,
    registeredBy: admin._id,
    registeredAt: ctx.now,
  };
  const { flows } = transfersRepository(ctx.store);
  try {
    await flows.insert(doc);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const { _id, ...fields } = doc;
    await flows.updateWhere({ _id }, { $set: fields });
  }
  await setMemberStatus(ctx, member._id, 'mobile');
  await appendAudit(ctx, {
    action: 'flow.register',
    summary: `登记流动党员${member.name}：${input.place}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return toRegistration(ctx, doc);
}

export async function unitFlows(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { flows } = transfersRepository(ctx.store);
  const [docs, total] = await Promise.all([
    flows.find({ unitPath: unitId }, { sort: [['since', -1]], skip, limit }),
    flows.count({ unitPath: unitId }),
  ]);
  return { items: await Promise.all(docs.map((doc) => toRegistration(ctx, doc))), total };
}
