import type { z } from 'zod';
import { CONTENT_KIND_LABELS } from '../../../types/labels';
import type { ContentListInput, ContentSaveInput } from '../../../types/schemas/study';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { publish } from '../../kernel/events';
import { requireMember, type CallContext } from '../../kernel/context';
import { FILE_TYPES } from '../../platform/files';
import { DuplicateKeyError, type Filter } from '../../store/types';
import { bumpHomeFeeds } from '../home/feed-stamps';
import { membersRepository } from '../members/members.repository';
import {
  cardsFor,
  fileUrl,
  isVisible,
  loadVisibleContent,
  progressPercent,
  toCard,
  topicState,
  visibleTo,
} from './content-access';
import { editedRevision, isReadByMembers, publishedFields } from './content-revisions';
import { completionOf } from './credit';
import { FILE_SCHEME, referencedFiles, sanitizeContentHtml } from './sanitize';
import { queryTerms } from './search-terms';
import { progressId, studyRepository } from './study.repository';
import type { ContentDoc, ContentRevision } from './study.types';

/** The content library: admins write, publish and take down; members browse, search, read and keep favourites. */
const MAX_UPLOAD_BYTES = 1024 * 1024;

function contentLabel(content: Pick<ContentDoc, 'kind' | 'title'>) {
  return `${CONTENT_KIND_LABELS[content.kind]}「${content.title}」`;
}

async function loadContent(ctx: CallContext, contentId: string): Promise<ContentDoc> {
  const content = await studyRepository(ctx.store).contents.get(contentId);
  if (!content) throw new AppError('NOT_FOUND', '没有找到这篇内容，可能已被删除，请返回刷新。');
  return content;
}

export async function saveContent(ctx: CallContext, input: z.output<typeof ContentSaveInput>) {
  const admin = requireMember(ctx);
  const { contents } = studyRepository(ctx.store);
  const unit = await membersRepository(ctx.store).unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '学习范围所选的单位不存在或已撤销。');
  const existing = input.contentId ? await loadContent(ctx, input.contentId) : null;
  if (input.topicItemIds.length) {
    const items = await contents.find({ _id: { $in: input.topicItemIds } }, { limit: input.topicItemIds.length });
    if (items.length !== new Set(input.topicItemIds).size || items.some((item) => item.kind === 'topic'))
      throw new AppError('VALIDATION_FAILED', '专题里有找不到的内容，或嵌套了专题，请重新选择。', {
        topicItemIds: '请重新选择专题内容',
      });
  }
  const { contentId: _id, unitId: _unit, ...fields } = input;
  const revision: ContentRevision = {
    ...fields,
    topicItemIds: input.kind === 'topic' ? input.topicItemIds : [],
    body: await sanitizeContentHtml(fields.body),
    audienceUnitId: unit._id,
    audiencePath: [...unit.path, unit._id],
  };
  if (existing && isReadByMembers(existing, ctx.now)) return saveDraftBesidePublished(ctx, existing, revision);
  const doc: ContentDoc = {
    _id: existing?._id ?? newId('c'),
    ...publishedFields(revision),
    status: existing?.status ?? 'draft',
    publishAt: existing?.publishAt ?? null,
    completedCount: existing?.completedCount ?? 0,
    createdBy: existing?.createdBy ?? admin._id,
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  if (existing) {
    const { _id: id, ...rest } = doc;
    // Optimistic: an edit made from an older copy does not overwrite a newer one.
    const saved = await contents.updateWhere(
      { _id: id, updatedAt: existing.updatedAt },
      { $set: rest, ...(existing.draft ? { $unset: { draft: true as const } } : {}) },
    );
    if (!saved) throw new AppError('CONFLICT');
  } else {
    await contents.insert(doc);
  }
  await publish(ctx, { type: 'content.changed', payload: { contentId: doc._id } });
  await appendAudit(ctx, {
    action: existing ? 'content.edit' : 'content.create',
    summary: `${existing ? '修改' : '创建'}了${contentLabel(doc)}`,
    targetId: doc._id,
    targetName: doc.title,
    unitPath: doc.audiencePath,
  });
  return doc._id;
}

/** Members go on reading the published revision; the edits wait beside it until they are published. */
async function saveDraftBesidePublished(ctx: CallContext, existing: ContentDoc, draft: ContentRevision) {
  const saved = await studyRepository(ctx.store).contents.updateWhere(
    { _id: existing._id, updatedAt: existing.updatedAt },
    { $set: { draft, updatedAt: ctx.now } },
  );
  if (!saved) throw new AppError('CONFLICT');
  await appendAudit(ctx, {
    action: 'content.edit',
    summary: `修改了${contentLabel(existing)}，修改尚未发布`,
    targetId: existing._id,
    targetName: existing.title,
    unitPath: existing.audiencePath,
  });
  return existing._id;
}

