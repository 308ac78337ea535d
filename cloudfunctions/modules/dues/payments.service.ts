import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { DUES_PAY_METHOD_LABELS, type DuesPayMethod } from '../../../types/dues-brackets';
import type { DuesRecordPaymentInput } from '../../../types/schemas/dues';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { branchOf } from '../members/branch-of';
import { membersRepository } from '../members/members.repository';
import { notify } from '../notices/notify';
import { chinaDay } from '../shared/china-time';
import { duesRepository, monthDocId, orderPaymentId, receiptPaymentId } from './dues.repository';
import type { DuesMonthDoc, DuesPaymentDoc } from './dues.types';
import { yuanText } from './money-text';

/**
 * Dues payments. The payment document's id is the receipt or order number, so recording or settling one
 * twice (a double tap, two admins, a replayed notice, two hosts at once) counts it once; months are marked
 * paid by a conditional update, so a month is never paid by two payments.
 */
const monthsText = (months: string[]) => months.map((m) => `${Number(m.slice(5, 7))}月`).join('、');

async function openMonths(ctx: CallContext, memberId: string, months: string[]): Promise<DuesMonthDoc[]> {
  const docs = await duesRepository(ctx.store).months.find(
    { _id: { $in: months.map((m) => monthDocId(memberId, m)) } },
    { limit: months.length },
  );
  const missing = months.filter((m) => !docs.some((d) => d.month === m));
  if (missing.length)
    throw new AppError('CONFLICT', `${monthsText(missing)}还没有应缴记录，请先为该党员设定党费基数。`, {
      months: '所选月份没有应缴记录',
    });
  return docs.sort((a, b) => a.month.localeCompare(b.month));
}

/** Marks the months paid by this payment; the ones another payment already took are returned. */
async function markMonthsPaid(ctx: CallContext, payment: DuesPaymentDoc, paidAt: number): Promise<string[]> {
  const { months } = duesRepository(ctx.store);
  const taken: string[] = [];
  for (const month of payment.months) {
    const changed = await months.updateWhere(
      { _id: monthDocId(payment.memberId, month), state: 'due' },
      { $set: { state: 'paid', paidAt, method: payment.method, paymentId: payment._id } },
    );
    if (changed === 0) {
      const doc = await months.get(monthDocId(payment.memberId, month));
      if (doc?.paymentId !== payment._id) taken.push(month);
    }
  }
  return taken;
}

const paymentOutput = (payment: DuesPaymentDoc, alreadyRecorded: boolean) => ({
  paymentId: payment._id,
  memberId: payment.memberId,
  months: payment.months,
  amountFen: payment.amountFen,
  method: payment.method,
  paidAt: payment.paidAt,
  alreadyRecorded,
});

