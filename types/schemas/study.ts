import * as z from 'zod';
import { CONTENT_CATEGORIES, CONTENT_KINDS, CONTENT_STATUSES, NOTE_STATUSES, POINT_RULES } from '../labels';
import { EpochMs, Id, PageInput } from './common';

const Tag = z.string().trim().min(1).max(12);

/** What an admin edits. `body` is HTML; the server sanitises it against an allow-list before storing. */
export const ContentSaveInput = z
  .strictObject({
    /** Absent for a new item. */
    contentId: Id.optional(),
    /** The audience: members of this unit's subtree (the root unit = the whole organisation). */
    unitId: Id,
    kind: z.enum(CONTENT_KINDS),
    category: z.enum(CONTENT_CATEGORIES),
    title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题不能超过 60 个字'),
    summary: z.string().trim().max(200, '摘要不能超过 200 个字').default(''),
    coverFileId: z.string().max(300).nullable().default(null),
    body: z.string().max(200_000, '正文太长，请分成几篇').default(''),
    /** Video/audio: an uploaded file id or an https address. */
    media: z.string().trim().max(500).nullable().default(null),
    /** Video/audio length, which the 90 % watched rule is measured against. */
    durationSeconds: z
      .number()
      .int()
      .min(10)
      .max(6 * 3600)
      .nullable()
      .default(null),
    /** 专题: the items of the topic, in order. */
    topicItemIds: z.array(Id).max(50).default([]),
    tags: z.array(Tag).max(8).default([]),
    source: z.string().trim().max(40).default(''),
    author: z.string().trim().max(30).default(''),
    estimatedMinutes: z.number().int().min(1, '预计学习时长至少 1 分钟').max(300),
  })
  .refine((c) => !['video', 'audio', 'micro_lesson'].includes(c.kind) || (c.media && c.durationSeconds), {
    message: '音视频要填写媒体文件和时长',
    path: ['media'],
  })
  .refine((c) => c.kind !== 'topic' || c.topicItemIds.length > 0, {
    message: '专题至少要包含一篇内容',
    path: ['topicItemIds'],
  })
  .refine((c) => c.kind !== 'article' || c.body.trim().length > 0, { message: '请填写正文', path: ['body'] });

export const ContentIdInput = z.strictObject({ contentId: Id });
export const ContentPublishInput = z.strictObject({
  contentId: Id,
  /** A future time schedules the publication (定时发布); absent = now. */
  publishAt: EpochMs.optional(),
});

export const ContentCard = z.object({
  contentId: Id,
  kind: z.enum(CONTENT_KINDS),
  category: z.enum(CONTENT_CATEGORIES),
  title: z.string(),
  summary: z.string(),
  coverUrl: z.string().nullable(),
  tags: z.array(z.string()),
  estimatedMinutes: z.number().int(),
  publishAt: EpochMs,
  /** The member's progress, 0–100, and whether it counts as complete. */
  percent: z.number().int(),
  completed: z.boolean(),
});
export type ContentCard = z.infer<typeof ContentCard>;

export const Progress = z.object({
  creditedSeconds: z.number().int(),
  /** Media: seconds of the timeline watched (each second counted once). */
  watchedSeconds: z.number().int(),
  position: z.number(),
  percent: z.number().int(),
  completed: z.boolean(),
});
export type Progress = z.infer<typeof Progress>;

export const ContentDetail = ContentCard.extend({
  body: z.string(),
  mediaUrl: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  source: z.string(),
  author: z.string(),
  topicItems: z.array(ContentCard),
  favorite: z.boolean(),
  progress: Progress,
});
export type ContentDetail = z.infer<typeof ContentDetail>;

export const ContentListInput = z.strictObject({
  category: z.enum(CONTENT_CATEGORIES).optional(),
  kind: z.enum(CONTENT_KINDS).optional(),
  tag: Tag.optional(),
  keyword: z.string().trim().max(30).optional(),
  ...PageInput,
});
export const ContentListOutput = z.object({ items: z.array(ContentCard), total: z.number().int() });

export const MyContentInput = z.strictObject({ view: z.enum(['favorites', 'recent']), ...PageInput });

export const OpenOutput = z.object({
  sessionId: Id,
  /** How often the client reports while the page is visible (and the media plays). */
  heartbeatSeconds: z.number().int(),
  progress: Progress,
});

export const HeartbeatInput = z.strictObject({
  sessionId: Id,
  /** Media: the player's position in seconds. */
  position: z
    .number()
    .min(0)
    .max(24 * 3600)
    .optional(),
  /** Media: whether it was playing since the last beat; articles send true while the page is visible. */
  playing: z.boolean(),
});
export const HeartbeatOutput = z.object({
  credited: z.number().int(),
  progress: Progress,
  /** Another device (or page) opened newer study; this one no longer counts. */
  superseded: z.boolean(),
  /** Points awarded by this beat (on completion). */
  pointsAwarded: z.number().int(),
});

