import * as z from 'zod';
import { DUES_CATEGORIES, DUES_MONTH_PATTERN, DUES_PAY_METHODS } from '../dues-brackets';
import { EpochMs, Id } from './common';

/** Party dues (党费): profiles (category and base), monthly due records, payments and online orders. */
const Month = z.string().regex(DUES_MONTH_PATTERN, '月份格式不正确');
const Fen = z.number().int().nonnegative();

export const DuesProfileSetInput = z.strictObject({
  memberId: Id,
  category: z.enum(DUES_CATEGORIES, '请选择党员类别'),
  /** The base in fen (salaried, retired) or the chosen monthly amount (farmers); ignored for students. */
  amountFen: z.number('请填写金额').int('金额精确到分').min(0, '金额不能为负').max(100_000_000, '金额过大，请核对'),
});
export const DuesProfileOutput = z.object({
  memberId: Id,
  category: z.enum(DUES_CATEGORIES),
  monthlyDueFen: Fen,
  reviewedAt: EpochMs,
});

export const DuesMonthInput = z.strictObject({ unitId: Id, month: Month });
export const DUES_MEMBER_STATES = ['arrears', 'due', 'paid', 'no_profile'] as const;
export const DuesMemberRow = z.object({
  memberId: Id,
  name: z.string(),
  category: z.enum(DUES_CATEGORIES).nullable(),
  /** This month's due; null without a profile or a record for the month. */
  dueFen: Fen.nullable(),
  /** arrears: an earlier month unpaid; due: only this month open; paid; no_profile: no base set yet. */
  state: z.enum(DUES_MEMBER_STATES),
  paidAt: EpochMs.nullable(),
  method: z.enum(DUES_PAY_METHODS).nullable(),
  /** Unpaid months up to and including the month asked for, oldest first, with their dues. */
  unpaid: z.array(z.object({ month: Month, dueFen: Fen })),
  unpaidFen: Fen,
  /** The base was last reviewed before this year (the rules ask for a yearly review). */
  reviewDue: z.boolean(),
  /** Whether the caller outranks this member (the role ceiling): only then may they set the base or record. */
  canManage: z.boolean(),
});
export const DuesMonthOutput = z.object({
  month: Month,
  unitName: z.string(),
  dueFen: Fen,
  paidFen: Fen,
  /** Unpaid in this month and earlier, over the unit's subtree. */
  arrearsFen: Fen,
  paidCount: z.number().int(),
  memberCount: z.number().int(),
  members: z.array(DuesMemberRow),
});

export const DuesRecordPaymentInput = z.strictObject({
  memberId: Id,
  method: z.enum(['cash', 'transfer'], '请选择缴纳方式'),
  receiptNo: z
    .string()
    .trim()
    .min(2, '请填写收据号')
    .max(32, '收据号不超过 32 位')
    .regex(/^[A-Za-z0-9_-]+$/, '收据号只能包含字母、数字、横线'),
  months: z.array(Month).min(1, '请选择缴纳的月份').max(24, '一次最多记 24 个月'),
});
export const DuesPaymentOutput = z.object({
  paymentId: z.string(),
  memberId: Id,
  months: z.array(Month),
  amountFen: Fen,
  method: z.enum(DUES_PAY_METHODS),
  paidAt: EpochMs.nullable(),
  /** True when this receipt or order was already recorded: nothing was counted twice. */
  alreadyRecorded: z.boolean(),
});

export const DuesExportInput = z.strictObject({ unitId: Id, year: z.number().int().min(2000).max(2100) });

export const MyDuesInput = z.strictObject({ year: z.number().int().min(2000).max(2100).optional() });
export const MyDuesMonth = z.object({
  month: Month,
  dueFen: Fen,
  state: z.enum(['due', 'paid']),
  paidAt: EpochMs.nullable(),
  method: z.enum(DUES_PAY_METHODS).nullable(),
});
export const MyDuesOutput = z.object({
  profile: z.object({ category: z.enum(DUES_CATEGORIES), monthlyDueFen: Fen, reviewedAt: EpochMs }).nullable(),
  year: z.number().int(),
  /** The year statement: every recorded month of the year, newest first, with its totals. */
  months: z.array(MyDuesMonth),
  yearDueFen: Fen,
  yearPaidFen: Fen,
  /** Every unpaid month of any year, oldest first. */
  arrears: z.object({ months: z.array(Month), totalFen: Fen }),
  /** Whether this deployment takes dues by WeChat Pay (else members pay at the branch). */
  onlinePay: z.boolean(),
});

export const MyDuesPayInput = z.strictObject({
  months: z.array(Month).min(1, '请选择要缴纳的月份').max(24, '一次最多缴 24 个月'),
});
/** What `wx.requestPayment` takes, as the cloud payment API returns it. */
export const WxPaymentParams = z.object({
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.string(),
  paySign: z.string(),
});
export const MyDuesPayOutput = z.object({
  orderNo: z.string(),
  amountFen: Fen,
  /** Null when no client step is needed (the local payment stand-in confirms at once). */
  payment: WxPaymentParams.nullable(),
});

/** The payment platform's result notice names the order; the service asks the platform for the facts. */
export const DuesPayResultInput = z.strictObject({
  outTradeNo: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const DuesPayResultOutput = z.object({ orderNo: z.string(), state: z.enum(['open', 'paid', 'closed']) });

export const DuesMonthlyOutput = z.object({ month: Month, created: z.number().int(), existing: z.number().int() });
export const DuesReconcileOutput = z.object({
  checked: z.number().int(),
  repaired: z.number().int(),
  closed: z.number().int(),
});
export const DuesRemindersOutput = z.object({ reminded: z.number().int() });

export const DuesPublishInput = z.strictObject({
  unitId: Id,
  month: Month,
  /** How long the summary stays on the board. */
  days: z.number().int().min(1, '至少公示 1 天').max(30, '最多公示 30 天').default(7),
});
export const DuesPublishOutput = z.object({ itemId: z.string() });
