import type { FunctionHandlers } from '../../kernel/handler-types';
import { boardTopics, createTopic, deleteOwnPost, replyTopic, topicDetail } from './board.service';
import { addComment, deleteOwnComment, listComments } from './comments.service';
import { mediaCheckResult } from './media-verdict.service';
import { mentionCandidates, uploadImage } from './members-and-images.service';
import { closeTopic, hideComment, hidePost, pinTopic } from './moderation.service';

export const forumApiRoutes = {
  'forum.topics': (input, ctx) => boardTopics(ctx, input.skip, input.limit),
  'forum.topic': (input, ctx) => topicDetail(ctx, input.topicId, input.skip, input.limit),
  'forum.topicCreate': (input, ctx) => createTopic(ctx, input),
  'forum.reply': (input, ctx) => replyTopic(ctx, input),
  'forum.deleteOwn': (input, ctx) => deleteOwnPost(ctx, input.postId),
  'forum.upload': (input, ctx) => uploadImage(ctx, input),
  'forum.mentionCandidates': (input, ctx) => mentionCandidates(ctx, input.prefix),
  'comments.list': (input, ctx) => listComments(ctx, input),
  'comments.add': (input, ctx) => addComment(ctx, input),
  'comments.deleteOwn': (input, ctx) => deleteOwnComment(ctx, input.commentId),
} satisfies Partial<FunctionHandlers<'api'>>;

export const forumAdminRoutes = {
  'admin.forumPin': (input, ctx) => pinTopic(ctx, input.topicId, input.pinned),
  'admin.forumClose': (input, ctx) => closeTopic(ctx, input.topicId, input.closed),
  'admin.forumHide': (input, ctx) => hidePost(ctx, input),
  'admin.commentHide': (input, ctx) => hideComment(ctx, input.commentId, input.reason),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const forumJobsRoutes = {
  'system.mediaCheckResult': (input, ctx) => mediaCheckResult(ctx, input),
} satisfies Partial<FunctionHandlers<'jobs'>>;
