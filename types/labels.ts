/**
 * Enumerations and their Chinese labels, free of zod so the app can import them at run time
 * without pulling the schema library into the mini-program's main package.
 */
export const ROLES = ['member', 'branch_admin', 'org_admin', 'super_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  member: '党员',
  branch_admin: '支部管理员',
  org_admin: '党委管理员',
  super_admin: '超级管理员',
};

export const UNIT_KINDS = ['committee', 'general_branch', 'branch', 'group'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组',
};

/** 入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员 */
export const STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/** 党籍状态 */
export const MEMBER_STATUSES = ['normal', 'mobile', 'suspended', 'transferred'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  normal: '正常',
  mobile: '流动党员',
  suspended: '停止党籍',
  transferred: '已转出',
};

export const EDUCATION_LEVELS = ['初中及以下', '高中/中专', '大专', '本科', '硕士研究生', '博士研究生'] as const;

/** Personal data fields that are stored encrypted and shown masked. */
export const PERSONAL_FIELDS = ['idCard', 'phone'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export const PERSONAL_FIELD_LABELS: Record<PersonalField, string> = { idCard: '身份证号', phone: '手机号' };

/** Activity types; the first four are 三会一课. */
export const ACTIVITY_TYPES = [
  'branch_congress',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
  'volunteer',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  branch_congress: '支部党员大会',
  committee_meeting: '支委会',
  group_meeting: '党小组会',
  party_lecture: '党课',
  theme_day: '主题党日',
  volunteer: '志愿服务',
  other: '其他活动',
};
export const THREE_MEETINGS: readonly ActivityType[] = [
  'branch_congress',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
];

export const CANCEL_POLICIES = ['never', 'until_deadline', 'any_time'] as const;
export type CancelPolicy = (typeof CANCEL_POLICIES)[number];
export const CANCEL_POLICY_LABELS: Record<CancelPolicy, string> = {
  never: '报名后不可取消',
  until_deadline: '报名截止前可取消',
  any_time: '活动开始前可取消',
};

export const SIGNUP_STATUSES = ['pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected', 'leave'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = {
  pending: '待审核',
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
  rejected: '未通过',
  leave: '已请假',
};
