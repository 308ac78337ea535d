import type { z } from 'zod';
import type { CareAddInput } from '../../../types/schemas/transfers';
import { CARE_KIND_LABELS } from '../../../types/transfer-labels';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId } from '../audit/audit';
import { loadMember } from '../members/member-writes';
import { membersRepository } from '../members/members.repository';
import { transfersRepository } from './transfers.repository';
import type { CareRecordDoc } from './transfers.types';

/**
 * Care records (关怀 / 困难党员): visits, help given, difficulties. Only admin routes scoped to the member
 * reach them, so only the admins of the member's branch and above see them; the audit names the kind, never
 * what was written.
 */
const ID_OR_PHONE = /\d{11}|\d{17}[\dXx]/;

const toCare = (doc: CareRecordDoc) => ({
  careId: doc._id,
  kind: doc.kind,
  at: doc.at,
  note: doc.note,
  help: doc.help,
  recordedByName: doc.recordedByName,
  createdAt: doc.createdAt,
});

export async function addCare(ctx: CallContext, input: z.output<typeof CareAddInput>) {
  const admin = requireMember(ctx);
  const member = await loadMember(membersRepository(ctx.store), input.memberId);
  if (input.at > ctx.now) throw new AppError('VALIDATION_FAILED', '关怀日期不能晚于今天。', { at: '请重新选择日期' });
  if (ID_OR_PHONE.test(`${input.note} ${input.help}`))
    throw new AppError('VALIDATION_FAILED', '请不要在关怀记录里写手机号或身份证号。', {
      note: '请删去手机号或身份证号',
    });
  const doc: CareRecordDoc = {
    _id: newId('care'),
    memberId: member._id,
    unitPath: member.unitPath,
    kind: input.kind,
    at: input.at,
    note: input.note,
    help: input.help,
    recordedBy: admin._id,
    recordedByName: admin.name,
    createdAt: ctx.now,
  };
  await transfersRepository(ctx.store).care.insert(doc);
  await appendAudit(ctx, {
    action: 'care.add',
    summary: `为${member.name}记录关怀：${CARE_KIND_LABELS[input.kind]}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return toCare(doc);
}

export async function memberCare(ctx: CallContext, memberId: string, skip: number, limit: number) {
  const member = await loadMember(membersRepository(ctx.store), memberId);
  const { care } = transfersRepository(ctx.store);
  const [docs, total] = await Promise.all([
    care.find({ memberId }, { sort: [['at', -1]], skip, limit }),
    care.count({ memberId }),
  ]);
  return { memberName: member.name, items: docs.map(toCare), total };
}
