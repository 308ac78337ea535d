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
