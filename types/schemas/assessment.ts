import * as z from 'zod';
import {
  GRADES,
  HONOUR_KINDS,
  HONOUR_LEVELS,
  INDICATOR_SOURCES,
  ITEM_STATUSES,
  PERIOD_KINDS,
} from '../assessment-labels';
import { EpochMs, Id } from './common';
import { Confirmation } from './dossier';

/** The quantified assessment (积分制考核), honours (表彰/奖惩), 先锋模范 stories and guidance notes. */

/** A period: a year `2026`, a half `2026-H1`, or a quarter `2026-Q3` (China time). */
export const PeriodId = z.string().regex(/^\d{4}(-H[12]|-Q[1-4])?$/, '考核周期格式不正确，请重新选择');

export const Indicator = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,23}$/, '指标代号只能用小写字母、数字和下划线')
    .describe('stable key of the indicator within a scheme'),
  label: z.string().trim().min(2, '指标名称至少 2 个字').max(16, '指标名称不超过 16 个字'),
  source: z.enum(INDICATOR_SOURCES, '请选择数据来源'),
  /** Points per unit of the raw value (per minute, per exam, per manual point). */
  weight: z.number().min(0.01, '权重至少 0.01').max(100, '权重不超过 100'),
  /** The most the indicator adds (a deduction: the most it takes away). */
  cap: z.number().int().min(1, '封顶分至少 1 分').max(100, '封顶分不超过 100 分'),
  /**
   * A deduction (扣分项, e.g. 违纪扣分): it only takes points away, at most its cap, and never counts towards the
   * maximum. Only a manual indicator can be one.
   */
  deduction: z.boolean().optional(),
});

export const SchemeSaveInput = z
  .strictObject({
    unitId: Id,
    name: z.string().trim().min(2, '方案名称至少 2 个字').max(30, '方案名称不超过 30 个字'),
    periodKind: z.enum(PERIOD_KINDS, '请选择考核周期'),
    indicators: z.array(Indicator).min(1, '请至少设置一个指标').max(12, '指标不超过 12 个'),
  })
  .refine((v) => new Set(v.indicators.map((i) => i.key)).size === v.indicators.length, {
    message: '指标代号不能重复',
    path: ['indicators'],
  })
  .refine((v) => v.indicators.every((i) => !i.deduction || i.source === 'manual'), {
    message: '只有手工录入的指标可以设为扣分项',
    path: ['indicators'],
  })
  .refine((v) => v.indicators.some((i) => !i.deduction), {
    message: '请至少设置一个加分指标，否则方案没有满分',
    path: ['indicators'],
  });

export const Scheme = z.object({
  schemeId: Id,
  unitId: Id,
  unitName: z.string(),
  name: z.string(),
  periodKind: z.enum(PERIOD_KINDS),
  version: z.number().int(),
  indicators: z.array(Indicator),
  maxTotal: z.number(),
  createdByName: z.string(),
  createdAt: EpochMs,
});
export const SchemesInput = z.strictObject({ unitId: Id });
export const SchemesOutput = z.object({
  /** The scheme in force for the unit: its own latest version, else the nearest unit above's. */
  current: Scheme.nullable(),
  /** The versions saved for this unit, newest first. */
  versions: z.array(Scheme),
  /** The periods of the scheme in force up to now, newest first, and which are closed. */
  periods: z.array(z.object({ periodId: PeriodId, label: z.string(), closed: z.boolean() })),
});

export const ItemAddInput = z.strictObject({
  memberId: Id,
  indicatorKey: z.string().min(1, '请选择指标').max(24),
  points: z
    .number()
    .min(-50, '单次扣分不超过 50 分')
    .max(50, '单次加分不超过 50 分')
    .refine((p) => p !== 0, '分值不能为 0'),
  occurredAt: EpochMs,
  evidence: z.string().trim().min(4, '请写明事由和佐证（至少 4 个字）').max(500, '佐证说明不超过 500 个字'),
});
export const ItemDecideInput = z
  .strictObject({
    itemId: Id,
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(200, '驳回原因不超过 200 个字').default(''),
  })
  .refine((v) => v.decision === 'approve' || v.reason.length >= 2, {
    message: '驳回时请写明原因（至少 2 个字）',
    path: ['reason'],
  });
export const ItemsInput = z.strictObject({ unitId: Id, status: z.enum(ITEM_STATUSES).optional() });
export const AssessmentItem = z.object({
  itemId: Id,
  memberId: Id,
  memberName: z.string(),
  unitName: z.string(),
  indicatorLabel: z.string(),
  points: z.number(),
  occurredAt: EpochMs,
  evidence: z.string(),
  status: z.enum(ITEM_STATUSES),
  enteredByName: z.string(),
  decidedByName: z.string().nullable(),
  rejectReason: z.string().nullable(),
  /** Whether the caller may decide it: an admin of a unit above the entering branch, not the one who entered it. */
  canDecide: z.boolean(),
  /** Whether the caller outranks the member (the role ceiling): entry and decision are offered only then. */
  canManage: z.boolean(),
  createdAt: EpochMs,
});
export const ItemsOutput = z.object({ items: z.array(AssessmentItem) });