/** The item in the editor: its draft when it has one (with the published status beside it). */
export async function adminContent(ctx: CallContext, contentId: string) {
  const stored = await loadContent(ctx, contentId);
  const content = editedRevision(stored);
  return {
    contentId: content._id,
    unitId: content.audienceUnitId,
    kind: content.kind,
    category: content.category,
    title: content.title,
    summary: content.summary,
    coverFileId: content.coverFileId,
    coverUrl: await fileUrl(ctx, content.coverFileId),
    body: content.body,
    fileUrls: Object.fromEntries(
      await Promise.all(
        referencedFiles(content.body).map(async (fileId) => [fileId, (await ctx.platform.files.urlOf(fileId)) ?? '']),
      ),
    ),
    media: content.media,
    durationSeconds: content.durationSeconds,
    topicItemIds: content.topicItemIds,
    tags: content.tags,
    source: content.source,
    author: content.author,
    estimatedMinutes: content.estimatedMinutes,
    status: content.status,
    publishAt: content.publishAt,
    hasUnpublishedChanges: stored.draft !== undefined,
  };
}

/**
 * Publishes an item, or the draft of one members already read. Edits of a published item go out now and
 * keep its publication date; only an item members cannot read yet is scheduled.
 */
export async function publishContent(ctx: CallContext, contentId: string, publishAt: number | undefined) {
  const content = await loadContent(ctx, contentId);
  const at = isReadByMembers(content, ctx.now) ? content.publishAt : Math.max(publishAt ?? ctx.now, ctx.now);
  const { contents } = studyRepository(ctx.store);
  const published = await contents.updateWhere(
    // Conditional on the copy read, so a draft saved meanwhile is not half published.
    { _id: contentId, updatedAt: content.updatedAt },
    {
      $set: {
        ...(content.draft ? publishedFields(content.draft) : {}),
        status: 'published',
        publishAt: at,
        updatedAt: ctx.now,
      },
      ...(content.draft ? { $unset: { draft: true as const } } : {}),
    },
  );
  if (!published) throw new AppError('CONFLICT', '这篇内容刚被修改过，请刷新后再发布。');
  // A published draft may address another audience: the feeds of both the old and the new one change.
  await bumpHomeFeeds(ctx, [content.audienceUnitId, ...(content.draft ? [content.draft.audienceUnitId] : [])]);
  await publish(ctx, { type: 'content.changed', payload: { contentId } });
  const label = contentLabel(content.draft ?? content);
  await appendAudit(ctx, {
    action: 'content.publish',
    summary:
      at !== null && at > ctx.now
        ? `设置了${label}定时发布`
        : content.draft && content.status === 'published'
          ? `发布了${label}的修改`
          : `发布了${label}`,
    targetId: contentId,
    targetName: content.title,
    unitPath: content.audiencePath,
  });
  return adminContent(ctx, contentId);
}

export async function takeDownContent(ctx: CallContext, contentId: string) {
  const content = await loadContent(ctx, contentId);
  await studyRepository(ctx.store).contents.updateWhere(
    { _id: contentId },
    { $set: { status: 'taken_down', updatedAt: ctx.now } },
  );
  await bumpHomeFeeds(ctx, [content.audienceUnitId]);
  await publish(ctx, { type: 'content.changed', payload: { contentId } });
  await appendAudit(ctx, {
    action: 'content.takeDown',
    summary: `下架了${contentLabel(content)}`,
    targetId: contentId,
    targetName: content.title,
    unitPath: content.audiencePath,
  });
  return adminContent(ctx, contentId);
}

export async function adminContentList(
  ctx: CallContext,
  unitId: string,
  status: string | undefined,
  skip: number,
  limit: number,
) {
  const { contents } = studyRepository(ctx.store);
  const filter: Filter = status ? { audiencePath: unitId, status } : { audiencePath: unitId };
  const [page, total] = await Promise.all([
    contents.find(filter, { sort: [['updatedAt', -1]], skip, limit }),
    contents.count(filter),
  ]);
  const names = await membersRepository(ctx.store).unitNames(page.map((c) => c.audienceUnitId));
  return {
    items: page.map((content) => ({
      contentId: content._id,
      kind: content.kind,
      title: content.title,
      status: content.status,
      publishAt: content.publishAt,
      audienceName: names.get(content.audienceUnitId) ?? '',
      completedCount: content.completedCount,
      updatedAt: content.updatedAt,
      hasUnpublishedChanges: content.draft !== undefined,
    })),
    total,
  };
}

export async function uploadStudyFile(ctx: CallContext, name: string, base64: string) {
  const admin = requireMember(ctx);
  const contentType = FILE_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!contentType)
    throw new AppError('VALIDATION_FAILED', '只能上传 jpg、png、webp 图片或 mp3、m4a、mp4 音视频。', {
      name: '文件类型不支持',
    });
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0 || content.length > MAX_UPLOAD_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', '文件太大，请压缩到 1 MB 以内；较长的音视频请填写 https 地址。');
  const fileId = await ctx.platform.files.put(name, content, contentType);
  await appendAudit(ctx, {
    action: 'study.upload',
    summary: `上传了学习资料文件 ${name}`,
    targetId: fileId,
    targetName: name,
    unitPath: admin.unitPath,
  });
  return { fileId, url: await ctx.platform.files.urlOf(fileId) };
}

