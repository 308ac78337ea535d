import { GENDER_LABELS, MEMBER_STATUS_LABELS, ROLE_LABELS, STAGE_LABELS } from '../../../types/labels';
import type { Dossier, MemberListItem } from '../../../types/schemas/dossier';
import { maskIdCard, maskPhone, type PersonalDataCipher } from '../../security/personal-data';
import type { AuditChange } from '../audit/audit';
import { chinaDay } from '../shared/china-time';
import type { MemberDoc } from './members.types';

/**
 * Turning member documents into what people see, and plain personal data into what is stored.
 * Personal data leaves this module masked, except through `revealField`.
 */
export function protectPersonalData(
  pii: PersonalDataCipher,
  values: { idCard?: string | null; phone?: string | null },
): { set: Partial<MemberDoc>; unset: Array<'idCardHash' | 'phoneHash'> } {
  const set: Partial<MemberDoc> = {};
  const unset: Array<'idCardHash' | 'phoneHash'> = [];
  if (values.idCard !== undefined) {
    set.idCard = values.idCard ? pii.encrypt(values.idCard) : null;
    if (values.idCard) set.idCardHash = pii.hash(values.idCard);
    else unset.push('idCardHash');
  }
  if (values.phone !== undefined) {
    set.phone = values.phone ? pii.encrypt(values.phone) : null;
    if (values.phone) set.phoneHash = pii.hash(values.phone);
    else unset.push('phoneHash');
  }
  return { set, unset };
}

export function revealField(pii: PersonalDataCipher, member: MemberDoc, field: 'idCard' | 'phone'): string | null {
  const stored = member[field];
  return stored ? pii.decrypt(stored) : null;
}

export function maskedPhone(pii: PersonalDataCipher, member: MemberDoc): string | null {
  const phone = revealField(pii, member, 'phone');
  return phone ? maskPhone(phone) : null;
}

export function maskedIdCard(pii: PersonalDataCipher, member: MemberDoc): string | null {
  const idCard = revealField(pii, member, 'idCard');
  return idCard ? maskIdCard(idCard) : null;
}

export function toDossier(member: MemberDoc, unitName: string, pii: PersonalDataCipher): Dossier {
  return {
    memberId: member._id,
    name: member.name,
    gender: member.gender,
    ethnicity: member.ethnicity,
    birthYear: member.birthDate ? Number(member.birthDate.slice(0, 4)) : null,
    education: member.education,
    idCardMasked: maskedIdCard(pii, member),
    phoneMasked: maskedPhone(pii, member),
    unitId: member.unitId,
    unitName,
    position: member.position,
    role: member.role,
    adminUnitId: member.adminUnitId ?? null,
    stage: member.stage,
    stageHistory: member.stageHistory.map(({ stage, at }) => ({ stage, at })),
    joinedAt: member.joinedAt,
    status: member.status,
    trainings: member.trainings,
    bound: Boolean(member.openid),
    updatedAt: member.updatedAt,
  };
}

export function toListItem(
  member: MemberDoc,
  unitName: string,
  pii: PersonalDataCipher,
): Omit<MemberListItem, 'canManage'> {
  return {
    memberId: member._id,
    name: member.name,
    unitName,
    phoneMasked: maskedPhone(pii, member),
    stage: member.stage,
    status: member.status,
    role: member.role,
    position: member.position,
    bound: Boolean(member.openid),
  };
}

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  education: '学历',
  idCard: '身份证号',
  phone: '手机号',
  position: '党内职务',
  status: '党籍状态',
  joinedAt: '入党时间',
  stage: '发展阶段',
  role: '角色',
  unitId: '所在单位',
  openid: '微信绑定',
};

/** A readable, masked value for the audit log. */
function describe(field: string, value: unknown, pii: PersonalDataCipher): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'idCard') return maskIdCard(pii.decrypt(String(value)));
  if (field === 'phone') return maskPhone(pii.decrypt(String(value)));
  if (field === 'openid') return '已绑定';
  if (field === 'gender') return GENDER_LABELS[value as keyof typeof GENDER_LABELS] ?? String(value);
  if (field === 'status') return MEMBER_STATUS_LABELS[value as keyof typeof MEMBER_STATUS_LABELS] ?? String(value);
  if (field === 'stage') return STAGE_LABELS[value as keyof typeof STAGE_LABELS] ?? String(value);
  if (field === 'role') return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value);
  if (field === 'joinedAt') return chinaDay(Number(value));
  return String(value);
}

/** Before/after of the fields that differ, masked, labelled in Chinese. */
export function memberChanges(
  before: Partial<MemberDoc>,
  after: Partial<MemberDoc>,
  pii: PersonalDataCipher,
): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of Object.keys(FIELD_LABELS)) {
    const a = before[field as keyof MemberDoc];
    const b = after[field as keyof MemberDoc];
    const same =
      field === 'idCard' || field === 'phone'
        ? (a ? pii.decrypt(String(a)) : null) === (b ? pii.decrypt(String(b)) : null)
        : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    if (!same)
      changes.push({
        field: FIELD_LABELS[field] as string,
        before: describe(field, a, pii),
        after: describe(field, b, pii),
      });
  }
  return changes;
}
