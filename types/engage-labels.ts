/** Labels of the suggestion box (意见建议) and tasks (任务), shared by the contract and the app (no zod here). */
export const SUGGESTION_CATEGORIES = ['study', 'org_life', 'enterprise', 'service', 'other'] as const;
export type SuggestionCategory = (typeof SUGGESTION_CATEGORIES)[number];
export const SUGGESTION_CATEGORY_LABELS: Record<SuggestionCategory, string> = {
  study: '学习培训',
  org_life: '组织生活',
  enterprise: '企业发展',
  service: '服务群众',
  other: '其他',
};

export const SUGGESTION_STATUSES = ['received', 'in_progress', 'answered'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  received: '已收到',
  in_progress: '处理中',
  answered: '已答复',
};

export const TASK_STATES = ['todo', 'submitted', 'returned', 'accepted'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const TASK_STATE_LABELS: Record<TaskState, string> = {
  todo: '待完成',
  submitted: '已提交',
  returned: '已退回',
  accepted: '已完成',
};
