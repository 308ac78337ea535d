import type { z } from 'zod';
import type { AdminForumHideInput } from '../../../types/schemas/forum';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { forumRepository } from './forum.repository';
import type { TopicDoc } from './forum.types';

/** The secretary's part: pin, close and hide (with a reason). Every change is audited; nothing is erased. */
const state = (topic: TopicDoc) => ({
  topicId: topic._id,
  pinned: topic.pinned,
  closed: topic.closed,
  hidden: topic.hidden,
});

async function loadTopic(ctx: CallContext, topicId: string) {
  const topic = await forumRepository(ctx.store).topics.get(topicId);
  if (!topic) throw new AppError('NOT_FOUND', '没有找到这个话题，请返回刷新。');
  return topic;
}

export async function pinTopic(ctx: CallContext, topicId: string, pinned: boolean) {
  const topic = await loadTopic(ctx, topicId);
  await forumRepository(ctx.store).topics.updateWhere({ _id: topicId }, { $set: { pinned } });
  await appendAudit(ctx, {
    action: pinned ? 'forum.pin' : 'forum.unpin',
    summary: `${pinned ? '置顶' : '取消置顶'}交流园地话题“${topic.title}”`,
    targetId: topicId,
    unitPath: topic.unitPath,
  });
  return state({ ...topic, pinned });
}

export async function closeTopic(ctx: CallContext, topicId: string, closed: boolean) {
  const topic = await loadTopic(ctx, topicId);
  await forumRepository(ctx.store).topics.updateWhere({ _id: topicId }, { $set: { closed } });
  await appendAudit(ctx, {
    action: closed ? 'forum.close' : 'forum.reopen',
    summary: `${closed ? '关闭' : '重新开放'}交流园地话题“${topic.title}”`,
    targetId: topicId,
    unitPath: topic.unitPath,
  });
  return state({ ...topic, closed });
}

export async function hidePost(ctx: CallContext, input: z.output<typeof AdminForumHideInput>) {
  const topic = await loadTopic(ctx, input.topicId);
  const { topics, replies } = forumRepository(ctx.store);
  const hide = { $set: { hidden: true, hiddenReason: input.reason } };
  if (input.postId && input.postId !== topic._id) {
    const reply = await replies.get(input.postId);
    if (!reply || reply.topicId !== topic._id) throw new AppError('NOT_FOUND', '没有找到这条回复，请返回刷新。');
    await replies.updateWhere({ _id: reply._id }, hide);
    await appendAudit(ctx, {
      action: 'forum.hide',
      summary: `隐藏了${reply.authorName}在“${topic.title}”下的一条回复，原因：${input.reason}`,
      targetId: reply._id,
      unitPath: topic.unitPath,
    });
    return state(topic);
  }
  await topics.updateWhere({ _id: topic._id }, hide);
  await appendAudit(ctx, {
    action: 'forum.hide',
    summary: `隐藏了${topic.authorName}的话题“${topic.title}”，原因：${input.reason}`,
    targetId: topic._id,
    unitPath: topic.unitPath,
  });
  return state({ ...topic, hidden: true });
}

export async function hideComment(ctx: CallContext, commentId: string, reason: string) {
  const { comments } = forumRepository(ctx.store);
  const comment = await comments.get(commentId);
  if (!comment) throw new AppError('NOT_FOUND', '没有找到这条评论，请返回刷新。');
  await comments.updateWhere({ _id: commentId }, { $set: { hidden: true, hiddenReason: reason } });
  await appendAudit(ctx, {
    action: 'comment.hide',
    summary: `隐藏了${comment.authorName}的一条评论，原因：${reason}`,
    targetId: commentId,
    unitPath: comment.managedPath,
  });
  return { commentId, hidden: true as const };
}
