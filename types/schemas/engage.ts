import * as z from 'zod';
import { SUGGESTION_CATEGORIES, SUGGESTION_STATUSES, TASK_STATES } from '../engage-labels';
import { EpochMs, Id, PageInput } from './common';

/** The suggestion box (意见建议) and tasks with feedback (任务): members speak up and report back. */
const SuggestionText = z.string().trim().min(5, '请至少写 5 个字').max(1000, '不超过 1000 个字');

export const SuggestionSubmitInput = z.strictObject({
  category: z.enum(SUGGESTION_CATEGORIES, '请选择建议类别'),
  text: SuggestionText,
  /** Anonymous to the branch: admins never see who wrote it; only a keyed mark lets the reply reach the writer. */
  anonymous: z.boolean().default(false),
});
export const SuggestionIdInput = z.strictObject({ suggestionId: Id });
export const SuggestionReplyInput = z.strictObject({
  suggestionId: Id,
  reply: z.string().trim().min(2, '答复至少 2 个字').max(1000, '答复不超过 1000 个字'),
});
export const SuggestionMineInput = z.strictObject({ ...PageInput });
export const AdminSuggestionListInput = z.strictObject({
  unitId: Id,
  status: z.enum(SUGGESTION_STATUSES).optional(),
  ...PageInput,
});

const SuggestionCore = {
  suggestionId: Id,
  category: z.enum(SUGGESTION_CATEGORIES),
  text: z.string(),
  anonymous: z.boolean(),
  status: z.enum(SUGGESTION_STATUSES),
  unitName: z.string(),
  reply: z.string().nullable(),
  repliedAt: EpochMs.nullable(),
  createdAt: EpochMs,
};
export const MySuggestion = z.object(SuggestionCore);
export const SuggestionMineOutput = z.object({ items: z.array(MySuggestion), total: z.number().int() });

/** What an admin sees: the writer's name only when they did not ask for anonymity. */
export const AdminSuggestion = z.object({ ...SuggestionCore, authorName: z.string().nullable() });
export const StatusCounts = z.object({
  received: z.number().int(),
  in_progress: z.number().int(),
  answered: z.number().int(),
});
export const AdminSuggestionListOutput = z.object({
  items: z.array(AdminSuggestion),
  total: z.number().int(),
  /** Suggestions received this calendar month (China time) by their status now: the console's monthly count. */
  thisMonth: StatusCounts,
});

export const TaskCreateInput = z.strictObject({
  unitId: Id,
  title: z.string().trim().min(2, '任务名称至少 2 个字').max(40, '任务名称不超过 40 个字'),
  description: z.string().trim().max(1000, '任务说明不超过 1000 个字').default(''),
  deadline: EpochMs,
  /** Empty: every member of the unit's subtree. */
  memberIds: z.array(Id).max(500, '一次最多指派 500 人').default([]),
});
export const TaskIdInput = z.strictObject({ taskId: Id });
export const TaskMineInput = z.strictObject({ state: z.enum(TASK_STATES).optional(), ...PageInput });
export const TaskSubmitInput = z.strictObject({
  taskId: Id,
  text: z.string().trim().min(2, '反馈至少 2 个字').max(1000, '反馈不超过 1000 个字'),
  photo: z
    .strictObject({
      name: z.string().regex(/\.(jpe?g|png|webp)$/i, '只能上传 jpg、png 或 webp 图片'),
      /** base64 of the image; 1 MB at most. */
      content: z.string().min(1).max(1_400_000, '图片太大，请压缩到 1 MB 以内'),
    })
    .optional(),
});
export const TaskReviewInput = z
  .strictObject({
    taskId: Id,
    memberId: Id,
    decision: z.enum(['accept', 'return']),
    reason: z.string().trim().max(200, '退回原因不超过 200 个字').default(''),
  })
  .refine((v) => v.decision === 'accept' || v.reason.length >= 2, {
    message: '退回时请写明原因（至少 2 个字）',
    path: ['reason'],
  });
export const AdminTaskListInput = z.strictObject({ unitId: Id, ...PageInput });

export const MyTask = z.object({
  taskId: Id,
  title: z.string(),
  description: z.string(),
  unitName: z.string(),
  deadline: EpochMs,
  state: z.enum(TASK_STATES),
  feedback: z.string().nullable(),
  photoUrl: z.string().nullable(),
  returnReason: z.string().nullable(),
  submittedAt: EpochMs.nullable(),
});
export const TaskMineOutput = z.object({ items: z.array(MyTask), total: z.number().int() });

const StateCounts = z.object({
  todo: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
});
export const AdminTaskRow = z.object({
  taskId: Id,
  title: z.string(),
  unitName: z.string(),
  deadline: EpochMs,
  assigned: z.number().int(),
  counts: StateCounts,
  createdAt: EpochMs,
});
export const AdminTaskListOutput = z.object({ items: z.array(AdminTaskRow), total: z.number().int() });

export const TaskDetailOutput = z.object({
  taskId: Id,
  title: z.string(),
  description: z.string(),
  deadline: EpochMs,
  assignees: z.array(
    z.object({
      memberId: Id,
      name: z.string(),
      unitName: z.string(),
      state: z.enum(TASK_STATES),
      feedback: z.string().nullable(),
      photoUrl: z.string().nullable(),
      returnReason: z.string().nullable(),
      submittedAt: EpochMs.nullable(),
    }),
  ),
  /** Completion per unit of the assignees: accepted of assigned. */
  byUnit: z.array(
    z.object({ unitId: Id, unitName: z.string(), assigned: z.number().int(), accepted: z.number().int() }),
  ),
});
