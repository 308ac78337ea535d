/** Labels of the quantified assessment (积分制考核), honours and guidance, shared by the contract and the app. */
export const PERIOD_KINDS = ['year', 'half', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { year: '年度', half: '半年', quarter: '季度' };

/** Where an indicator's raw value comes from: a record the system keeps, or approved manual items. */
export const INDICATOR_SOURCES = [
  'study_minutes',
  'items_completed',
  'plans_completed',
  'exams_passed',
  'meetings_attended',
  'activities_attended',
  'tasks_done',
  'points',
  'volunteer_hours',
  'manual',
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];
export const INDICATOR_SOURCE_LABELS: Record<IndicatorSource, string> = {
  study_minutes: '学习时长',
  items_completed: '完成学习内容',
  plans_completed: '完成学习计划',
  exams_passed: '考试通过',
  meetings_attended: '参加三会一课',
  activities_attended: '参加其他活动',
  tasks_done: '完成任务',
  points: '学习积分',
  volunteer_hours: '志愿服务时长',
  manual: '手工录入',
};
/** The unit of an indicator's raw value, as shown beside it. */
export const INDICATOR_SOURCE_UNITS: Record<IndicatorSource, string> = {
  study_minutes: '分钟',
  items_completed: '篇',
  plans_completed: '个',
  exams_passed: '次',
  meetings_attended: '次',
  activities_attended: '次',
  tasks_done: '项',
  points: '分',
  volunteer_hours: '小时',
  manual: '分',
};

export const ITEM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

/** Grades by the share of the attainable score: 优秀 ≥ 85%, 良好 ≥ 70%, 合格 ≥ 60%, else 待改进. */
export const GRADES = ['excellent', 'good', 'pass', 'weak'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = { excellent: '优秀', good: '良好', pass: '合格', weak: '待改进' };
export const GRADE_FLOORS: Record<Grade, number> = { excellent: 85, good: 70, pass: 60, weak: 0 };

export const HONOUR_KINDS = ['commendation', 'discipline'] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];
export const HONOUR_KIND_LABELS: Record<HonourKind, string> = { commendation: '表彰', discipline: '处分' };
export const HONOUR_LEVELS = ['national', 'provincial', 'city', 'district', 'street', 'branch'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];
export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  district: '区级',
  street: '街道级',
  branch: '支部级',
};

/** The tag a content item carries to appear on its audience's 先锋模范 page. */
export const SHOWCASE_TAG = '先锋模范';
