import type { z } from 'zod';
import type { ForumReplyInput, ForumTopicCreateInput } from '../../../types/schemas/forum';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { pathInScope, ROLE_RANK } from '../../kernel/scope';
import { DuplicateKeyError } from '../../store/types';
import { newId } from '../audit/audit';
import type { MemberDoc } from '../members/members.types';
import { upsert } from '../shared/upsert';
import { boardOfTopic, boardUnitOf } from './board-unit';
import { forumRepository, HIDDEN_NOTICE, HIDDEN_STAYS, readId } from './forum.repository';
import type { ReplyDoc, TopicDoc } from './forum.types';
import { announcePost, assertOwnImages, assertSafeText, boardMembers, notifyMentions } from './posting';
import { excerptOf, postView } from './post-view';

/**
 * A branch's board (交流园地): the topics of the member's branch (its 党小组 share it), pinned first then by
 * the latest post, and their replies in order. Reading a topic records how many replies the reader has seen, which is all the
 * unread markers need.
 */
const canModerate = (member: MemberDoc, topic: TopicDoc) =>
  ROLE_RANK[member.role] >= ROLE_RANK.branch_admin && pathInScope(member, topic.unitPath);

export async function boardTopics(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { topics, reads } = forumRepository(ctx.store);
  const board = await boardUnitOf(ctx, member);
  const filter = { unitId: board.unitId };
  const [page, total] = await Promise.all([
    topics.find(filter, {
      sort: [
        ['pinned', -1],
        ['lastPostAt', -1],
      ],
      skip,
      limit,
    }),
    topics.count(filter),
  ]);
  const seen = new Map(
    (page.length
      ? await reads.find({ _id: { $in: page.map((topic) => readId(member._id, topic._id)) } }, { limit: page.length })
      : []
    ).map((read) => [read.topicId, read.seen]),
  );
  return {
    unitName: board.unitName,
    total,
    items: page.map((topic) => {
      const read = seen.get(topic._id);
      const unseen = Math.max(0, topic.replyCount - (read ?? 0));
      return {
        topicId: topic._id,
        title: topic.hidden && !canModerate(member, topic) ? HIDDEN_NOTICE : topic.title,
        excerpt: excerptOf(topic),
        authorName: topic.authorName,
        pinned: topic.pinned,
        closed: topic.closed,
        hidden: topic.hidden,
        imageCount: topic.deleted || topic.hidden ? 0 : topic.imageFileIds.length,
        replyCount: topic.replyCount,
        lastPostAt: topic.lastPostAt,
        createdAt: topic.createdAt,
        unread: read === undefined || unseen > 0,
        unreadCount: unseen,
      };
    }),
  };
}

async function loadTopic(ctx: CallContext, topicId: string): Promise<TopicDoc> {
  const topic = await forumRepository(ctx.store).topics.get(topicId);
  if (!topic) throw new AppError('NOT_FOUND', '没有找到这个话题，可能已被删除，请返回刷新。');
  return topic;
}

export async function topicDetail(ctx: CallContext, topicId: string, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { replies, reads } = forumRepository(ctx.store);
  const topic = await loadTopic(ctx, topicId);
  const moderates = canModerate(member, topic);
  const page = await replies.find({ topicId }, { sort: [['seq', 1]], skip, limit });
  const read = { _id: readId(member._id, topicId), memberId: member._id, topicId, seen: 0, at: ctx.now };
  // Seen up to the last reply shown, never backwards (an older page read later keeps the further mark).
  const seen = Math.min(topic.replyCount, skip + page.length);
  const existing = await reads.get(read._id);
  if (!existing || existing.seen < seen) await upsert(reads, { ...read, seen }, { $set: { seen, at: ctx.now } });
  return {
    topicId: topic._id,
    title: topic.hidden && !moderates ? HIDDEN_NOTICE : topic.title,
    unitName: topic.unitName,
    pinned: topic.pinned,
    closed: topic.closed,
    opening: await postView(ctx, topic, member._id, moderates),
    replies: await Promise.all(page.map((reply) => postView(ctx, reply, member._id, moderates))),
    total: topic.replyCount,
    canModerate: moderates,
  };
}

