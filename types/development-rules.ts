/**
 * The standard path of developing a Party member (发展党员), as data: each step in the order the rules set,
 * the stage it belongs to (and the stage it moves the person to), what must be recorded with it, and the
 * intervals to earlier steps. The sources and what is still to be checked are in
 * docs/adr/0016-development-workflow.md. An organisation may correct the intervals (stored per deployment,
 * `admin.developmentRulesUpdate`); the order, documents and contacts are fixed here. No zod: the app reads it too.
 */
import type { Stage } from './labels';

/** The stages before 正式党员: the people in the pipeline. */
export const PIPELINE_STAGES = [
  'applicant',
  'activist',
  'candidate',
  'probationary',
] as const satisfies readonly Stage[];

export const DEVELOPMENT_STEP_KEYS = [
  'application',
  'applicationTalk',
  'activistRecommendation',
  'activistDetermination',
  'contactAssignment',
  'activistReview1',
  'activistReview2',
  'candidateDetermination',
  'introducers',
  'politicalReview',
  'candidateTraining',
  'committeePreReview',
  'admissionPublicity',
  'applicationForm',
  'admissionMeeting',
  'committeeTalk',
  'admissionApproval',
  'oath',
  'conversionApplication',
  'conversionPublicity',
  'conversionMeeting',
  'conversionApproval',
  'probationExtension',
  'probationCancellation',
] as const;
export type DevelopmentStepKey = (typeof DEVELOPMENT_STEP_KEYS)[number];

/** A length of time in calendar days or calendar months (China time). */
export interface Span {
  count: number;
  unit: 'day' | 'month';
}

/**
 * An interval to an earlier step: `notBefore`, the step may not be recorded earlier than that long after
 * `from`; `within`, it is due that long after `from` and overdue past it.
 */
export interface StepInterval {
  from: DevelopmentStepKey;
  notBefore?: Span;
  within?: Span;
  /** Where the interval comes from, for the ADR and the rules page. */
  source: string;
  /** Counts the probation (预备期): a recorded extension (延长预备期) moves it by the months extended. */
  probation?: true;
}

/**
 * A decision the branch may take during the probation instead of the next step on the path (off the path:
 * never the next step, never reminded), once: `extends` lengthens the probation by a number of months in
 * [min, max]; `ends` closes the path (取消预备党员资格).
 */
export interface BranchDecision {
  extends?: { minMonths: number; maxMonths: number };
  ends?: true;
}

export interface DevelopmentStep {
  key: DevelopmentStepKey;
  label: string;
  /** The stage the person is in while the step is taken. */
  stage: Stage;
  /** The stage recording the step moves the person to. */
  movesTo?: Stage;
  /** Documents that must be on file when the step is recorded. */
  documents: string[];
  /** People who must be named with the step (培养联系人, 入党介绍人, 谈话人), all 正式党员. */
  contacts?: { label: string; min: number; max: number };
  /** Steps the higher Party committee takes: recorded by an org admin or above, never by the branch. */
  committee?: true;
  /**
   * A 公示 step: the date recorded is its first day; the period is the `notBefore` of the step after it,
   * which cannot be recorded until the period has ended (objections handled).
   */
  publicity?: true;
  /** Off the path: a decision of the branch (see BranchDecision), taken while the person is in `stage`. */
  decision?: BranchDecision;
  intervals: StepInterval[];
}

const month = (count: number): Span => ({ count, unit: 'month' });
const day = (count: number): Span => ({ count, unit: 'day' });

