import type { ContentCard } from '../../../types/schemas/study';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { completionOf } from './credit';
import { studyRepository } from './study.repository';
import type { ContentDoc, ProgressDoc } from './study.types';

/** What a member may see: published, due, and addressed to a unit on their path. */
export function visibleTo(member: MemberDoc, now: number): Filter {
  return { status: 'published', publishAt: { $lte: now }, audienceUnitId: { $in: member.unitPath } };
}

/** Whether the content is addressed to a unit on the member's path, published or not. */
export function inContentAudience(content: Pick<ContentDoc, 'audienceUnitId'>, member: MemberDoc): boolean {
  return member.unitPath.includes(content.audienceUnitId);
}

export function isVisible(content: ContentDoc, member: MemberDoc, now: number): boolean {
  return (
    content.status === 'published' &&
    content.publishAt !== null &&
    content.publishAt <= now &&
    inContentAudience(content, member)
  );
}

export async function loadVisibleContent(ctx: CallContext, member: MemberDoc, contentId: string) {
  const content = await studyRepository(ctx.store).contents.get(contentId);
  if (!content || !isVisible(content, member, ctx.now))
    throw new AppError('NOT_FOUND', '这篇内容已下架或不在您的学习范围内，请返回刷新。');
  return content;
}

/** A file reference (our file id, or an https address) as a URL the app can show. */
export async function fileUrl(ctx: CallContext, ref: string | null): Promise<string | null> {
  if (!ref) return null;
  if (/^https?:\/\//.test(ref)) return ref;
  return ctx.platform.files.urlOf(ref);
}

export function progressPercent(content: ContentDoc, progress: ProgressDoc | undefined) {
  if (!progress) return { percent: 0, completed: false };
  if (progress.completedAt !== undefined) return { percent: 100, completed: true };
  return completionOf(content, progress);
}

/** Cards for a member, with progress read in one query (topics count their items). */
export async function cardsFor(ctx: CallContext, member: MemberDoc, contents: ContentDoc[]): Promise<ContentCard[]> {
  if (contents.length === 0) return [];
  const { progress, contents: collection } = studyRepository(ctx.store);
  const topicItemIds = [...new Set(contents.flatMap((c) => c.topicItemIds))];
  const topicItems = topicItemIds.length
    ? await collection.find({ _id: { $in: topicItemIds } }, { limit: Math.min(100, topicItemIds.length) })
    : [];
  const ids = [...new Set([...contents.map((c) => c._id), ...topicItemIds])];
  const docs = await progress.find(
    { memberId: member._id, contentId: { $in: ids } },
    { limit: Math.min(100, ids.length) },
  );
  const byContent = new Map(docs.map((doc) => [doc.contentId, doc]));
  const itemById = new Map(topicItems.map((item) => [item._id, item]));
  return Promise.all(
    contents.map(async (content) => {
      const state =
        content.kind === 'topic'
          ? topicState(
              content,
              content.topicItemIds.filter((id) => {
                const item = itemById.get(id);
                return item && progressPercent(item, byContent.get(id)).completed;
              }).length,
            )
          : progressPercent(content, byContent.get(content._id));
      return toCard(ctx, content, state);
    }),
  );
}

/** A topic is as far along as the share of its items completed. */
export function topicState(topic: Pick<ContentDoc, 'topicItemIds'>, done: number) {
  const total = topic.topicItemIds.length || 1;
  return { percent: Math.floor((done / total) * 100), completed: done === topic.topicItemIds.length };
}

export async function toCard(
  ctx: CallContext,
  content: ContentDoc,
  state: { percent: number; completed: boolean },
): Promise<ContentCard> {
  return {
    contentId: content._id,
    kind: content.kind,
    category: content.category,
    title: content.title,
    summary: content.summary,
    coverUrl: await fileUrl(ctx, content.coverFileId),
    tags: content.tags,
    estimatedMinutes: content.estimatedMinutes,
    publishAt: content.publishAt ?? content.createdAt,
    ...state,
  };
}
