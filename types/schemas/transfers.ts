import * as z from 'zod';
import { CARE_KINDS, TRANSFER_DIRECTIONS, TRANSFER_STATUSES, VOLUNTEER_SOURCES } from '../transfer-labels';
import { EpochMs, Id, PageInput } from './common';

/** 组织关系转接 (out and in), 流动党员, volunteer hours and care records (关怀). */
const Reason = (what: string) => z.string().trim().min(2, `${what}至少 2 个字`).max(200, `${what}不超过 200 个字`);

export const TransferStartInput = z.strictObject({
  memberId: Id,
  /** A unit inside the system (its branch accepts or returns it), or the name of an organisation outside it. */
  to: z.union([
    z.strictObject({ unitId: Id }),
    z.strictObject({
      outsideName: z.string().trim().min(4, '请写全接收党组织的名称').max(60, '接收党组织名称不超过 60 个字'),
    }),
  ]),
  letterNo: z.string().trim().min(1, '请填写介绍信编号').max(30, '介绍信编号不超过 30 个字'),
  validUntil: EpochMs,
  reason: Reason('转接原因'),
});
export const TransferIdInput = z.strictObject({ transferId: Id });
export const TransferReturnInput = z.strictObject({ transferId: Id, reason: Reason('退回原因') });
export const TransferReceiptInput = z.strictObject({ transferId: Id, receivedAt: EpochMs });
export const TransferListInput = z.strictObject({
  unitId: Id,
  direction: z.enum(TRANSFER_DIRECTIONS),
  ...PageInput,
});

export const Transfer = z.object({
  transferId: Id,
  memberId: Id,
  memberName: z.string(),
  fromUnitName: z.string(),
  /** The receiving unit inside the system, or the outside organisation's name. */
  toName: z.string(),
  outside: z.boolean(),
  letterNo: z.string(),
  validUntil: EpochMs,
  reason: z.string(),
  status: z.enum(TRANSFER_STATUSES),
  returnReason: z.string().nullable(),
  /** Outside transfers: the receipt is due by this time (3 months after the letter). */
  receiptDueAt: EpochMs.nullable(),
  receiptAt: EpochMs.nullable(),
  overdue: z.boolean(),
  createdAt: EpochMs,
  decidedAt: EpochMs.nullable(),
});
export const TransferListOutput = z.object({
  items: z.array(Transfer),
  total: z.number().int(),
  /** Inside transfers waiting for this subtree's acceptance, and outside ones whose receipt is overdue. */
  waiting: z.number().int(),
  overdue: z.number().int(),
});
export const TransferOverdueOutput = z.object({ notified: z.number().int() });

export const FlowRegisterInput = z.strictObject({
  memberId: Id,
  place: z.string().trim().min(2, '请写明流动去向（地区或单位）').max(60, '流动去向不超过 60 个字'),
  contactUnit: z.string().trim().max(60, '联系党组织不超过 60 个字').default(''),
  since: EpochMs,
  until: EpochMs.nullable().default(null),
});
export const FlowListInput = z.strictObject({ unitId: Id, ...PageInput });
/** 结束流动: the member is back (or the registration no longer applies), on the day picked, with the reason. */
export const FlowEndInput = z.strictObject({
  memberId: Id,
  endedOn: EpochMs,
  reason: Reason('结束原因'),
});
/** How a registration ended: the day, the reason and who recorded it. */
export const FlowEnding = z.object({ on: EpochMs, reason: z.string(), byName: z.string() });
/** An earlier registration of the same member, kept when they are registered again. */
export const PastFlow = z.object({ place: z.string(), since: EpochMs, ended: FlowEnding });
export const FlowRegistration = z.object({
  memberId: Id,
  memberName: z.string(),
  unitName: z.string(),
  place: z.string(),
  contactUnit: z.string(),
  since: EpochMs,
  until: EpochMs.nullable(),
  registeredAt: EpochMs,
  /** Null while the member is away. */
  ended: FlowEnding.nullable(),
  past: z.array(PastFlow),
});
export const FlowEndOutput = FlowRegistration.extend({
  /** True when the registration had already ended: nothing was changed or logged again. */
  alreadyEnded: z.boolean(),
});
export const MyTransfersOutput = z.object({
  items: z.array(Transfer),
  /** My 流动党员 registration, current or ended; null if I was never registered. */
  flow: FlowRegistration.nullable(),
});
export const FlowListOutput = z.object({ items: z.array(FlowRegistration), total: z.number().int() });

export const VolunteerConfirmInput = z.strictObject({
  activityId: Id,
  memberIds: z.array(Id).min(1, '请选择要确认时长的党员').max(200, '一次最多确认 200 人'),
  /** Empty: each member's own check-in to check-out (none without a check-out). At most the activity plus an hour. */
  minutes: z.number().int().min(10, '时长至少 10 分钟').max(1440, '一天最多 24 小时').optional(),
  /** Required when `minutes` differs from a member's own check-in/check-out figure: kept and audited. */
  reason: z.string().trim().max(100, '原因不能超过 100 字').default(''),
});
export const VolunteerConfirmOutput = z.object({ confirmed: z.number().int(), skipped: z.number().int() });
export const VolunteerRecord = z.object({
  activityId: Id,
  title: z.string(),
  startAt: EpochMs,
  minutes: z.number().int(),
  source: z.enum(VOLUNTEER_SOURCES),
});
export const MyVolunteerOutput = z.object({
  items: z.array(VolunteerRecord),
  totalMinutes: z.number().int(),
  /** This calendar year (China time). */
  yearMinutes: z.number().int(),
});
export const MemberRecordsInput = z.strictObject({ memberId: Id, ...PageInput });

export const CareAddInput = z.strictObject({
  memberId: Id,
  kind: z.enum(CARE_KINDS, '请选择关怀类别'),
  at: EpochMs,
  /** What was found or done; never ID numbers or phone numbers. */
  note: z.string().trim().min(2, '请写明情况（至少 2 个字）').max(500, '情况说明不超过 500 个字'),
  help: z.string().trim().max(200, '帮扶内容不超过 200 个字').default(''),
});
export const CareRecord = z.object({
  careId: Id,
  kind: z.enum(CARE_KINDS),
  at: EpochMs,
  note: z.string(),
  help: z.string(),
  recordedByName: z.string(),
  createdAt: EpochMs,
});
export const CareListOutput = z.object({
  memberName: z.string(),
  items: z.array(CareRecord),
  total: z.number().int(),
});
