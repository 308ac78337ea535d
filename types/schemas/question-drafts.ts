/** Question drafts (AI 出题): questions drafted from a content item, waiting for an admin's review. */
import * as z from 'zod';
import { DIFFICULTIES, QUESTION_TYPES } from '../labels';
import { EpochMs, Id, PageInput } from './common';

export const QUESTION_DRAFT_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type QuestionDraftStatus = (typeof QUESTION_DRAFT_STATUSES)[number];
/** Who drafted: the key-sentence rules (no model configured) or the configured model. */
export const DRAFT_ORIGINS = ['rules', 'model'] as const;
export type DraftOrigin = (typeof DRAFT_ORIGINS)[number];

const Tag = z.string().trim().min(1).max(12);

export const DraftsGenerateInput = z.strictObject({
  /** The bank the drafts are for: accepted ones join this unit's bank. */
  unitId: Id,
  contentId: Id,
  count: z.number().int().min(1, '至少生成 1 道').max(10, '一次最多生成 10 道').default(6),
});

export const DraftListInput = z.strictObject({
  unitId: Id,
  contentId: Id.optional(),
  status: z.enum(QUESTION_DRAFT_STATUSES).optional(),
  ...PageInput,
});

export const DraftIdInput = z.strictObject({ draftId: Id });

/**
 * An admin's edit of a draft before accepting it, with the limits of a bank question. The type stays the
 * draft's own, so the service checks options and answer against it (questionRuleProblems).
 */
export const DraftUpdateInput = z.strictObject({
  draftId: Id,
  stem: z.string().trim().min(4, '题干至少 4 个字').max(500, '题干不能超过 500 字'),
  options: z.array(z.string().trim().min(1, '选项不能为空').max(100)).max(6).default([]),
  answer: z.array(z.string().trim().min(1, '答案不能为空').max(50)).min(1, '请填写答案').max(6),
  explanation: z.string().trim().max(500).default(''),
  tags: z.array(Tag).max(5).default([]),
  difficulty: z.enum(DIFFICULTIES).default('medium'),
});

export const QuestionDraft = z.object({
  draftId: Id,
  unitId: Id,
  contentId: Id,
  contentTitle: z.string(),
  type: z.enum(QUESTION_TYPES),
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.array(z.string()),
  explanation: z.string(),
  tags: z.array(z.string()),
  difficulty: z.enum(DIFFICULTIES),
  /** The passage the draft was made from, quoted, and where it sits in the item (第 3 段). */
  passage: z.string(),
  passageRef: z.string(),
  origin: z.enum(DRAFT_ORIGINS),
  status: z.enum(QUESTION_DRAFT_STATUSES),
  /** The bank question an accepted draft became. */
  questionId: Id.nullable(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type QuestionDraft = z.infer<typeof QuestionDraft>;

export const DraftsGenerateOutput = z.object({
  drafts: z.array(QuestionDraft),
  origin: z.enum(DRAFT_ORIGINS),
  /** Why fewer were drafted than asked (a short text, or few key sentences); empty when all came. */
  note: z.string(),
});
export const DraftListOutput = z.object({ items: z.array(QuestionDraft), total: z.number().int() });
export const DraftAcceptOutput = z.object({ questionId: Id, created: z.boolean() });
export const DraftRejectOutput = z.object({ status: z.enum(QUESTION_DRAFT_STATUSES) });
