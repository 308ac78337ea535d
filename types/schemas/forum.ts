import * as z from 'zod';
import { EpochMs, Id, PageInput } from './common';

/**
 * 交流园地: each branch's board of topics and replies, and comments under study items and activities.
 * Members are named, never scored; hidden posts keep their place with a notice instead of their text.
 */
const PostText = z.string().trim().min(1, '请写点内容').max(2000, '不超过 2000 个字');
const CommentText = z.string().trim().min(1, '请写点内容').max(500, '评论不超过 500 个字');
const TopicTitle = z.string().trim().min(2, '标题至少 2 个字').max(40, '标题不超过 40 个字');
/** A stored file's id, as the files port gives it. */
const FileRef = z.string().min(1).max(300);
/** Images the writer uploaded with `forum.upload` before posting. */
const ImageFileIds = z.array(FileRef).max(3, '最多附 3 张图片').default([]);
/** Members of the board the writer names with @; each is told once. */
const MentionIds = z.array(Id).max(10, '一次最多提到 10 位党员').default([]);
const ModerationReason = z.string().trim().min(2, '请写明隐藏原因，至少 2 个字').max(200, '原因不超过 200 个字');

export const ForumTopicsInput = z.strictObject({ ...PageInput });
export const ForumTopicSummary = z.object({
  topicId: Id,
  title: z.string(),
  excerpt: z.string(),
  authorName: z.string(),
  pinned: z.boolean(),
  closed: z.boolean(),
  hidden: z.boolean(),
  imageCount: z.number().int(),
  replyCount: z.number().int(),
  lastPostAt: EpochMs,
  createdAt: EpochMs,
  /** Never opened by me, or replies came after I last read it. */
  unread: z.boolean(),
  /** Replies I have not seen (0 for a topic I never opened that has none). */
  unreadCount: z.number().int(),
});
export const ForumTopicsOutput = z.object({
  unitName: z.string(),
  items: z.array(ForumTopicSummary),
  total: z.number().int(),
});

export const ForumPost = z.object({
  postId: Id,
  authorName: z.string(),
  text: z.string(),
  imageUrls: z.array(z.string()),
  mentionNames: z.array(z.string()),
  createdAt: EpochMs,
  mine: z.boolean(),
  hidden: z.boolean(),
  /** Only for those who may moderate the board. */
  hiddenReason: z.string().nullable(),
  deleted: z.boolean(),
});

export const ForumTopicInput = z.strictObject({ topicId: Id, ...PageInput });
export const ForumTopicOutput = z.object({
  topicId: Id,
  title: z.string(),
  unitName: z.string(),
  pinned: z.boolean(),
  closed: z.boolean(),
  opening: ForumPost,
  replies: z.array(ForumPost),
  total: z.number().int(),
  /** The caller may pin, close and hide here (an admin of the board's unit or above). */
  canModerate: z.boolean(),
});

export const ForumTopicCreateInput = z.strictObject({
  title: TopicTitle,
  text: PostText,
  imageFileIds: ImageFileIds,
  mentionIds: MentionIds,
});
export const ForumReplyInput = z.strictObject({
  topicId: Id,
  text: PostText,
  imageFileIds: ImageFileIds,
  mentionIds: MentionIds,
});
export const ForumPosted = z.object({ topicId: Id, postId: Id });
export const ForumDeleteOwnInput = z.strictObject({ postId: Id });
export const ForumDeleted = z.object({ postId: Id, deleted: z.literal(true) });

export const ForumUploadInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/\.(jpe?g|png|webp)$/i, '只能上传 jpg、png 或 webp 图片'),
  /** Base64, at most 1 MB of image. */
  content: z.string().min(1).max(1_400_000, '图片太大，请压缩到 1 MB 以内'),
});
export const ForumUploaded = z.object({ fileId: FileRef, url: z.string() });

export const ForumMentionCandidatesInput = z.strictObject({
  prefix: z.string().trim().max(10, '最多输入 10 个字').default(''),
});
/** Names only: the @ picker needs nothing else of a member. */
export const ForumMentionCandidatesOutput = z.object({
  items: z.array(z.object({ memberId: Id, name: z.string() })),
});

export const COMMENT_TARGET_KINDS = ['content', 'activity'] as const;
const CommentTarget = { targetKind: z.enum(COMMENT_TARGET_KINDS), targetId: Id };
export const CommentsListInput = z.strictObject({ ...CommentTarget, ...PageInput });
export const CommentItem = z.object({
  commentId: Id,
  authorName: z.string(),
  text: z.string(),
  createdAt: EpochMs,
  mine: z.boolean(),
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
});
export const CommentsListOutput = z.object({
  items: z.array(CommentItem),
  total: z.number().int(),
  canModerate: z.boolean(),
});
export const CommentAddInput = z.strictObject({ ...CommentTarget, text: CommentText });
export const CommentDeleteOwnInput = z.strictObject({ commentId: Id });
export const CommentDeleted = z.object({ commentId: Id, deleted: z.literal(true) });

export const AdminForumPinInput = z.strictObject({ topicId: Id, pinned: z.boolean() });
export const AdminForumCloseInput = z.strictObject({ topicId: Id, closed: z.boolean() });
/** Hides the topic itself, or one reply in it when `postId` names it. */
export const AdminForumHideInput = z.strictObject({ topicId: Id, postId: Id.optional(), reason: ModerationReason });
export const AdminCommentHideInput = z.strictObject({ commentId: Id, reason: ModerationReason });
export const ForumTopicState = z.object({
  topicId: Id,
  pinned: z.boolean(),
  closed: z.boolean(),
  hidden: z.boolean(),
});
export const CommentHidden = z.object({ commentId: Id, hidden: z.literal(true) });

export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

/** WeChat's later verdict on an image a member posted (`security.mediaCheckAsync`), by the trace id it answered. */
export const MediaCheckResultInput = z.strictObject({
  traceId: z.string().trim().min(1).max(128),
  suggest: z.enum(['pass', 'review', 'risky']),
});
export const MediaCheckResultOutput = z.object({ hidden: z.number().int().nonnegative() });