export const DEVELOPMENT_STEPS: readonly DevelopmentStep[] = [
  {
    key: 'application',
    label: '递交入党申请书',
    stage: 'applicant',
    movesTo: 'applicant',
    documents: ['入党申请书'],
    intervals: [],
  },
  {
    key: 'applicationTalk',
    label: '派人谈话',
    stage: 'applicant',
    documents: ['谈话记录'],
    contacts: { label: '谈话人', min: 1, max: 2 },
    intervals: [{ from: 'application', within: month(1), source: '《细则》第七条' }],
  },
  {
    key: 'activistRecommendation',
    label: '推荐入党积极分子',
    stage: 'applicant',
    documents: ['推荐材料'],
    intervals: [],
  },
  {
    key: 'activistDetermination',
    label: '确定为入党积极分子',
    stage: 'applicant',
    movesTo: 'activist',
    documents: ['支委会会议记录'],
    intervals: [],
  },
  {
    key: 'contactAssignment',
    label: '指定培养联系人',
    stage: 'activist',
    documents: [],
    contacts: { label: '培养联系人', min: 1, max: 2 },
    intervals: [],
  },
  {
    key: 'activistReview1',
    label: '第一次半年考察',
    stage: 'activist',
    documents: ['思想汇报', '考察记录'],
    intervals: [
      { from: 'activistDetermination', notBefore: month(6), within: month(7), source: '《细则》每半年考察一次' },
    ],
  },
  {
    key: 'activistReview2',
    label: '第二次半年考察',
    stage: 'activist',
    documents: ['思想汇报', '考察记录'],
    intervals: [{ from: 'activistReview1', notBefore: month(6), within: month(7), source: '《细则》每半年考察一次' }],
  },
  {
    key: 'candidateDetermination',
    label: '确定为发展对象',
    stage: 'activist',
    movesTo: 'candidate',
    documents: ['支委会会议记录', '培养考察材料'],
    intervals: [{ from: 'activistDetermination', notBefore: month(12), source: '《细则》第十三条：培养教育一年以上' }],
  },
  {
    key: 'introducers',
    label: '确定入党介绍人',
    stage: 'candidate',
    documents: [],
    contacts: { label: '入党介绍人', min: 2, max: 2 },
    intervals: [],
  },
  { key: 'politicalReview', label: '政治审查', stage: 'candidate', documents: ['政治审查报告'], intervals: [] },
  { key: 'candidateTraining', label: '集中培训', stage: 'candidate', documents: ['培训结业证明'], intervals: [] },
  {
    key: 'committeePreReview',
    label: '基层党委预审',
    stage: 'candidate',
    committee: true,
    documents: ['预审意见'],
    intervals: [],
  },
  {
    key: 'admissionPublicity',
    label: '接收预备党员公示',
    stage: 'candidate',
    documents: ['公示材料'],
    publicity: true,
    intervals: [],
  },
  { key: 'applicationForm', label: '填写入党志愿书', stage: 'candidate', documents: ['入党志愿书'], intervals: [] },
  {
    key: 'admissionMeeting',
    label: '支部大会讨论接收',
    stage: 'candidate',
    documents: ['支部大会决议'],
    intervals: [{ from: 'admissionPublicity', notBefore: day(5), source: '公示期满后讨论（公示期可由组织调整）' }],
  },
  {
    key: 'committeeTalk',
    label: '上级党组织派人谈话',
    stage: 'candidate',
    committee: true,
    documents: ['谈话记录'],
    contacts: { label: '谈话人', min: 1, max: 2 },
    intervals: [],
  },
  {
    key: 'admissionApproval',
    label: '上级党委审批',
    stage: 'candidate',
    movesTo: 'probationary',
    committee: true,
    documents: ['审批意见'],
    intervals: [{ from: 'admissionMeeting', within: month(3), source: '《细则》：基层党委在三个月内审批' }],
  },
  { key: 'oath', label: '入党宣誓', stage: 'probationary', documents: [], intervals: [] },
  {
    key: 'conversionApplication',
    label: '提交转正申请',
    stage: 'probationary',
    documents: ['转正申请'],
    intervals: [
      { from: 'admissionMeeting', notBefore: month(11), source: '预备期满前提出（组织可调整）', probation: true },
    ],
  },
  {
    key: 'conversionPublicity',
    label: '转正公示',
    stage: 'probationary',
    documents: ['公示材料'],
    publicity: true,
    intervals: [],
  },
  {
    key: 'conversionMeeting',
    label: '支部大会讨论转正',
    stage: 'probationary',
    documents: ['支部大会决议'],
    intervals: [
      {
        from: 'admissionMeeting',
        notBefore: month(12),
        within: month(13),
        source: '《党章》第七条：预备期一年',
        probation: true,
      },
      { from: 'conversionPublicity', notBefore: day(5), source: '公示期满后讨论（公示期可由组织调整）' },
    ],
  },
  {
    key: 'conversionApproval',
    label: '上级党委审批转正',
    stage: 'probationary',
    movesTo: 'full',
    committee: true,
    documents: ['审批意见'],
    intervals: [{ from: 'conversionMeeting', within: month(3), source: '《细则》：基层党委在三个月内审批' }],
  },
  {
    key: 'probationExtension',
    label: '延长预备期',
    stage: 'probationary',
    documents: ['支部大会决议', '上级党委审批意见'],
    decision: { extends: { minMonths: 6, maxMonths: 12 } },
    intervals: [],
  },
  {
    key: 'probationCancellation',
    label: '取消预备党员资格',
    stage: 'probationary',
    documents: ['支部大会决议', '上级党委审批意见'],
    decision: { ends: true },
    intervals: [],
  },
];

export const DEVELOPMENT_STEP_LABELS = Object.fromEntries(DEVELOPMENT_STEPS.map((s) => [s.key, s.label])) as Record<
  DevelopmentStepKey,
  string
>;

export function developmentStep(key: DevelopmentStepKey): DevelopmentStep {
  return DEVELOPMENT_STEPS.find((step) => step.key === key) as DevelopmentStep;
}

/** How a span reads: 1个月, 5天. */
export function spanText(span: Span): string {
  return span.unit === 'month'
    ? span.count % 12 === 0
      ? `${span.count / 12}年`
      : `${span.count}个月`
    : `${span.count}天`;
}

const CHINA_OFFSET = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight (China time) of the day `at` falls on. */
export function chinaDayStart(at: number): number {
  return Math.floor((at + CHINA_OFFSET) / DAY_MS) * DAY_MS - CHINA_OFFSET;
}

/**
 * The start of the China-time day that lies `span` after the day of `at`. A month later is the same day of
 * the month, or the month's last day when it is shorter (31 January + 1 month = 28/29 February).
 */
export function addSpan(at: number, span: Span): number {
  const start = chinaDayStart(at);
  if (span.unit === 'day') return start + span.count * DAY_MS;
  const local = new Date(start + CHINA_OFFSET);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + span.count;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(local.getUTCDate(), lastDay)) - CHINA_OFFSET;
}

/**
 * Where a person's next step stands: `waiting` (its earliest date is still ahead), `open` (may be recorded,
 * no date presses), `due` (a date rule makes it due now), `overdue` (its deadline has passed).
 */
export const NEXT_STEP_STATES = ['waiting', 'open', 'due', 'overdue'] as const;
export type NextStepState = (typeof NEXT_STEP_STATES)[number];
export const NEXT_STEP_STATE_LABELS: Record<NextStepState, string> = {
  waiting: '未到时间',
  open: '可办理',
  due: '待办理',
  overdue: '已逾期',
};
