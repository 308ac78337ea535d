import * as z from 'zod';
import { MAX_OBJECTIONS_PER_MEMBER, PUBLICITY_KINDS, PUBLICITY_STATUSES } from '../publicity-labels';
import { EpochMs, Id, MainlandPhone, MaskedPhone, PageInput } from './common';

/**
 * 公示栏 (the public board): items a unit must show for a period, with objections filed privately to the
 * unit's admins. The body is HTML from the block editor; the server sanitises it like notices.
 */
const ItemFields = {
  kind: z.enum(PUBLICITY_KINDS),
  title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题不超过 60 个字'),
  body: z.string().trim().min(1, '请填写公示内容').max(100_000, '公示内容太长，请精简'),
  startsAt: EpochMs,
  endsAt: EpochMs,
};
const PERIOD_RULE = { message: '结束时间要晚于开始时间', path: ['endsAt'] };
const periodInOrder = (v: { startsAt: number; endsAt: number }) => v.endsAt > v.startsAt;

export const PublicityCreateInput = z.strictObject({ unitId: Id, ...ItemFields }).refine(periodInOrder, PERIOD_RULE);
export const PublicityUpdateInput = z
  .strictObject({ publicityId: Id, ...ItemFields })
  .refine(periodInOrder, PERIOD_RULE);
export const PublicityIdInput = z.strictObject({ publicityId: Id });
export const PublicityWithdrawInput = z.strictObject({
  publicityId: Id,
  reason: z.string().trim().min(2, '请写明撤回原因').max(200, '撤回原因不超过 200 个字'),
});
export const PublicityListInput = z.strictObject({});
export const AdminPublicityListInput = z.strictObject({ unitId: Id, ...PageInput });
export const PublicityObjectInput = z.strictObject({
  publicityId: Id,
  text: z.string().trim().min(5, '异议内容至少 5 个字').max(500, '异议内容不超过 500 个字'),
  /** A phone the objector leaves so the unit's admins can reach them; optional. */
  phone: z.union([MainlandPhone, z.literal('')]).default(''),
});
export const ObjectionReplyInput = z.strictObject({
  publicityId: Id,
  objectionId: Id,
  note: z.string().trim().min(2, '请填写处理情况').max(300, '处理情况不超过 300 个字'),
});

export const PublicityCard = z.object({
  publicityId: Id,
  kind: z.enum(PUBLICITY_KINDS),
  title: z.string(),
  unitName: z.string(),
  startsAt: EpochMs,
  endsAt: EpochMs,
  status: z.enum(PUBLICITY_STATUSES),
});
export const PublicityListOutput = z.object({ items: z.array(PublicityCard) });

/** My own objection as I see it: whether it was handled, never the admins' note or anyone else's. */
export const MyObjection = z.object({ objectionId: Id, text: z.string(), handled: z.boolean(), createdAt: EpochMs });

export const PublicityDetail = PublicityCard.extend({
  body: z.string(),
  mine: z.array(MyObjection),
  /** Whether the item is for my unit (an admin above it may read it without being among those it is for). */
  inAudience: z.boolean(),
  /** How many more objections I may file now: 0 when closed, at the cap, or not in the audience. */
  objectionsLeft: z.number().int().min(0).max(MAX_OBJECTIONS_PER_MEMBER),
});
export const ObjectOutput = z.object({ objectionId: Id });

export const AdminPublicityCard = PublicityCard.extend({
  objectionCount: z.number().int(),
  pendingCount: z.number().int(),
  withdrawReason: z.string().nullable(),
  /** Posted by another module (发展党员, 民主评议, 党费) rather than written here; such items are not edited here. */
  posted: z.boolean(),
});
export const AdminPublicityListOutput = z.object({ items: z.array(AdminPublicityCard), total: z.number().int() });
export const AdminPublicityDetail = AdminPublicityCard.extend({ unitId: Id, body: z.string() });

export const AdminObjection = z.object({
  objectionId: Id,
  memberName: z.string(),
  memberUnitName: z.string(),
  text: z.string(),
  /**
   * The phone the objector left, masked like every phone a route answers (3 + 2 digits); null when none. The
   * unit's admins call back through the member's record, whose full number is revealed with an audited check.
   */
  phoneMasked: MaskedPhone.nullable(),
  handled: z.boolean(),
  note: z.string().nullable(),
  handledAt: EpochMs.nullable(),
  createdAt: EpochMs,
});
export const Closing = z.object({
  closedAt: EpochMs,
  objectionCount: z.number().int(),
  handledCount: z.number().int(),
});
export const AdminObjectionsOutput = z.object({
  items: z.array(AdminObjection),
  closing: Closing.nullable(),
});
export const PublicityCloseOutput = z.object({ closed: z.number().int() });
export const PublicityRef = z.object({ publicityId: Id });

export type PublicityCard = z.infer<typeof PublicityCard>;
export type PublicityDetail = z.infer<typeof PublicityDetail>;
export type AdminPublicityCard = z.infer<typeof AdminPublicityCard>;
export type AdminPublicityDetail = z.infer<typeof AdminPublicityDetail>;
export type AdminObjection = z.infer<typeof AdminObjection>;
export type AdminObjectionsOutput = z.infer<typeof AdminObjectionsOutput>;
