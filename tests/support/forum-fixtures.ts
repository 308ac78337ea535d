import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * For the authorisation matrix: a board topic and a comment (under the study item `c-east` / `c-other`) in the
 * east branch and in the other committee's branch.
 */
export async function addForumFixtures(store: DocStore, now: number): Promise<void> {
  for (const [suffix, unitId, unitPath, memberId] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east'], 'm-x-east'],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch'], 'm-x-other'],
  ] as const) {
    const written = {
      memberId,
      authorName: '测试党员',
      text: '大家谈谈学习体会',
      imageFileIds: [],
      mentionIds: [],
      mentionNames: [],
      createdAt: now,
      deleted: false,
      hidden: false,
      hiddenReason: null,
    };
    await store.collection<any>('forum_topics').insert({
      ...written,
      _id: `ft-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      title: '学习体会交流',
      pinned: false,
      closed: false,
      replyCount: 1,
      lastPostAt: now,
    });
    await store.collection<any>('forum_posts').insert({
      ...written,
      _id: `fp-${suffix}`,
      topicId: `ft-${suffix}`,
      unitPath: [...unitPath],
      seq: 1,
    });
    await store.collection<any>('comments').insert({
      _id: `cm-${suffix}`,
      targetKind: 'content',
      targetId: `c-${suffix}`,
      managedPath: [...unitPath],
      memberId,
      authorName: '测试党员',
      text: '很有收获',
      createdAt: now,
      hidden: false,
      hiddenReason: null,
    });
  }
}
