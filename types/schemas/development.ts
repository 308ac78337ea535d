import * as z from 'zod';
import { DEVELOPMENT_STEP_KEYS, NEXT_STEP_STATES, PIPELINE_STAGES } from '../development-rules';
import { STAGES } from '../labels';
import { EpochMs, Id, PageInput } from './common';

/** The development workflow (发展党员): recorded steps, what is next, what is due, and the intervals. */
export const SpanSchema = z.strictObject({
  count: z.number().int().min(1, '时长至少为 1').max(60, '时长不能超过 60'),
  unit: z.enum(['day', 'month']),
});

export const StepKey = z.enum(DEVELOPMENT_STEP_KEYS);

export const StepDocument = z.strictObject({
  name: z.string().trim().min(1, '请填写材料名称').max(40, '材料名称不能超过 40 个字'),
  /** From admin.developmentUpload for the same person; the server refuses any other file id. */
  fileId: z.string().min(1).max(300).optional(),
});

export const DevelopmentRecordInput = z.strictObject({
  memberId: Id,
  stepKey: StepKey,
  /** The day the step was taken (for a 公示, its first day). */
  date: EpochMs,
  documents: z.array(StepDocument).max(10, '材料最多 10 项').default([]),
  contactIds: z.array(Id).max(2, '最多选择 2 人').default([]),
  note: z.string().trim().max(200, '备注不能超过 200 字').default(''),
  /** 延长预备期 only: the months the probation is extended by (the rules' bounds are checked by the server). */
  extensionMonths: z.number().int('请选择整月数').min(1).max(24).optional(),
});

/** A step's material (入党申请书、支部大会决议…) as a PDF or a photo, stored before the step is recorded. */
export const DevelopmentUploadInput = z.strictObject({
  memberId: Id,
  name: z
    .string()
    .trim()
    .max(80, '文件名不超过 80 个字')
    .regex(/\.(pdf|jpe?g|png)$/i, '只能上传 PDF 文件或 jpg、png 图片'),
  content: z.string().min(1, '文件是空的').max(1_400_000, '文件太大，请压缩到 1 MB 以内'),
});
export const DevelopmentUploadOutput = z.object({ fileId: z.string(), url: z.string().nullable() });

export const RecordedStep = z.object({
  stepKey: StepKey,
  label: z.string(),
  stage: z.enum(STAGES),
  date: EpochMs,
  documents: z.array(z.object({ name: z.string(), fileId: z.string().nullable(), url: z.string().nullable() })),
  contacts: z.array(z.object({ memberId: Id, name: z.string() })),
  contactLabel: z.string().nullable(),
  note: z.string(),
  recordedByName: z.string(),
  recordedAt: EpochMs,
  /** Recorded after its deadline. */
  late: z.boolean(),
  /** A 公示: the day its period ends (the next step may be recorded from then), else null. */
  publicityEndsAt: EpochMs.nullable(),
  /** 延长预备期: the months extended, else null. */
  extensionMonths: z.number().int().nullable(),
});
export type RecordedStep = z.infer<typeof RecordedStep>;

export const NextStep = z.object({
  stepKey: StepKey,
  label: z.string(),
  stage: z.enum(STAGES),
  state: z.enum(NEXT_STEP_STATES),
  /** The first day it may be recorded (null: at once). */
  earliestAt: EpochMs.nullable(),
  /** The last day before it is overdue (null: no deadline). */
  dueAt: EpochMs.nullable(),
  documents: z.array(z.string()),
  contacts: z.object({ label: z.string(), min: z.number().int(), max: z.number().int() }).nullable(),
  /** Taken by the higher Party committee: an org admin or above records it. */
  committee: z.boolean(),
  /** Why the dates are what they are, in words (一年培养期满后，可于 2026年1月5日 起). */
  rule: z.string().nullable(),
});
export type NextStep = z.infer<typeof NextStep>;

export const DevelopmentTimeline = z.object({
  memberId: Id,
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  stage: z.enum(STAGES),
  done: z.array(RecordedStep),
  next: NextStep.nullable(),
  later: z.array(z.object({ stepKey: StepKey, label: z.string(), stage: z.enum(STAGES) })),
  /** Reached the current stage before its steps were recorded here: the earlier steps may be entered afterwards. */
  backfill: z.boolean(),
  /** Decisions the branch may record now instead of the next step (延长预备期, 取消预备党员资格). */
  decisions: z.array(
    z.object({
      stepKey: StepKey,
      label: z.string(),
      documents: z.array(z.string()),
      extension: z.object({ minMonths: z.number().int(), maxMonths: z.number().int() }).nullable(),
      ends: z.boolean(),
    }),
  ),
});
export type DevelopmentTimeline = z.infer<typeof DevelopmentTimeline>;

export const DevelopmentDueInput = z.strictObject({
  unitId: Id,
  /** With a stage: everyone in it with their next step; without: only what is due or overdue. */
  stage: z.enum(PIPELINE_STAGES).optional(),
  ...PageInput,
});

export const DueItem = z.object({
  memberId: Id,
  name: z.string(),
  unitName: z.string(),
  stage: z.enum(STAGES),
  stepKey: StepKey,
  label: z.string(),
  state: z.enum(NEXT_STEP_STATES),
  earliestAt: EpochMs.nullable(),
  dueAt: EpochMs.nullable(),
});
export type DueItem = z.infer<typeof DueItem>;

export const DevelopmentDueOutput = z.object({
  stageCounts: z.array(z.object({ stage: z.enum(PIPELINE_STAGES), count: z.number().int() })),
  overdue: z.number().int(),
  due: z.number().int(),
  items: z.array(DueItem),
  total: z.number().int(),
});
export type DevelopmentDueOutput = z.infer<typeof DevelopmentDueOutput>;

const SpanOut = z.object({ count: z.number().int(), unit: z.enum(['day', 'month']) });

export const RuleInterval = z.object({
  from: StepKey,
  fromLabel: z.string(),
  notBefore: SpanOut.nullable(),
  within: SpanOut.nullable(),
  defaultNotBefore: SpanOut.nullable(),
  defaultWithin: SpanOut.nullable(),
  source: z.string(),
});

export const DevelopmentRulesOutput = z.object({
  steps: z.array(
    z.object({
      stepKey: StepKey,
      label: z.string(),
      stage: z.enum(STAGES),
      movesTo: z.enum(STAGES).nullable(),
      documents: z.array(z.string()),
      contacts: z.object({ label: z.string(), min: z.number().int(), max: z.number().int() }).nullable(),
      committee: z.boolean(),
      publicity: z.boolean(),
      intervals: z.array(RuleInterval),
    }),
  ),
  updatedAt: EpochMs.nullable(),
  updatedByName: z.string().nullable(),
});
export type DevelopmentRulesOutput = z.infer<typeof DevelopmentRulesOutput>;

export const DevelopmentRulesUpdateInput = z.strictObject({
  intervals: z
    .array(
      z.strictObject({
        stepKey: StepKey,
        from: StepKey,
        notBefore: SpanSchema.nullable(),
        within: SpanSchema.nullable(),
      }),
    )
    .min(1, '没有要修改的时限')
    .max(40),
});

export const DevelopmentRemindersOutput = z.object({ reminded: z.number().int(), notified: z.number().int() });
