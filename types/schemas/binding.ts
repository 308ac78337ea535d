import * as z from 'zod';
import { normalisePhone } from '../identifiers';
import { EpochMs, Id, PersonName } from './common';

export const InviteCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{8}$/, '绑定码是 8 位字母或数字，请核对后重新输入');

export const BindByInviteInput = z.strictObject({ code: InviteCode });

/** The branch is chosen from the list (`unitId`) or given by a branch invite code (`branchCode`). */
export const BindingRequestInput = z
  .strictObject({
    name: PersonName,
    phoneLast4: z
      .string()
      .max(20)
      .overwrite(normalisePhone)
      .regex(/^\d{4}$/, '请填写手机号后 4 位数字'),
    unitId: Id.optional(),
    branchCode: InviteCode.optional(),
  })
  .refine((input) => (input.unitId ? 1 : 0) + (input.branchCode ? 1 : 0) === 1, {
    message: '请选择党支部，或填写支部邀请码',
    path: ['unitId'],
  });

export const BranchInviteInput = z.strictObject({ unitId: Id });

export const BindingStatus = z.object({
  status: z.enum(['bound', 'pending', 'none']),
  memberName: z.string().nullable(),
  /** A fresh session for the bound member (HTTP host only). */
  token: z.string().nullable(),
});
export type BindingStatus = z.infer<typeof BindingStatus>;

/** What the binding page shows: the status, the pending request as submitted, and whether bootstrap is open. */
export const BindingState = BindingStatus.extend({
  request: z
    .object({
      name: z.string(),
      unitName: z.string(),
      /** The last 4 digits of the phone as the requester typed them (nothing more was sent). */
      phoneLast4: z.string(),
      createdAt: EpochMs,
    })
    .nullable(),
  /** No super admin yet: the first person may use the one-time bootstrap code. */
  bootstrapOpen: z.boolean(),
});
export type BindingState = z.infer<typeof BindingState>;

export const BindableUnits = z.object({ units: z.array(z.object({ unitId: Id, name: z.string(), path: z.string() })) });

export const InviteCreateInput = z.strictObject({ memberId: Id });
export const InviteOutput = z.object({ code: z.string(), expiresAt: EpochMs });

export const BindingRequestItem = z.object({
  requestId: Id,
  name: z.string(),
  phoneLast4: z.string(),
  unitId: Id,
  unitName: z.string(),
  createdAt: EpochMs,
  /** The roster record that matches the name and phone, if exactly one does. */
  /**
   * The roster member of that name whose phone ends in `phoneLast4`. No masked phone beside it: its first digits
   * next to the last 4 the request confirms would show 7 of the member's 11 digits.
   */
  candidate: z.object({ memberId: Id, name: z.string() }).nullable(),
});
export const BindingListInput = z.strictObject({ unitId: Id });
export const BindingListOutput = z.object({ items: z.array(BindingRequestItem) });
export const BindingDecideInput = z.strictObject({
  requestId: Id,
  approve: z.boolean(),
  comment: z.string().trim().max(100).optional(),
});

export const UnbindInput = z.strictObject({
  memberId: Id,
  reason: z.string().trim().min(2, '请填写解除绑定的原因').max(100),
});