export async function createTopic(ctx: CallContext, input: z.output<typeof ForumTopicCreateInput>) {
  const member = requireMember(ctx);
  await assertSafeText(ctx, { title: input.title, text: input.text });
  const imageFileIds = await assertOwnImages(ctx, member, input.imageFileIds);
  const board = await boardUnitOf(ctx, member);
  const mentioned = await boardMembers(ctx, board, member, input.mentionIds);
  const topic: TopicDoc = {
    _id: newId('ft'),
    unitId: board.unitId,
    unitPath: board.unitPath,
    unitName: board.unitName,
    title: input.title,
    memberId: member._id,
    authorName: member.name,
    text: input.text,
    imageFileIds,
    mentionIds: mentioned.map((m) => m._id),
    mentionNames: mentioned.map((m) => m.name),
    createdAt: ctx.now,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    pinned: false,
    closed: false,
    replyCount: 0,
    lastPostAt: ctx.now,
  };
  const { topics, reads } = forumRepository(ctx.store);
  await topics.insert(topic);
  // The writer has read their own topic.
  await reads.insert({
    _id: readId(member._id, topic._id),
    memberId: member._id,
    topicId: topic._id,
    seen: 0,
    at: ctx.now,
  });
  await notifyMentions(ctx, member, mentioned, topic.title);
  await announcePost(ctx, member, 'topic');
  return { topicId: topic._id, postId: topic._id };
}

/**
 * Takes the next place in an open topic: a conditional increment of its reply count, so a topic closed at the
 * same moment takes no more replies and two replies never share a place (the unique index backs it).
 */
async function takeReplySeq(ctx: CallContext, topicId: string): Promise<{ topic: TopicDoc; seq: number }> {
  const { topics } = forumRepository(ctx.store);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const topic = await loadTopic(ctx, topicId);
    if (topic.closed) throw new AppError('CONFLICT', '这个话题已被关闭，不能再回复。');
    if (topic.deleted || topic.hidden) throw new AppError('CONFLICT', '这个话题已被删除或隐藏，不能再回复。');
    const taken = await topics.updateWhere(
      { _id: topicId, closed: false, replyCount: topic.replyCount },
      { $inc: { replyCount: 1 }, $set: { lastPostAt: ctx.now } },
    );
    if (taken) return { topic, seq: topic.replyCount + 1 };
  }
  throw new AppError('CONFLICT', '回复的人较多，请稍后再试。');
}

export async function replyTopic(ctx: CallContext, input: z.output<typeof ForumReplyInput>) {
  const member = requireMember(ctx);
  await assertSafeText(ctx, { text: input.text });
  const imageFileIds = await assertOwnImages(ctx, member, input.imageFileIds);
  const current = await loadTopic(ctx, input.topicId);
  if (current.closed) throw new AppError('CONFLICT', '这个话题已被关闭，不能再回复。');
  const mentioned = await boardMembers(ctx, await boardOfTopic(ctx, current.unitId), member, input.mentionIds);
  const { topic, seq } = await takeReplySeq(ctx, input.topicId);
  const reply: ReplyDoc = {
    _id: newId('fp'),
    topicId: topic._id,
    unitPath: topic.unitPath,
    seq,
    memberId: member._id,
    authorName: member.name,
    text: input.text,
    imageFileIds,
    mentionIds: mentioned.map((m) => m._id),
    mentionNames: mentioned.map((m) => m.name),
    createdAt: ctx.now,
    deleted: false,
    hidden: false,
    hiddenReason: null,
  };
  try {
    await forumRepository(ctx.store).replies.insert(reply);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw new AppError('CONFLICT', '回复的人较多，请稍后再试。');
    throw error;
  }
  // The writer has seen their own reply.
  const readKey = readId(member._id, topic._id);
  await upsert(
    forumRepository(ctx.store).reads,
    { _id: readKey, memberId: member._id, topicId: topic._id, seen: seq, at: ctx.now },
    { $set: { seen: seq, at: ctx.now } },
  );
  await notifyMentions(ctx, member, mentioned, topic.title);
  await announcePost(ctx, member, 'reply');
  return { topicId: topic._id, postId: reply._id };
}

/** The writer withdraws a topic or reply: its text and images go, its place stays. */
export async function deleteOwnPost(ctx: CallContext, postId: string) {
  const member = requireMember(ctx);
  const { topics, replies } = forumRepository(ctx.store);
  const withdrawn = { $set: { deleted: true, text: '', imageFileIds: [], mentionNames: [] } };
  // What the secretary hid stays as the record of why; its writer cannot wipe it.
  const mine = { _id: postId, memberId: member._id, deleted: false, hidden: false };
  const changed = (await topics.updateWhere(mine, withdrawn)) || (await replies.updateWhere(mine, withdrawn));
  if (!changed) {
    const post = (await topics.get(postId)) ?? (await replies.get(postId));
    if (post?.memberId === member._id && post.hidden && !post.deleted) throw new AppError('CONFLICT', HIDDEN_STAYS);
    throw new AppError('NOT_FOUND', '没有找到您发的这条内容，可能已经删除，请返回刷新。');
  }
  return { postId, deleted: true as const };
}
