import { MEDIA_KINDS, type ContentCategory, type ContentKind } from '@contract/labels';
import type { RouteInput, RouteOutput } from '@contract/contract';
import { blocksToHtml, htmlToBlocks, type Block } from '@/features/study/blocks';

/** What the duration stepper shows before anything is set. */
export const DEFAULT_MEDIA_SECONDS = 600;

/** The editor's values: the contract's fields in the shapes the widgets edit (blocks, picked ids, epoch ms). */
export interface ContentValues extends Record<string, unknown> {
  contentId: string;
  audienceUnitId: string;
  kind: ContentKind;
  category: ContentCategory;
  title: string;
  summary: string;
  tags: string;
  source: string;
  author: string;
  minutes: number;
  media: string;
  duration: number | null;
  cover: { ref: string; url: string } | null;
  topicItemIds: string[];
  blocks: Block[];
  publishAt: number | null;
}

export const emptyContent = (unitId: string): ContentValues => ({
  contentId: '',
  audienceUnitId: unitId,
  kind: 'article',
  category: 'theory',
  title: '',
  summary: '',
  tags: '',
  source: '',
  author: '',
  minutes: 5,
  media: '',
  duration: null,
  cover: null,
  topicItemIds: [],
  blocks: [{ kind: 'paragraph', text: '' }],
  publishAt: null,
});

export function contentToValues(c: RouteOutput<'admin.contentGet'>): ContentValues {
  return {
    contentId: c.contentId,
    audienceUnitId: c.unitId,
    kind: c.kind,
    category: c.category,
    title: c.title,
    summary: c.summary,
    tags: c.tags.join('，'),
    source: c.source,
    author: c.author,
    minutes: c.estimatedMinutes,
    media: c.media ?? '',
    duration: c.durationSeconds,
    cover: c.coverFileId ? { ref: c.coverFileId, url: c.coverUrl ?? '' } : null,
    topicItemIds: c.topicItemIds,
    blocks: c.body ? htmlToBlocks(c.body) : [{ kind: 'paragraph', text: '' }],
    publishAt: null,
  };
}

export function valuesToInput(v: ContentValues): RouteInput<'admin.contentSave'> {
  const isMedia = MEDIA_KINDS.includes(v.kind);
  return {
    ...(v.contentId ? { contentId: v.contentId } : {}),
    unitId: v.audienceUnitId,
    kind: v.kind,
    category: v.category,
    title: v.title,
    summary: v.summary,
    coverFileId: v.cover?.ref ?? null,
    body: blocksToHtml(v.blocks),
    media: isMedia && v.media.trim() ? v.media.trim() : null,
    durationSeconds: isMedia ? (v.duration ?? DEFAULT_MEDIA_SECONDS) : null,
    topicItemIds: v.kind === 'topic' ? v.topicItemIds : [],
    tags: v.tags
      .split(/[,，、\s]+/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    source: v.source,
    author: v.author,
    estimatedMinutes: v.minutes,
  };
}