export const IndicatorScore = z.object({
  key: z.string(),
  label: z.string(),
  source: z.enum(INDICATOR_SOURCES),
  raw: z.number(),
  points: z.number(),
  cap: z.number(),
  /** A deduction: `points` is 0 or below and `cap` is the most it takes away. */
  deduction: z.boolean().optional(),
});
export const MemberScore = z.object({
  memberId: Id,
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  total: z.number(),
  percent: z.number(),
  grade: z.enum(GRADES),
  indicators: z.array(IndicatorScore),
});

export const PeriodInput = z.strictObject({ unitId: Id, periodId: PeriodId });
export const MemberPeriodInput = z.strictObject({ memberId: Id, periodId: PeriodId });
export const MemberAssessmentOutput = z.object({
  name: z.string(),
  unitName: z.string(),
  periodLabel: z.string(),
  closed: z.boolean(),
  score: MemberScore.pick({ total: true, percent: true, grade: true, indicators: true })
    .extend({ maxTotal: z.number() })
    .nullable(),
});
export const ScoresOutput = z.object({
  periodId: PeriodId,
  periodLabel: z.string(),
  closed: z.boolean(),
  schemeName: z.string(),
  schemeVersion: z.number().int(),
  maxTotal: z.number(),
  distribution: z.array(z.object({ grade: z.enum(GRADES), count: z.number().int() })),
  average: z.number(),
  /** Everyone in the subtree, best first, each with their rank within their own unit. */
  ranking: z.array(MemberScore.omit({ indicators: true }).extend({ rankInUnit: z.number().int() })),
  /** The child units of the chosen unit (or the unit itself when it has none), best average first. */
  units: z.array(z.object({ unitId: Id, unitName: z.string(), members: z.number().int(), average: z.number() })),
});
export const CloseOutput = z.object({ periodId: PeriodId, scored: z.number().int() });

export const MyAssessmentInput = z.strictObject({ periodId: PeriodId.optional() });
export const MyAssessmentOutput = z.object({
  scheme: z.object({ name: z.string(), version: z.number().int() }).nullable(),
  periodId: PeriodId.nullable(),
  periodLabel: z.string(),
  closed: z.boolean(),
  periods: z.array(z.object({ periodId: PeriodId, label: z.string() })),
  score: MemberScore.omit({ memberId: true, name: true, unitId: true }).extend({ maxTotal: z.number() }).nullable(),
});

const HonourFields = {
  kind: z.enum(HONOUR_KINDS, '请选择类别'),
  title: z.string().trim().min(2, '名称至少 2 个字').max(40, '名称不超过 40 个字'),
  level: z.enum(HONOUR_LEVELS, '请选择级别'),
  awardedAt: EpochMs,
  documentNo: z.string().trim().max(40, '文号不超过 40 个字').default(''),
};
export const HonourAddInput = z.strictObject({ memberId: Id, ...HonourFields, confirmation: Confirmation.optional() });
export const HonoursInput = z.strictObject({ memberId: Id, confirmation: Confirmation.optional() });
export const Honour = z.object({
  honourId: Id,
  kind: z.enum(HONOUR_KINDS),
  title: z.string(),
  level: z.enum(HONOUR_LEVELS),
  awardedAt: EpochMs,
  documentNo: z.string(),
});
export const HonoursOutput = z.object({
  items: z.array(Honour),
  /** Whether 处分 records are included: only after the admin re-confirmed their identity. */
  disciplineShown: z.boolean(),
});
/** What members read: commendations only, never a 处分 record. */
export const MyHonoursOutput = z.object({ items: z.array(Honour.extend({ kind: z.literal('commendation') })) });

export const ShowcaseOutput = z.object({
  items: z.array(
    z.object({
      contentId: Id,
      title: z.string(),
      summary: z.string(),
      coverUrl: z.string().nullable(),
      unitName: z.string(),
      publishAt: EpochMs,
    }),
  ),
});

export const GuidanceDraftInput = z.strictObject({ memberId: Id, periodId: PeriodId });
const Suggestion = z.object({ kind: z.enum(['content', 'quiz']), id: Id, title: z.string(), reason: z.string() });
export const GuidanceNote = z.object({
  guidanceId: Id,
  memberId: Id,
  memberName: z.string(),
  periodId: PeriodId,
  periodLabel: z.string(),
  grade: z.enum(GRADES),
  weak: z.array(z.object({ label: z.string(), points: z.number(), cap: z.number() })),
  suggestions: z.array(Suggestion),
  message: z.string(),
  status: z.enum(['draft', 'sent']),
  sentAt: EpochMs.nullable(),
});
export const GuidanceSendInput = z.strictObject({
  guidanceId: Id,
  message: z.string().trim().min(10, '指导意见至少 10 个字').max(800, '指导意见不超过 800 个字'),
});
export const MyGuidanceOutput = z.object({ items: z.array(GuidanceNote.omit({ memberName: true })) });