export const FavoriteInput = z.strictObject({ contentId: Id, on: z.boolean() });
export const FavoriteOutput = z.object({ favorite: z.boolean() });

export const StudyStats = z.object({
  todayMinutes: z.number().int(),
  weekMinutes: z.number().int(),
  streakDays: z.number().int(),
  completedCount: z.number().int(),
  points: z.number().int(),
  lastSevenDays: z.array(z.object({ day: z.string(), minutes: z.number().int() })),
});

export const RecommendedCard = ContentCard.extend({ reason: z.string() });

export const StudyHome = z.object({
  resume: ContentCard.nullable(),
  planNext: z.array(ContentCard.extend({ planTitle: z.string() })),
  recommended: z.array(RecommendedCard),
  latest: z.array(ContentCard),
  stats: StudyStats,
});

export const PlanCreateInput = z
  .strictObject({
    unitId: Id,
    title: z.string().trim().min(2, '计划名称至少 2 个字').max(40),
    itemIds: z.array(Id).min(1, '请至少选择一篇学习内容').max(30),
    /** Exams to pass as part of the plan. */
    quizIds: z.array(Id).max(10).default([]),
    startAt: EpochMs,
    deadline: EpochMs,
  })
  .refine((p) => p.deadline > p.startAt, { message: '截止时间要晚于开始时间', path: ['deadline'] })
  .refine((p) => new Set(p.itemIds).size === p.itemIds.length, { message: '学习内容重复了', path: ['itemIds'] });

export const PlanIdInput = z.strictObject({ planId: Id });
export const PlanListInput = z.strictObject({ unitId: Id, ...PageInput });

export const PlanSummary = z.object({
  planId: Id,
  title: z.string(),
  unitName: z.string(),
  startAt: EpochMs,
  deadline: EpochMs,
  /** Study items plus quizzes: a plan is complete when every item is learnt and every quiz passed. */
  itemCount: z.number().int(),
});

export const MyPlan = PlanSummary.extend({
  done: z.number().int(),
  items: z.array(ContentCard),
  quizzes: z.array(z.object({ quizId: Id, title: z.string(), passed: z.boolean() })),
  completed: z.boolean(),
});
export const MyPlansOutput = z.object({ items: z.array(MyPlan) });
export const PlanListOutput = z.object({ items: z.array(PlanSummary), total: z.number().int() });

/** A unit's view of plans assigned above it (by a 党委): read-only, with completion among its own subtree. */
export const PlansFromAboveInput = z.strictObject({ unitId: Id });
export const PlanFromAbove = PlanSummary.extend({
  /** Members of the unit's subtree the plan is for, and how many of them have finished it. */
  members: z.number().int(),
  completedMembers: z.number().int(),
});
export const PlansFromAboveOutput = z.object({ items: z.array(PlanFromAbove) });
/** A plan that reaches `unitId` (assigned to it or above it), reported for that unit's subtree only. */
export const PlanInUnitInput = z.strictObject({ unitId: Id, planId: Id });

export const PlanReport = z.object({
  plan: PlanSummary,
  members: z.number().int(),
  completedMembers: z.number().int(),
  units: z.array(
    z.object({
      unitId: Id,
      unitName: z.string(),
      members: z.number().int(),
      completed: z.number().int(),
      percent: z.number().int(),
    }),
  ),
  rows: z.array(
    z.object({
      memberId: Id,
      name: z.string(),
      unitName: z.string(),
      done: z.number().int(),
      total: z.number().int(),
      completed: z.boolean(),
    }),
  ),
});
export const RemindOutput = z.object({ reminded: z.number().int() });

export const NoteSubmitInput = z.strictObject({
  targetKind: z.enum(['content', 'plan']),
  targetId: Id,
  text: z.string().trim().min(10, '心得至少写 10 个字').max(2000, '心得不能超过 2000 字'),
});
export const NoteView = z.object({
  noteId: Id,
  authorName: z.string(),
  unitName: z.string(),
  targetKind: z.enum(['content', 'plan']),
  targetId: Id,
  targetTitle: z.string(),
  text: z.string(),
  status: z.enum(NOTE_STATUSES),
  reviewComment: z.string().nullable(),
  createdAt: EpochMs,
});
export const NoteListOutput = z.object({ items: z.array(NoteView), total: z.number().int() });
export const NoteQueueInput = z.strictObject({ unitId: Id, status: z.enum(NOTE_STATUSES), ...PageInput });
export const NoteReviewInput = z
  .strictObject({
    noteId: Id,
    approve: z.boolean(),
    comment: z.string().trim().max(200).default(''),
    /** Approved notes may be shown to the writer's branch (支部交流). */
    showInBranch: z.boolean().default(false),
  })
  .refine((r) => r.approve || r.comment.length >= 2, { message: '退回时请写明修改意见', path: ['comment'] });

