import type { DocStore } from '../../store/types';
import type { CommentDoc, MonthPosterDoc, ReadDoc, ReplyDoc, TopicDoc, UploadDoc } from './forum.types';

export function forumRepository(store: DocStore) {
  return {
    topics: store.collection<TopicDoc>('forum_topics'),
    replies: store.collection<ReplyDoc>('forum_posts'),
    reads: store.collection<ReadDoc>('forum_reads'),
    uploads: store.collection<UploadDoc>('forum_uploads'),
    monthPosters: store.collection<MonthPosterDoc>('forum_month_posters'),
    comments: store.collection<CommentDoc>('comments'),
  };
}

export const readId = (memberId: string, topicId: string) => `${memberId}:${topicId}`;
export const monthPosterId = (memberId: string, month: string) => `${memberId}:${month}`;

/** What members see in place of a hidden post. */
export const HIDDEN_NOTICE = '该内容已被管理员隐藏';
export const DELETED_NOTICE = '该内容已被作者删除';
/** Why a writer cannot delete what the admins hid: it stays as the record of why. */
export const HIDDEN_STAYS = '这条内容已被管理员隐藏，不能删除；如有异议请联系支部书记。';
