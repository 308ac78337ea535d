import type { z } from 'zod';
import type { Transfer, TransferStartInput } from '../../../types/schemas/transfers';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit, newId } from '../audit/audit';
import { branchOf } from '../members/branch-of';
import { loadMember } from '../members/member-writes';
import { membersRepository } from '../members/members.repository';
import { notify } from '../notices/notify';
import { chinaDay } from '../shared/china-time';
import { myFlow } from './flow.service';
import { moveMember, setMemberStatus } from './member-move';
import { closedSortKey, receiptDueAt } from './receipt-period';
import { notifySecretaries } from './secretaries';
import { transfersRepository } from './transfers.repository';
import type { TransferDoc } from './transfers.types';

/**
 * 组织关系转接: the sending branch starts a transfer; inside the system the receiving branch accepts it
 * (the member moves, with their aggregates) or returns it; outside it the sending branch records the receipt
 * (回执), due three months after the letter. Every step claims the transfer with a conditional write on its
 * status, so two admins acting at once cannot both succeed.
 */
export function toTransfer(doc: TransferDoc, now: number): z.output<typeof Transfer> {
  return {
    transferId: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    fromUnitName: doc.fromUnitName,
    toName: doc.toName,
    outside: doc.outside,
    letterNo: doc.letterNo,
    validUntil: doc.validUntil,
    reason: doc.reason,
    status: doc.status,
    returnReason: doc.returnReason,
    receiptDueAt: doc.receiptDueAt,
    receiptAt: doc.receiptAt,
    overdue: isOverdue(doc, now),
    createdAt: doc.createdAt,
    decidedAt: doc.decidedAt,
  };
}

function isOverdue(doc: TransferDoc, now: number): boolean {
  return doc.outside && doc.status === 'started' && doc.receiptDueAt !== null && doc.receiptDueAt < now;
}

async function receivingUnit(ctx: CallContext, unitId: string, memberPath: string[]) {
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(unitId);
  if (!unit || unit.archived)
    throw new AppError('VALIDATION_FAILED', '接收单位不存在或已撤销，请重新选择。', { to: '请重新选择接收单位' });
  const path = [...unit.path, unit._id];
  if ((await branchOf(repo, path)) === (await branchOf(repo, memberPath)))
    throw new AppError('VALIDATION_FAILED', '接收单位与该党员在同一支部，支部内调整不需要办理转接。', {
      to: '请选择其他支部',
    });
  return { unit, path };
}

export async function startTransfer(ctx: CallContext, input: z.output<typeof TransferStartInput>) {
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, input.memberId);
  if (member.status === 'transferred')
    throw new AppError('CONFLICT', `${member.name}的组织关系已经转出，不能再发起转接。`);
  if (input.validUntil <= ctx.now)
    throw new AppError('VALIDATION_FAILED', '介绍信有效期要晚于今天，请重新选择。', { validUntil: '有效期已过' });
  const fromUnitName = (await repo.unitById(member.unitId))?.name ?? '未知单位';
  const target = 'unitId' in input.to ? await receivingUnit(ctx, input.to.unitId, member.unitPath) : null;
  const outside = target === null;
  const due = outside ? receiptDueAt(ctx.now) : null;
  const doc: TransferDoc = {
    _id: newId('tr'),
    memberId: member._id,
    memberName: member.name,
    fromUnitId: member.unitId,
    fromUnitName,
    fromPath: member.unitPath,
    toUnitId: target?.unit._id ?? null,
    toName: target?.unit.name ?? ('outsideName' in input.to ? input.to.outsideName : ''),
    toPath: target?.path ?? [],
    outside,
    letterNo: input.letterNo,
    validUntil: input.validUntil,
    reason: input.reason,
    status: 'started',
    returnReason: null,
    receiptDueAt: due,
    receiptAt: null,
    openFor: member._id,
    actionDueAt: due ?? input.validUntil,
    createdBy: admin._id,
    createdAt: ctx.now,
    decidedBy: null,
    decidedAt: null,
  };
  try {
    await transfersRepository(ctx.store).transfers.insert(doc);
  } catch (error) {
    if (error instanceof DuplicateKeyError)
      throw new AppError('CONFLICT', `${member.name}已有一项未办结的组织关系转接，请先处理完再发起。`);
    throw error;
  }
  await appendAudit(ctx, {
    action: 'transfer.start',
    summary: `发起${member.name}的组织关系转接：${fromUnitName} → ${doc.toName}（介绍信 ${doc.letterNo}）`,
    targetId: doc._id,
    targetName: member.name,
    unitPath: doc.fromPath,
  });
  await notify(ctx, member, '组织关系转接已发起', `转往${doc.toName}，可在“我的组织关系”查看进度。`, 'notice_reminder');
  if (target)
    await notifySecretaries(
      ctx,
      target.unit._id,
      '有待接收的组织关系转接',
      `${fromUnitName}的${member.name}转入本支部，请及时办理。`,
    );
  return toTransfer(doc, ctx.now);
}

