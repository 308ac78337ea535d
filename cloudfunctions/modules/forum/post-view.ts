import type { z } from 'zod';
import type { ForumPost } from '../../../types/schemas/forum';
import type { CallContext } from '../../kernel/context';
import { DELETED_NOTICE, HIDDEN_NOTICE } from './forum.repository';
import type { ReplyDoc, TopicDoc } from './forum.types';

/**
 * A post as a reader sees it: a hidden one shows the admins' notice (its text and reason only to those who
 * moderate), a deleted one that it was deleted; images are shown by a short-lived URL.
 */
export async function postView(
  ctx: CallContext,
  doc: TopicDoc | ReplyDoc,
  viewerId: string,
  canModerate: boolean,
): Promise<z.input<typeof ForumPost>> {
  const shown = !doc.deleted && (!doc.hidden || canModerate);
  const urls = shown ? await Promise.all(doc.imageFileIds.map((id) => ctx.platform.files.urlOf(id))) : [];
  return {
    postId: doc._id,
    authorName: doc.authorName,
    text: doc.deleted ? DELETED_NOTICE : shown ? doc.text : HIDDEN_NOTICE,
    imageUrls: urls.filter((url): url is string => url !== null),
    mentionNames: shown ? doc.mentionNames : [],
    createdAt: doc.createdAt,
    mine: doc.memberId === viewerId,
    hidden: doc.hidden,
    hiddenReason: canModerate ? doc.hiddenReason : null,
    deleted: doc.deleted,
  };
}

/** The first line of a topic's text for the board list, or the notice that replaces it. */
export function excerptOf(topic: TopicDoc): string {
  if (topic.deleted) return DELETED_NOTICE;
  if (topic.hidden) return HIDDEN_NOTICE;
  return topic.text.replace(/\s+/g, ' ').slice(0, 60);
}
