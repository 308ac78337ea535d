import type { z } from 'zod';
import { DUES_CATEGORY_LABELS, DUES_RULES, monthlyDueFen } from '../../../types/dues-brackets';
import type { DuesProfileSetInput } from '../../../types/schemas/dues';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { upsert } from '../shared/upsert';
import { duesRepository, monthDocId, monthOf } from './dues.repository';
import type { DuesMonthDoc, DuesProfileDoc } from './dues.types';
import { yuanText } from './money-text';

/**
 * A member's dues profile: the category and base set (and reviewed yearly) by their branch. The base is
 * income, so it is sealed at rest and never returned; only the monthly due it gives is kept in plain.
 */
export async function setDuesProfile(ctx: CallContext, input: z.output<typeof DuesProfileSetInput>) {
  const member = await membersRepository(ctx.store).memberById(input.memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这名党员，请返回刷新。');
  const rule = DUES_RULES[input.category];
  if (rule.kind === 'brackets' && input.amountFen <= 0)
    throw new AppError('VALIDATION_FAILED', '请填写大于 0 的计算基数。', { amountFen: '请填写计算基数' });
  if (rule.kind === 'chosen' && (input.amountFen < rule.minFen || input.amountFen > rule.maxFen))
    throw new AppError(
      'VALIDATION_FAILED',
      `每月金额应在 ${yuanText(rule.minFen)} 到 ${yuanText(rule.maxFen)} 之间。`,
      {
        amountFen: `${yuanText(rule.minFen)}～${yuanText(rule.maxFen)}`,
      },
    );
  const due = monthlyDueFen(input.category, input.amountFen);
  const { profiles } = duesRepository(ctx.store);
  const before = await profiles.get(member._id);
  const actorId = ctx.caller.kind === 'member' ? ctx.caller.member._id : null;
  const fields = {
    memberName: member.name,
    unitId: member.unitId,
    unitPath: [...member.unitPath],
    category: input.category,
    baseSealed: rule.kind === 'brackets' ? ctx.pii.encrypt(String(input.amountFen)) : null,
    monthlyDueFen: due,
    reviewedAt: ctx.now,
    reviewedBy: actorId,
  };
  await upsert<DuesProfileDoc>(profiles, { _id: member._id, memberId: member._id, ...fields }, { $set: fields });
  await ensureMonthRecord(ctx, { ...fields, memberId: member._id }, monthOf(ctx.now), true);
  await appendAudit(ctx, {
    action: 'dues.profile',
    summary: `设定了${member.name}的党费：${DUES_CATEGORY_LABELS[input.category]}，每月应缴 ${yuanText(due)}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: [
      {
        field: '每月应缴',
        before: before ? yuanText(before.monthlyDueFen) : null,
        after: yuanText(due),
      },
    ],
  });
  return { memberId: member._id, category: input.category, monthlyDueFen: due, reviewedAt: ctx.now };
}

/**
 * Creates a member's record for a month once (its id is deterministic). With `refreshDue`, an existing
 * unpaid record takes the profile's current due (the base was just set or reviewed).
 */
export async function ensureMonthRecord(
  ctx: CallContext,
  profile: Pick<DuesProfileDoc, 'memberId' | 'memberName' | 'unitId' | 'unitPath' | 'monthlyDueFen'>,
  month: string,
  refreshDue = false,
): Promise<'created' | 'existing'> {
  const { months } = duesRepository(ctx.store);
  const doc: DuesMonthDoc = {
    _id: monthDocId(profile.memberId, month),
    memberId: profile.memberId,
    memberName: profile.memberName,
    unitId: profile.unitId,
    unitPath: [...profile.unitPath],
    month,
    dueFen: profile.monthlyDueFen,
    state: 'due',
    paidAt: null,
    method: null,
    paymentId: null,
    createdAt: ctx.now,
  };
  try {
    await months.insert(doc);
    return 'created';
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    if (refreshDue)
      await months.updateWhere(
        { _id: doc._id, state: 'due' },
        { $set: { dueFen: doc.dueFen, unitId: doc.unitId, unitPath: doc.unitPath } },
      );
    return 'existing';
  }
}

/** The members a dues list covers: Party members (full and probationary) still on the unit's roll. */
export const DUES_PAYING = { stage: { $in: ['full', 'probationary'] }, status: { $in: ['normal', 'mobile'] } };

export const isDuesPaying = (member: Pick<MemberDoc, 'stage' | 'status'>) =>
  (member.stage === 'full' || member.stage === 'probationary') &&
  (member.status === 'normal' || member.status === 'mobile');
