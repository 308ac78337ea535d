import type { CommentTargetKind } from '../../../types/schemas/forum';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { pathInScope, ROLE_RANK } from '../../kernel/scope';
import type { ActivityDoc } from '../activities/activities.types';
import { newId } from '../audit/audit';
import type { MemberDoc } from '../members/members.types';
import { isVisible } from '../study/content-access';
import type { ContentDoc } from '../study/study.types';
import { forumRepository, HIDDEN_NOTICE, HIDDEN_STAYS } from './forum.repository';
import type { CommentDoc } from './forum.types';
import { assertSafeText } from './posting';

/**
 * Comments under a study item or an activity. The router has checked the caller may read the target; its
 * admins (the item's audience unit, the activity's organiser, and above) moderate them.
 */
const moderates = (member: MemberDoc, managedPath: string[]) =>
  ROLE_RANK[member.role] >= ROLE_RANK.branch_admin && pathInScope(member, managedPath);

/** A study item not yet published (a draft, or one scheduled) exists only for the admins who may preview it. */
async function managedPathOf(
  ctx: CallContext,
  member: MemberDoc,
  kind: CommentTargetKind,
  id: string,
): Promise<string[]> {
  if (kind === 'activity') {
    const activity = await ctx.store.collection<ActivityDoc>('activities').get(id);
    if (!activity) throw new AppError('NOT_FOUND', '没有找到这个活动，请返回刷新。');
    return activity.organiserPath;
  }
  const content = await ctx.store.collection<ContentDoc>('contents').get(id);
  if (!content || (!isVisible(content, member, ctx.now) && !moderates(member, content.audiencePath)))
    throw new AppError('NOT_FOUND', '没有找到这篇学习内容，请返回刷新。');
  return content.audiencePath;
}

function commentView(doc: CommentDoc, viewerId: string, canModerate: boolean) {
  return {
    commentId: doc._id,
    authorName: doc.authorName,
    text: doc.hidden && !canModerate ? HIDDEN_NOTICE : doc.text,
    createdAt: doc.createdAt,
    mine: doc.memberId === viewerId,
    hidden: doc.hidden,
    hiddenReason: canModerate ? doc.hiddenReason : null,
  };
}

export async function listComments(
  ctx: CallContext,
  input: { targetKind: CommentTargetKind; targetId: string; skip: number; limit: number },
) {
  const member = requireMember(ctx);
  const { comments } = forumRepository(ctx.store);
  const filter = { targetKind: input.targetKind, targetId: input.targetId };
  const [managedPath, items, total] = await Promise.all([
    managedPathOf(ctx, member, input.targetKind, input.targetId),
    comments.find(filter, { sort: [['createdAt', -1]], skip: input.skip, limit: input.limit }),
    comments.count(filter),
  ]);
  const canModerate = moderates(member, managedPath);
  return { items: items.map((doc) => commentView(doc, member._id, canModerate)), total, canModerate };
}

export async function addComment(
  ctx: CallContext,
  input: { targetKind: CommentTargetKind; targetId: string; text: string },
) {
  const member = requireMember(ctx);
  await assertSafeText(ctx, { text: input.text });
  const doc: CommentDoc = {
    _id: newId('cm'),
    targetKind: input.targetKind,
    targetId: input.targetId,
    managedPath: [...(await managedPathOf(ctx, member, input.targetKind, input.targetId))],
    memberId: member._id,
    authorName: member.name,
    text: input.text,
    createdAt: ctx.now,
    hidden: false,
    hiddenReason: null,
  };
  await forumRepository(ctx.store).comments.insert(doc);
  return commentView(doc, member._id, false);
}

/** The writer removes their comment (unless the admins hid it); unlike a board post it leaves no place behind. */
export async function deleteOwnComment(ctx: CallContext, commentId: string) {
  const member = requireMember(ctx);
  const { comments } = forumRepository(ctx.store);
  const removed = await comments.removeWhere({ _id: commentId, memberId: member._id, hidden: false });
  if (!removed) {
    const comment = await comments.get(commentId);
    if (comment?.memberId === member._id && comment.hidden) throw new AppError('CONFLICT', HIDDEN_STAYS);
    throw new AppError('NOT_FOUND', '没有找到您的这条评论，可能已经删除，请返回刷新。');
  }
  return { commentId, deleted: true as const };
}