export const PointsRule = z.strictObject({
  rule: z.enum(POINT_RULES),
  points: z.number().int().min(0).max(100),
  dailyCap: z.number().int().min(0).max(1000),
  enabled: z.boolean(),
});
export const PointsRulesOutput = z.object({ rules: z.array(PointsRule) });
export const PointsRulesInput = z
  .strictObject({ rules: z.array(PointsRule).min(1).max(POINT_RULES.length) })
  .refine((r) => new Set(r.rules.map((x) => x.rule)).size === r.rules.length, {
    message: '同一条规则只能出现一次',
    path: ['rules'],
  })
  .refine((r) => r.rules.every((x) => x.dailyCap === 0 || x.dailyCap >= x.points), {
    message: '每日上限不能小于单次积分',
    path: ['rules'],
  });

export const PointsMine = z.object({
  balance: z.number().int(),
  items: z.array(z.object({ rule: z.enum(POINT_RULES), points: z.number().int(), reason: z.string(), at: EpochMs })),
  total: z.number().int(),
});
export const RankingInput = z.strictObject({ unitId: Id, ...PageInput });
export const RankingOutput = z.object({
  items: z.array(
    z.object({
      rank: z.number().int(),
      memberId: Id,
      name: z.string(),
      unitName: z.string(),
      points: z.number().int(),
    }),
  ),
  total: z.number().int(),
});

export const AdminContentListInput = z.strictObject({
  unitId: Id,
  status: z.enum(CONTENT_STATUSES).optional(),
  ...PageInput,
});
export const AdminContentRow = z.object({
  contentId: Id,
  kind: z.enum(CONTENT_KINDS),
  title: z.string(),
  status: z.enum(CONTENT_STATUSES),
  publishAt: EpochMs.nullable(),
  audienceName: z.string(),
  completedCount: z.number().int(),
  updatedAt: EpochMs,
  /** Edits saved to a published item that members do not see until they are published (有未发布的修改). */
  hasUnpublishedChanges: z.boolean(),
});
export const AdminContentListOutput = z.object({ items: z.array(AdminContentRow), total: z.number().int() });

/** The stored fields back in the editor's shape (the draft, if a published item has one), plus the status. */
export const AdminContent = z.object({
  contentId: Id,
  unitId: Id,
  kind: z.enum(CONTENT_KINDS),
  category: z.enum(CONTENT_CATEGORIES),
  title: z.string(),
  summary: z.string(),
  coverFileId: z.string().nullable(),
  coverUrl: z.string().nullable(),
  /** As stored: uploaded images stay `zhdj-file:<id>`, with their current URLs in `fileUrls` for the editor. */
  body: z.string(),
  fileUrls: z.record(z.string(), z.string()),
  media: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  topicItemIds: z.array(Id),
  tags: z.array(z.string()),
  source: z.string(),
  author: z.string(),
  estimatedMinutes: z.number().int(),
  status: z.enum(CONTENT_STATUSES),
  publishAt: EpochMs.nullable(),
  /** The fields above are a draft beside the published revision members read, until it is published. */
  hasUnpublishedChanges: z.boolean(),
});

export const StudyUploadInput = z.strictObject({
  name: z.string().trim().min(1).max(80),
  /** Base64 file content; images (jpg/png/webp) and short audio/video (mp3/m4a/mp4). */
  content: z.string().min(4).max(1_400_000, '文件太大，请压缩到 1MB 以内'),
});
export const StudyUploadOutput = z.object({ fileId: z.string(), url: z.string().nullable() });

/** Media too large for one call go up in pieces of at most 1 MB (base64), then become one file. */
export const StudyUploadChunkInput = z.strictObject({
  /** Chosen by the client for this file, e.g. a random id. */
  uploadId: Id,
  index: z.number().int().min(0).max(59),
  total: z.number().int().min(1).max(60),
  name: z.string().trim().min(1).max(80),
  content: z.string().min(4).max(1_400_000),
});
export const StudyUploadChunkOutput = z.object({
  received: z.number().int(),
  done: z.boolean(),
  fileId: z.string().nullable(),
  url: z.string().nullable(),
});

const Count = z.number().int().nonnegative();
/** What the nightly repair of the study home's views found: events delivered, documents it had to rewrite. */
export const StudyReconcileOutput = z.object({ delivered: Count, summaries: Count, unitPlans: Count });