/** Uploaded images are stored as `zhdj-file:<id>` and become URLs only when read (cloud URLs expire). */
async function resolveBodyFiles(ctx: CallContext, body: string): Promise<string> {
  let resolved = body;
  for (const fileId of referencedFiles(body)) {
    const url = (await ctx.platform.files.urlOf(fileId)) ?? '';
    resolved = resolved.split(`${FILE_SCHEME}:${fileId}`).join(url);
  }
  return resolved;
}

export async function listContent(ctx: CallContext, input: z.output<typeof ContentListInput>) {
  const member = requireMember(ctx);
  const clauses: Filter[] = [visibleTo(member, ctx.now)];
  if (input.category) clauses.push({ category: input.category });
  if (input.kind) clauses.push({ kind: input.kind });
  if (input.tag) clauses.push({ tags: input.tag });
  if (input.keyword) {
    const terms = queryTerms(input.keyword);
    if (terms.length === 0) return { items: [], total: 0 };
    for (const term of terms) clauses.push({ terms: term });
  }
  const filter: Filter = { $and: clauses };
  const { contents } = studyRepository(ctx.store);
  const [page, total] = await Promise.all([
    contents.find(filter, {
      sort: [
        ['publishAt', -1],
        ['_id', 1],
      ],
      skip: input.skip,
      limit: input.limit,
    }),
    contents.count(filter),
  ]);
  return { items: await cardsFor(ctx, member, page), total };
}

export async function contentDetail(ctx: CallContext, contentId: string) {
  const member = requireMember(ctx);
  const content = await loadVisibleContent(ctx, member, contentId);
  const { contents, progress, favorites } = studyRepository(ctx.store);
  const [items, mine, favorite] = await Promise.all([
    content.topicItemIds.length
      ? contents.find({ _id: { $in: content.topicItemIds } }, { limit: content.topicItemIds.length })
      : Promise.resolve([]),
    progress.get(progressId(member._id, content._id)),
    favorites.get(progressId(member._id, content._id)),
  ]);
  const ordered = content.topicItemIds
    .map((id) => items.find((item) => item._id === id))
    .filter((item): item is ContentDoc => item !== undefined && isVisible(item, member, ctx.now));
  const topicItems = await cardsFor(ctx, member, ordered);
  const state =
    content.kind === 'topic'
      ? topicState(content, topicItems.filter((item) => item.completed).length)
      : progressPercent(content, mine ?? undefined);
  return {
    ...(await toCard(ctx, content, state)),
    body: await resolveBodyFiles(ctx, content.body),
    mediaUrl: await fileUrl(ctx, content.media),
    durationSeconds: content.durationSeconds,
    source: content.source,
    author: content.author,
    topicItems,
    favorite: favorite !== null,
    progress: progressView(content, mine),
  };
}

export function progressView(
  content: ContentDoc,
  doc: { creditedSeconds: number; watched: Array<[number, number]>; position: number; completedAt?: number } | null,
) {
  const base = doc ?? { creditedSeconds: 0, watched: [], position: 0 };
  const { percent, completed } =
    doc?.completedAt !== undefined ? { percent: 100, completed: true } : completionOf(content, base);
  return {
    creditedSeconds: base.creditedSeconds,
    watchedSeconds: base.watched.reduce((sum, [a, b]) => sum + (b - a), 0),
    position: base.position,
    percent,
    completed,
  };
}

export async function setFavorite(ctx: CallContext, contentId: string, on: boolean) {
  const member = requireMember(ctx);
  const { favorites } = studyRepository(ctx.store);
  const id = progressId(member._id, contentId);
  if (!on) {
    await favorites.removeWhere({ _id: id });
    return { favorite: false };
  }
  await loadVisibleContent(ctx, member, contentId);
  try {
    await favorites.insert({ _id: id, memberId: member._id, contentId, at: ctx.now });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  return { favorite: true };
}

export async function myContent(ctx: CallContext, view: 'favorites' | 'recent', skip: number, limit: number) {
  const member = requireMember(ctx);
  const { favorites, progress, contents } = studyRepository(ctx.store);
  const [refs, total] =
    view === 'favorites'
      ? await Promise.all([
          favorites.find({ memberId: member._id }, { sort: [['at', -1]], skip, limit }),
          favorites.count({ memberId: member._id }),
        ])
      : await Promise.all([
          progress.find({ memberId: member._id }, { sort: [['lastOpenedAt', -1]], skip, limit }),
          progress.count({ memberId: member._id }),
        ]);
  const ids = refs.map((ref) => ref.contentId);
  const docs = ids.length ? await contents.find({ _id: { $in: ids } }, { limit: ids.length }) : [];
  const ordered = ids
    .map((id) => docs.find((doc) => doc._id === id))
    .filter((doc): doc is ContentDoc => doc !== undefined && isVisible(doc, member, ctx.now));
  return { items: await cardsFor(ctx, member, ordered), total };
}
