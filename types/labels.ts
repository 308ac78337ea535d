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
/** Statuses that end membership rights: such a member keeps only reading (and downloading) their own data. */
export const INACTIVE_MEMBER_STATUSES: readonly MemberStatus[] = ['suspended', 'transferred'];

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

export const CONTENT_KINDS = ['article', 'video', 'audio', 'micro_lesson', 'topic'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  article: '图文',
  video: '视频',
  audio: '音频',
  micro_lesson: '微党课',
  topic: '专题',
};
/** Kinds whose progress is measured on the media's timeline (≥ 90 % watched), not on reading time. */
export const MEDIA_KINDS: readonly ContentKind[] = ['video', 'audio', 'micro_lesson'];

export const CONTENT_CATEGORIES = ['theory', 'constitution', 'history', 'news', 'practice'] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];
export const CONTENT_CATEGORY_LABELS: Record<ContentCategory, string> = {
  theory: '理论学习',
  constitution: '党章党规',
  history: '党史学习',
  news: '时政要闻',
  practice: '业务知识',
};

/** draft → published (visible from `publishAt`, so a future time is 定时发布) → taken_down. */
export const CONTENT_STATUSES = ['draft', 'published', 'taken_down'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  draft: '草稿',
  published: '已发布',
  taken_down: '已下架',
};

export const NOTE_STATUSES = ['pending', 'approved', 'returned'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
export const NOTE_STATUS_LABELS: Record<NoteStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  returned: '已退回',
};

export const POINT_RULES = [
  'read_article',
  'complete_media',
  'plan_complete',
  'note_approved',
  'daily_quiz',
  'activity_checkin',
] as const;
export type PointRule = (typeof POINT_RULES)[number];
export const POINT_RULE_LABELS: Record<PointRule, string> = {
  read_article: '完成图文学习',
  complete_media: '完成音视频学习',
  plan_complete: '完成学习计划',
  note_approved: '学习心得通过审核',
  daily_quiz: '完成每日答题',
  activity_checkin: '参加活动签到',
};
/** The rules a new deployment starts with; org admins change points, daily caps and switch rules off. */
export const DEFAULT_POINT_RULES: Record<PointRule, { points: number; dailyCap: number; enabled: boolean }> = {
  read_article: { points: 1, dailyCap: 6, enabled: true },
  complete_media: { points: 2, dailyCap: 6, enabled: true },
  plan_complete: { points: 5, dailyCap: 10, enabled: true },
  note_approved: { points: 3, dailyCap: 6, enabled: true },
  daily_quiz: { points: 2, dailyCap: 2, enabled: true },
  activity_checkin: { points: 2, dailyCap: 4, enabled: true },
};

export const QUESTION_TYPES = ['single', 'multiple', 'judge', 'blank'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
  blank: '填空题',
};

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: '易', medium: '中', hard: '难' };

export const QUESTION_STATUSES = ['draft', 'active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  draft: '草稿',
  active: '启用',
  retired: '停用',
};

export const QUIZ_KINDS = ['exam', 'competition'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
export const QUIZ_KIND_LABELS: Record<QuizKind, string> = { exam: '专题考试', competition: '知识竞赛' };

export const REVIEW_POLICIES = ['after_submit', 'after_close', 'never'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export const REVIEW_POLICY_LABELS: Record<ReviewPolicy, string> = {
  after_submit: '交卷后显示答案',
  after_close: '考试结束后显示答案',
  never: '不显示答案',
};

/** Multiple choice with some right options and no wrong one: nothing, half the points, or a share. */
export const PARTIAL_CREDITS = ['none', 'half', 'proportional'] as const;
export type PartialCredit = (typeof PARTIAL_CREDITS)[number];
export const PARTIAL_CREDIT_LABELS: Record<PartialCredit, string> = {
  none: '少选不得分',
  half: '少选得一半',
  proportional: '按选对比例得分',
};

export const ATTEMPT_MODES = ['daily', 'exam', 'competition', 'challenge', 'review'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];
export const ATTEMPT_MODE_LABELS: Record<AttemptMode, string> = {
  daily: '每日答题',
  exam: '专题考试',
  competition: '知识竞赛',
  challenge: '挑战答题',
  review: '今日复习',
};

/** 表决 follows the Party constitution: probationary members have no vote; 意见征集 asks every member. */
export const VOTE_KINDS = ['ballot', 'poll', 'election'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
export const VOTE_KIND_LABELS: Record<VoteKind, string> = {
  ballot: '表决（正式党员）',
  poll: '意见征集（全体党员）',
  election: '差额选举（正式党员）',
};

export const VOTE_RESULT_POLICIES = ['after_vote', 'after_close'] as const;
export type VoteResultPolicy = (typeof VOTE_RESULT_POLICIES)[number];
export const VOTE_RESULT_POLICY_LABELS: Record<VoteResultPolicy, string> = {
  after_vote: '投票后即可查看结果',
  after_close: '投票结束后公布结果',
};

export const VOTE_STATES = ['upcoming', 'open', 'closed'] as const;
export type VoteState = (typeof VOTE_STATES)[number];
export const VOTE_STATE_LABELS: Record<VoteState, string> = { upcoming: '未开始', open: '进行中', closed: '已结束' };

/** How long a 大屏 link may live: an evening's meeting by default, three days at most. */
export const WALL_LINK_HOURS = { min: 1, max: 72, default: 12 } as const;