async function loadTransfer(ctx: CallContext, transferId: string) {
  const doc = await transfersRepository(ctx.store).transfers.get(transferId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这项转接，请返回刷新。');
  return doc;
}

/** Closes an open transfer if it is still open; CONFLICT if someone else closed it first. */
async function close(ctx: CallContext, doc: TransferDoc, set: Partial<TransferDoc>): Promise<TransferDoc> {
  const closed = { ...set, decidedBy: requireMember(ctx)._id, decidedAt: ctx.now, actionDueAt: closedSortKey(ctx.now) };
  const changed = await transfersRepository(ctx.store).transfers.updateWhere(
    { _id: doc._id, status: 'started' },
    { $set: closed, $unset: { openFor: true } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '这项转接已经办结或被撤销，请刷新后查看。');
  const { openFor: _open, ...rest } = doc;
  return { ...rest, ...closed };
}

function requireInside(doc: TransferDoc) {
  if (doc.outside) throw new AppError('CONFLICT', '转往系统外的转接由转出支部登记回执，无需接收。');
}

export async function acceptTransfer(ctx: CallContext, transferId: string) {
  const doc = await loadTransfer(ctx, transferId);
  requireInside(doc);
  // Sending and receiving are two organisations' acts: an admin above both does not do both.
  if (doc.createdBy === requireMember(ctx)._id)
    throw new AppError('FORBIDDEN', '这项转接是您发起的，须由接收支部的管理员办理接收。');
  if (doc.status === 'started' && doc.validUntil < ctx.now)
    throw new AppError('CONFLICT', '介绍信已过有效期，请退回并请转出支部重新开具。');
  const unit = await membersRepository(ctx.store).unitById(doc.toUnitId as string);
  if (!unit || unit.archived) throw new AppError('CONFLICT', '接收单位已撤销，请退回这项转接。');
  const accepted = await close(ctx, doc, { status: 'accepted' });
  try {
    await moveMember(ctx, doc.memberId, unit);
  } catch (error) {
    // The member could not be moved: reopen the transfer so it can be accepted again.
    await transfersRepository(ctx.store).transfers.updateWhere(
      { _id: doc._id, status: 'accepted' },
      {
        $set: {
          status: 'started',
          decidedBy: null,
          decidedAt: null,
          actionDueAt: doc.actionDueAt,
          openFor: doc.memberId,
        },
      },
    );
    throw error;
  }
  const { flows } = transfersRepository(ctx.store);
  await flows.updateWhere({ _id: doc.memberId }, { $set: { unitId: unit._id, unitPath: doc.toPath } });
  await appendAudit(ctx, {
    action: 'transfer.accept',
    summary: `接收${doc.memberName}的组织关系：${doc.fromUnitName} → ${doc.toName}`,
    targetId: doc._id,
    targetName: doc.memberName,
    unitPath: doc.toPath,
  });
  const member = await membersRepository(ctx.store).memberById(doc.memberId);
  if (member) await notify(ctx, member, '组织关系已转入', `您已转入${doc.toName}。`, 'notice_reminder');
  return toTransfer(accepted, ctx.now);
}

export async function returnTransfer(ctx: CallContext, transferId: string, reason: string) {
  const doc = await loadTransfer(ctx, transferId);
  requireInside(doc);
  const returned = await close(ctx, doc, { status: 'returned', returnReason: reason });
  await appendAudit(ctx, {
    action: 'transfer.return',
    summary: `退回${doc.memberName}的组织关系转接：${reason}`,
    targetId: doc._id,
    targetName: doc.memberName,
    unitPath: doc.toPath,
  });
  await notifySecretaries(ctx, doc.fromUnitId, '组织关系转接被退回', `${doc.memberName}：${reason}`);
  return toTransfer(returned, ctx.now);
}

export async function cancelTransfer(ctx: CallContext, transferId: string) {
  const doc = await loadTransfer(ctx, transferId);
  const cancelled = await close(ctx, doc, { status: 'cancelled' });
  await appendAudit(ctx, {
    action: 'transfer.cancel',
    summary: `撤销${doc.memberName}转往${doc.toName}的组织关系转接`,
    targetId: doc._id,
    targetName: doc.memberName,
    unitPath: doc.fromPath,
  });
  return toTransfer(cancelled, ctx.now);
}

export async function recordReceipt(ctx: CallContext, transferId: string, receivedAt: number) {
  const doc = await loadTransfer(ctx, transferId);
  if (!doc.outside) throw new AppError('CONFLICT', '系统内的转接由接收支部确认，不需要登记回执。');
  if (receivedAt > ctx.now || receivedAt < doc.createdAt - 86_400_000)
    throw new AppError('VALIDATION_FAILED', '回执日期应在开具介绍信之后、今天之前。', { receivedAt: '请重新选择日期' });
  const received = await close(ctx, doc, { status: 'received', receiptAt: receivedAt });
  await setMemberStatus(ctx, doc.memberId, 'transferred');
  await appendAudit(ctx, {
    action: 'transfer.receipt',
    summary: `登记${doc.memberName}的介绍信回执（${chinaDay(receivedAt)}），组织关系已转出至${doc.toName}`,
    targetId: doc._id,
    targetName: doc.memberName,
    unitPath: doc.fromPath,
  });
  return toTransfer(received, ctx.now);
}

export async function unitTransfers(
  ctx: CallContext,
  input: { unitId: string; direction: 'out' | 'in'; skip: number; limit: number },
) {
  const { transfers } = transfersRepository(ctx.store);
  const filter = input.direction === 'out' ? { fromPath: input.unitId } : { toPath: input.unitId };
  const [items, total, { waiting, overdue }] = await Promise.all([
    transfers.find(filter, {
      sort: [
        ['actionDueAt', 1],
        ['_id', 1],
      ],
      skip: input.skip,
      limit: input.limit,
    }),
    transfers.count(filter),
    needingAction(ctx, input.unitId),
  ]);
  return { items: items.map((doc) => toTransfer(doc, ctx.now)), total, waiting, overdue };
}

/** Transfers into a subtree waiting for its acceptance, and outside ones out of it whose receipt is overdue. */
async function needingAction(ctx: CallContext, unitId: string) {
  const { transfers } = transfersRepository(ctx.store);
  const [waiting, overdue] = await Promise.all([
    transfers.count({ toPath: unitId, status: 'started' }),
    transfers.count({ fromPath: unitId, outside: true, status: 'started', receiptDueAt: { $lt: ctx.now } }),
  ]);
  return { waiting, overdue };
}

/** The console badge: what needs a decision or a chase in the subtree. */
export async function transfersToHandle(ctx: CallContext, unitId: string): Promise<number> {
  const { waiting, overdue } = await needingAction(ctx, unitId);
  return waiting + overdue;
}

export async function myTransfers(ctx: CallContext) {
  const member = requireMember(ctx);
  const items = await transfersRepository(ctx.store).transfers.find(
    { memberId: member._id },
    { sort: [['createdAt', -1]], limit: 20 },
  );
  return { items: items.map((doc) => toTransfer(doc, ctx.now)), flow: await myFlow(ctx, member._id) };
}

/** The daily timer: each outside transfer whose receipt is overdue is announced to its sending secretary once. */
export async function remindOverdueReceipts(ctx: CallContext) {
  const { transfers } = transfersRepository(ctx.store);
  let notified = 0;
  for (;;) {
    const due = await transfers.find(
      { outside: true, status: 'started', receiptDueAt: { $lt: ctx.now }, overdueNotifiedAt: { $exists: false } },
      { sort: [['_id', 1]], limit: 100 },
    );
    for (const doc of due) {
      const claimed = await transfers.updateWhere(
        { _id: doc._id, overdueNotifiedAt: { $exists: false } },
        { $set: { overdueNotifiedAt: ctx.now } },
      );
      if (claimed === 0) continue;
      await notifySecretaries(
        ctx,
        doc.fromUnitId,
        '组织关系介绍信回执已逾期',
        `${doc.memberName}转往${doc.toName}的回执应于${chinaDay(doc.receiptDueAt as number)}前收回，请联系对方党组织。`,
        doc.createdBy,
      );
      notified += 1;
    }
    if (due.length < 100) return { notified };
  }
}