const sameMonths = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** An admin records dues paid in cash or by transfer, against the receipt number. */
export async function recordPayment(ctx: CallContext, input: z.output<typeof DuesRecordPaymentInput>) {
  const member = await membersRepository(ctx.store).memberById(input.memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这名党员，请返回刷新。');
  const { payments, months } = duesRepository(ctx.store);
  const wanted = [...new Set(input.months)].sort();
  const id = receiptPaymentId(await branchOf(membersRepository(ctx.store), member.unitPath), input.receiptNo);

  const existing = await payments.get(id);
  if (existing) return repeatOf(ctx, existing, member._id, wanted);

  const docs = await openMonths(ctx, member._id, wanted);
  const paid = docs.filter((d) => d.state === 'paid');
  if (paid.length) {
    // The same receipt recorded a moment ago by a concurrent call may have paid them: that is a repeat, not a clash.
    const winner = await payments.get(id);
    if (winner) return repeatOf(ctx, winner, member._id, wanted);
    throw new AppError('CONFLICT', `${monthsText(paid.map((d) => d.month))}已经缴过了，请取消勾选后再记录。`, {
      months: '所选月份已缴',
    });
  }
  const payment: DuesPaymentDoc = {
    _id: id,
    memberId: member._id,
    unitPath: [...member.unitPath],
    months: wanted,
    amountFen: docs.reduce((sum, d) => sum + d.dueFen, 0),
    method: input.method,
    state: 'paid',
    reference: input.receiptNo,
    transactionId: null,
    paidAt: ctx.now,
    unappliedMonths: [],
    recordedBy: ctx.caller.kind === 'member' ? ctx.caller.member._id : null,
    createdAt: ctx.now,
  };
  try {
    await payments.insert(payment);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const winner = await payments.get(id);
    if (!winner) throw error;
    return repeatOf(ctx, winner, member._id, wanted);
  }
  const taken = await markMonthsPaid(ctx, payment, ctx.now);
  if (taken.length) {
    // Another receipt took some of these months at the same moment: undo this one whole.
    await months.updateWhere(
      { memberId: member._id, paymentId: payment._id },
      { $set: { state: 'due', paidAt: null, method: null, paymentId: null } },
      { multi: true },
    );
    await payments.removeWhere({ _id: payment._id });
    throw new AppError('CONFLICT', `${monthsText(taken)}刚刚已由另一笔缴费记录，请刷新后再记录。`);
  }
  await appendAudit(ctx, {
    action: 'dues.record',
    summary: `记录了${member.name}${monthsText(wanted)}党费 ${yuanText(payment.amountFen)}（${DUES_PAY_METHOD_LABELS[input.method]}，收据号 ${input.receiptNo}）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return paymentOutput(payment, false);
}

/** The same receipt again: fine when it says the same thing (nothing is counted twice), refused otherwise. */
async function repeatOf(ctx: CallContext, payment: DuesPaymentDoc, memberId: string, months: string[]) {
  if (payment.memberId !== memberId || !sameMonths(payment.months, months))
    throw new AppError('CONFLICT', `收据号 ${payment.reference} 已用于另一笔缴费，请核对收据号。`, {
      receiptNo: '收据号已被使用',
    });
  // Finish what an interrupted first call may have left (its months not yet marked).
  await markMonthsPaid(ctx, payment, payment.paidAt ?? ctx.now);
  return paymentOutput(payment, true);
}

/** A member pays their unpaid months online: an order is opened with the payment platform. */
export async function payOnline(ctx: CallContext, months: string[]) {
  const member = requireMember(ctx);
  const port = ctx.platform.payments;
  if (!port) throw new AppError('CONFLICT', '本系统暂未开通在线缴纳，请向支部现金或转账缴纳党费。');
  const wanted = [...new Set(months)].sort();
  const docs = await openMonths(ctx, member._id, wanted);
  const paid = docs.filter((d) => d.state === 'paid');
  if (paid.length) throw new AppError('CONFLICT', `${monthsText(paid.map((d) => d.month))}已经缴过了，请刷新后再缴。`);
  const orderNo = `DF${chinaDay(ctx.now).replace(/-/g, '')}${randomBytes(9).toString('hex')}`;
  const order: DuesPaymentDoc = {
    _id: orderPaymentId(orderNo),
    memberId: member._id,
    unitPath: [...member.unitPath],
    months: wanted,
    amountFen: docs.reduce((sum, d) => sum + d.dueFen, 0),
    method: 'wxpay',
    state: 'open',
    reference: orderNo,
    transactionId: null,
    paidAt: null,
    unappliedMonths: [],
    recordedBy: null,
    createdAt: ctx.now,
  };
  if (order.amountFen <= 0) throw new AppError('CONFLICT', '所选月份没有需要缴纳的金额。');
  await duesRepository(ctx.store).payments.insert(order);
  const { payment } = await port.createOrder({
    orderNo,
    amountFen: order.amountFen,
    description: `党费-${monthsText(wanted)}`,
    openid: callerOpenid(ctx),
  });
  return { orderNo, amountFen: order.amountFen, payment };
}

/**
 * Settles an order from what the platform says about it (never from the notice itself). Used by the result
 * notice and by the daily reconcile; only the first caller to move the order from open to paid counts it.
 */
export async function settleOrder(ctx: CallContext, orderNo: string, via: 'notice' | 'reconcile') {
  const { payments } = duesRepository(ctx.store);
  const order = await payments.get(orderPaymentId(orderNo));
  if (!order) throw new AppError('NOT_FOUND', '没有这笔党费订单。');
  if (order.state !== 'open' || !ctx.platform.payments)
    return { orderNo, state: order.state, repaired: false, platformState: null };
  const status = await ctx.platform.payments.queryOrder(orderNo);
  const unsettled = { orderNo, state: 'open' as const, repaired: false, platformState: status.state };
  if (status.state !== 'paid') return unsettled;
  if (status.amountFen !== order.amountFen) {
    await appendAudit(ctx, {
      action: 'dues.amountMismatch',
      summary: `党费订单 ${orderNo} 的实付金额 ${yuanText(status.amountFen)} 与应付 ${yuanText(order.amountFen)} 不符，请核对`,
      targetId: order.memberId,
      unitPath: order.unitPath,
    });
    return unsettled;
  }
  const won = await payments.updateWhere(
    { _id: order._id, state: 'open' },
    { $set: { state: 'paid', paidAt: status.paidAt, transactionId: status.transactionId } },
  );
  if (won === 0) return { orderNo, state: 'paid' as const, repaired: false, platformState: status.state };
  const settled = { ...order, state: 'paid' as const, paidAt: status.paidAt };
  const taken = await markMonthsPaid(ctx, settled, status.paidAt);
  if (taken.length) await payments.updateWhere({ _id: order._id }, { $set: { unappliedMonths: taken } });
  const member = await membersRepository(ctx.store).memberById(order.memberId);
  if (via === 'reconcile' || taken.length)
    await appendAudit(ctx, {
      action: via === 'reconcile' ? 'dues.reconciled' : 'dues.unapplied',
      summary:
        (via === 'reconcile'
          ? `对账补记：${member?.name ?? '党员'}的微信缴费 ${yuanText(order.amountFen)}（订单 ${orderNo}）未收到支付通知，已按支付平台记录补记`
          : `${member?.name ?? '党员'}的微信缴费（订单 ${orderNo}）`) +
        (taken.length ? `；${monthsText(taken)}已由其他方式缴纳，请为其办理退款` : ''),
      targetId: order.memberId,
      targetName: member?.name,
      unitPath: order.unitPath,
    });
  if (member)
    await notify(
      ctx,
      member,
      '党费缴纳成功',
      `您${monthsText(order.months)}的党费 ${yuanText(order.amountFen)} 已缴纳，感谢！`,
      'notice_reminder',
    );
  return { orderNo, state: 'paid' as const, repaired: via === 'reconcile', platformState: status.state };
}

const OPEN_ORDER_LIFETIME_MS = 2 * 86_400_000;

/** Daily: every open order is asked about; paid ones whose notice was lost are counted, dead ones closed. */
export async function reconcileOrders(ctx: CallContext) {
  const { payments } = duesRepository(ctx.store);
  let checked = 0;
  let repaired = 0;
  let closed = 0;
  let after = '';
  for (;;) {
    const page = await payments.find(
      { state: 'open', method: 'wxpay' satisfies DuesPayMethod, _id: { $gt: after } },
      { sort: [['_id', 1]], limit: 100 },
    );
    for (const order of page) {
      checked += 1;
      const result = await settleOrder(ctx, order.reference, 'reconcile');
      if (result.repaired) repaired += 1;
      // Not paid: closed by the platform, or left unpaid past the order's lifetime.
      const dead =
        result.platformState === 'closed' ||
        (result.platformState !== null &&
          result.platformState !== 'paid' &&
          ctx.now - order.createdAt > OPEN_ORDER_LIFETIME_MS);
      if (result.state === 'open' && dead)
        closed += await payments.updateWhere({ _id: order._id, state: 'open' }, { $set: { state: 'closed' } });
    }
    if (page.length < 100) break;
    after = page[page.length - 1]!._id;
  }
  return { checked, repaired, closed };
}
