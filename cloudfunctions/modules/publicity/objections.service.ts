import type { z } from 'zod';
import { MAX_OBJECTIONS_PER_MEMBER } from '../../../types/publicity-labels';
import type { AdminObjection, PublicityObjectInput } from '../../../types/schemas/publicity';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import { maskPhone } from '../../security/personal-data';
import { notifySecretaries } from '../transfers/secretaries';
import { visibleItem } from './board.service';
import { loadItem } from './items.service';
import { objectionId, publicityRepository } from './publicity.repository';
import type { PublicityObjectionDoc } from './publicity.types';

/**
 * Objections (异议) go privately to the item unit's admins: the objector sees their own, the admins see all
 * with names, and no other member learns even that there are any. Each is audited, and the unit's admins are
 * told one arrived.
 */
export async function fileObjection(ctx: CallContext, input: z.output<typeof PublicityObjectInput>) {
  const member = requireMember(ctx);
  const { item, status } = await visibleItem(ctx, input.publicityId);
  if (status !== 'open')
    throw new AppError('CONFLICT', '公示期已经结束，不能再提出异议；如有情况请直接联系该单位党组织。');
  if ((await ctx.platform.contentSafety.checkText(input.text, callerOpenid(ctx))) === 'risky')
    throw new AppError('VALIDATION_FAILED', '内容含有不适宜的词语，请修改后再提交。', { text: '请修改不适宜的词语' });
  const { objections, items } = publicityRepository(ctx.store);
  const filed = await objections.count({ itemId: item._id, memberId: member._id });
  const unit = await membersRepository(ctx.store).unitById(member.unitId);
  const base: Omit<PublicityObjectionDoc, '_id'> = {
    itemId: item._id,
    unitPath: item.unitPath,
    memberId: member._id,
    memberName: member.name,
    memberUnitName: unit?.name ?? '',
    text: input.text,
    phoneSealed: input.phone ? ctx.pii.encrypt(input.phone) : null,
    handled: false,
    note: null,
    handledAt: null,
    handledBy: null,
    createdAt: ctx.now,
  };
  // The numbered ids make the cap hold under concurrent calls: each number can be taken once.
  for (let n = filed + 1; n <= MAX_OBJECTIONS_PER_MEMBER; n += 1) {
    const doc = { _id: objectionId(item._id, member._id, n), ...base };
    try {
      await objections.insert(doc);
    } catch (error) {
      if (error instanceof DuplicateKeyError) continue;
      throw error;
    }
    await items.updateWhere({ _id: item._id }, { $inc: { objectionCount: 1 } });
    await appendAudit(ctx, {
      action: 'publicity.object',
      summary: `对公示「${item.title}」提出了异议`,
      targetId: item._id,
      targetName: item.title,
      unitPath: item.unitPath,
    });
    // The unit's admins hear that there is one, never from whom: they read it on the board.
    await notifySecretaries(
      ctx,
      item.unitId,
      '公示收到新的异议',
      `「${item.title}」收到一条异议，请在公示栏查看并处理。`,
    );
    return { objectionId: doc._id };
  }
  throw new AppError(
    'CONFLICT',
    `对同一条公示每人最多提出 ${MAX_OBJECTIONS_PER_MEMBER} 条异议；如需补充，请直接联系该单位党组织。`,
  );
}

function forAdmin(ctx: CallContext, doc: PublicityObjectionDoc): z.output<typeof AdminObjection> {
  return {
    objectionId: doc._id,
    memberName: doc.memberName,
    memberUnitName: doc.memberUnitName,
    text: doc.text,
    phoneMasked: doc.phoneSealed ? maskPhone(ctx.pii.decrypt(doc.phoneSealed)) : null,
    handled: doc.handled,
    note: doc.note,
    handledAt: doc.handledAt,
    createdAt: doc.createdAt,
  };
}

export async function itemObjections(ctx: CallContext, publicityId: string) {
  const item = await loadItem(ctx, publicityId);
  const { objections, closings } = publicityRepository(ctx.store);
  const [docs, closing] = await Promise.all([
    objections.find({ itemId: item._id }, { sort: [['createdAt', -1]], limit: 100 }),
    closings.get(item._id),
  ]);
  return {
    items: docs.map((doc) => forAdmin(ctx, doc)),
    closing: closing
      ? { closedAt: closing.closedAt, objectionCount: closing.objectionCount, handledCount: closing.handledCount }
      : null,
  };
}

/** Handles once: the conditional update decides between two admins, so the handled count moves once. */
export async function replyObjection(
  ctx: CallContext,
  input: { publicityId: string; objectionId: string; note: string },
) {
  const admin = requireMember(ctx);
  const item = await loadItem(ctx, input.publicityId);
  const { objections, items } = publicityRepository(ctx.store);
  const changed = await objections.updateWhere(
    { _id: input.objectionId, itemId: item._id, handled: false },
    { $set: { handled: true, note: input.note, handledAt: ctx.now, handledBy: admin._id } },
  );
  const doc = await objections.get(input.objectionId);
  if (!doc || doc.itemId !== item._id) throw new AppError('NOT_FOUND', '没有找到这条异议，请返回刷新。');
  if (changed === 0) throw new AppError('CONFLICT', '这条异议已经处理过了，请刷新后查看。');
  await items.updateWhere({ _id: item._id }, { $inc: { handledCount: 1 } });
  await appendAudit(ctx, {
    action: 'publicity.objectionHandled',
    summary: `处理了对公示「${item.title}」的一条异议：${input.note}`,
    targetId: item._id,
    targetName: item.title,
    unitPath: item.unitPath,
  });
  return forAdmin(ctx, doc);
}
