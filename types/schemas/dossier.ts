import * as z from 'zod';
import { EDUCATION_LEVELS, GENDERS, MEMBER_STATUSES, PERSONAL_FIELDS, ROLES, STAGES } from '../labels';
import {
  CalendarDate,
  EpochMs,
  Id,
  IdCardNumber,
  MainlandPhone,
  MaskedIdCard,
  MaskedPhone,
  PageInput,
  PersonName,
} from './common';

/**
 * The member record (dossier) as people see it: personal data masked, and the birth date as a year only,
 * because the full date beside a masked ID number narrows the number down to a handful of candidates.
 */
export const StageStep = z.object({ stage: z.enum(STAGES), at: EpochMs });
export const Training = z.object({ title: z.string(), at: EpochMs, hours: z.number() });

export const Dossier = z.object({
  memberId: Id,
  name: z.string(),
  gender: z.enum(GENDERS),
  ethnicity: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  education: z.string().nullable(),
  idCardMasked: MaskedIdCard.nullable(),
  phoneMasked: MaskedPhone.nullable(),
  unitId: Id,
  unitName: z.string(),
  position: z.string().nullable(),
  role: z.enum(ROLES),
  adminUnitId: Id.nullable(),
  stage: z.enum(STAGES),
  stageHistory: z.array(StageStep),
  joinedAt: EpochMs.nullable(),
  status: z.enum(MEMBER_STATUSES),
  trainings: z.array(Training),
  bound: z.boolean(),
  updatedAt: EpochMs,
});
export type Dossier = z.infer<typeof Dossier>;

export const MemberListItem = z.object({
  memberId: Id,
  name: z.string(),
  unitName: z.string(),
  phoneMasked: MaskedPhone.nullable(),
  stage: z.enum(STAGES),
  status: z.enum(MEMBER_STATUSES),
  role: z.enum(ROLES),
  position: z.string().nullable(),
  bound: z.boolean(),
  /** Whether the caller outranks this member (the role ceiling), so the app offers actions only then. */
  canManage: z.boolean(),
});
export type MemberListItem = z.infer<typeof MemberListItem>;

export const MemberListInput = z.strictObject({
  unitId: Id,
  /**
   * A name (prefix match), or a full phone or ID number (matched by keyed hash; such a search is audited and
   * counted against the admin's daily allowance of reveals).
   */
  query: z.string().trim().max(30).optional(),
  stage: z.enum(STAGES).optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  ...PageInput,
});
export const MemberListOutput = z.object({ items: z.array(MemberListItem), total: z.number().int() });

/** Fields an admin may set on a member; every one optional on update. */
const DossierFields = {
  name: PersonName,
  gender: z.enum(GENDERS),
  ethnicity: z.string().trim().max(20).nullable(),
  birthDate: CalendarDate.nullable(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  idCard: IdCardNumber.nullable(),
  phone: MainlandPhone.nullable(),
  position: z.string().trim().max(20).nullable(),
  status: z.enum(MEMBER_STATUSES),
  joinedAt: EpochMs.nullable(),
};

export const MemberCreateInput = z.strictObject({
  unitId: Id,
  ...DossierFields,
  stage: z.enum(STAGES),
  stageSince: EpochMs,
});

export const MemberUpdateInput = z.strictObject({
  memberId: Id,
  changes: z
    .strictObject(DossierFields)
    .partial()
    .refine((c) => Object.keys(c).length > 0, '没有要修改的内容'),
});

export const MemberIdInput = z.strictObject({ memberId: Id });

/** A correction of the stage by the Party committee: the workflow (admin.developmentRecord) moves stages otherwise. */
export const StageChangeInput = z.strictObject({
  memberId: Id,
  stage: z.enum(STAGES),
  at: EpochMs,
  reason: z.string().trim().min(2, '请说明更正原因').max(100, '原因不能超过 100 字'),
});

/**
 * Re-confirmation of the admin's identity before revealing personal data or changing roles: WeChat SOTER
 * (fingerprint / face) over a challenge the server issued (`admin.identityChallenge`; SOTER echoes it as
 * `raw` in `resultJSON`, and it is good for one use), otherwise a typed reason, which is audited, limited per
 * day, and refused to an admin whose WeChat has already passed SOTER.
 */
export const Confirmation = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('soter'), resultJSON: z.string().max(4000), signature: z.string().max(2000) }),
  z.strictObject({
    method: z.literal('fallback'),
    reason: z.string().trim().min(2, '请说明无法使用指纹或人脸的原因').max(100),
  }),
]);

export const IdentityChallengeOutput = z.object({ challenge: z.string(), expiresAt: EpochMs });

export const RevealInput = z.strictObject({ memberId: Id, field: z.enum(PERSONAL_FIELDS), confirmation: Confirmation });
export const RevealOutput = z.object({ value: z.string() });

export const SetRoleInput = z.strictObject({
  memberId: Id,
  role: z.enum(ROLES),
  /** The unit the new admin manages; defaults to the member's own unit. */
  adminUnitId: Id.optional(),
  confirmation: Confirmation,
});

/** A super admin leaves the role by their own hand, for a lower admin role or none, while another remains. */
export const StepDownInput = z.strictObject({
  role: z.enum(['org_admin', 'branch_admin', 'member']),
  /** The unit they manage afterwards; defaults to their own unit. */
  adminUnitId: Id.optional(),
  confirmation: Confirmation,
});
export const SuperAdminsOutput = z.object({
  items: z.array(z.object({ memberId: Id, name: z.string(), isSelf: z.boolean() })),
});

export const UpdatePhoneInput = z.strictObject({ phone: MainlandPhone });
export const OwnDataExport = z.object({ fileName: z.string(), json: z.string() });

export const AddTrainingInput = z.strictObject({
  memberId: Id,
  title: z.string().trim().min(2, '请填写培训名称').max(60),
  at: EpochMs,
  hours: z.number().min(0.5, '学时至少 0.5').max(500),
});
