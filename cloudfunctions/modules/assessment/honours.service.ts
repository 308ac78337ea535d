import type { z } from 'zod';
import { HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS } from '../../../types/assessment-labels';
import type { Honour, HonourAddInput, HonoursInput } from '../../../types/schemas/assessment';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId } from '../audit/audit';
import { confirmIdentity } from '../members/identity-confirmation';
import { membersRepository } from '../members/members.repository';
import { assessmentRepository } from './assessment.repository';
import type { HonourDoc } from './assessment.types';

/**
 * 表彰 and 处分 records in the dossier. A 处分 is written and read only after the admin re-confirms their
 * identity, as for revealing an ID number, and each reading is audited; members read their 表彰 only.
 */
const view = (doc: HonourDoc): z.output<typeof Honour> => ({
  honourId: doc._id,
  kind: doc.kind,
  title: doc.title,
  level: doc.level,
  awardedAt: doc.awardedAt,
  documentNo: doc.documentNo,
});

async function loadMember(ctx: CallContext, memberId: string) {
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，请返回刷新。');
  return member;
}

const NEEDS_CONFIRMATION = '处分记录须先验证身份（指纹、人脸或填写原因）后才能录入或查看。';

export async function addHonour(ctx: CallContext, input: z.output<typeof HonourAddInput>) {
  const admin = requireMember(ctx);
  const member = await loadMember(ctx, input.memberId);
  if (input.awardedAt > ctx.now)
    throw new AppError('VALIDATION_FAILED', '日期不能晚于今天。', { awardedAt: '请选择今天或以前的日期' });
  let how = '';
  if (input.kind === 'discipline') {
    if (!input.confirmation) throw new AppError('FORBIDDEN', NEEDS_CONFIRMATION);
    how = `（${await confirmIdentity(ctx, input.confirmation)}）`;
  }
  const doc: HonourDoc = {
    _id: newId('hn'),
    memberId: member._id,
    unitPath: [...member.unitPath],
    kind: input.kind,
    title: input.title,
    level: input.level,
    awardedAt: input.awardedAt,
    documentNo: input.documentNo,
    createdBy: admin._id,
    createdAt: ctx.now,
  };
  await assessmentRepository(ctx.store).honours.insert(doc);
  await appendAudit(ctx, {
    action: `honour.add.${input.kind}`,
    // The log is read without re-confirming identity, so a 处分's wording stays behind the reveal rule.
    summary:
      input.kind === 'discipline'
        ? `为 ${member.name} 记入一条处分记录${how}，内容须验证身份后在表彰奖惩中查看`
        : `为 ${member.name} 记入${HONOUR_LEVEL_LABELS[input.level]}${HONOUR_KIND_LABELS[input.kind]}「${input.title}」`,
    targetId: doc._id,
    targetName: member.name,
    unitPath: doc.unitPath,
  });
  return view(doc);
}

export async function memberHonours(ctx: CallContext, input: z.output<typeof HonoursInput>) {
  const member = await loadMember(ctx, input.memberId);
  const reveal = input.confirmation !== undefined;
  if (input.confirmation) {
    const how = await confirmIdentity(ctx, input.confirmation);
    await appendAudit(ctx, {
      action: 'honour.reveal',
      summary: `查看了 ${member.name} 的处分记录（${how}）`,
      targetId: member._id,
      targetName: member.name,
      unitPath: member.unitPath,
    });
  }
  const found = await assessmentRepository(ctx.store).honours.find(
    { memberId: member._id, ...(reveal ? {} : { kind: 'commendation' }) },
    { sort: [['awardedAt', -1]], limit: 100 },
  );
  return { items: found.map(view), disciplineShown: reveal };
}

export async function myHonours(ctx: CallContext) {
  const member = requireMember(ctx);
  const found = await assessmentRepository(ctx.store).honours.find(
    { memberId: member._id, kind: 'commendation' },
    { sort: [['awardedAt', -1]], limit: 100 },
  );
  return { items: found.map((doc) => ({ ...view(doc), kind: 'commendation' as const })) };
}
