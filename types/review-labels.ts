/** Labels of 民主评议党员 and 支部评星定级, shared by the contract and the app (no zod here). */
export const REVIEW_PHASES = ['self', 'rating', 'grading', 'publicity', 'done'] as const;
export type ReviewPhase = (typeof REVIEW_PHASES)[number];
export const REVIEW_PHASE_LABELS: Record<ReviewPhase, string> = {
  self: '自我评价',
  rating: '民主测评',
  grading: '组织评定',
  publicity: '公示',
  done: '已完成',
};

export const REVIEW_GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];
export const REVIEW_GRADE_LABELS: Record<ReviewGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basic: '基本合格',
  unqualified: '不合格',
};

/** 支部评星定级: one to five stars. */
export const BRANCH_STARS = [1, 2, 3, 4, 5] as const;

/** How long a self-assessment (自我评价) may be, in characters. */
export const SELF_ASSESSMENT_MIN = 20;
export const SELF_ASSESSMENT_MAX = 1500;
