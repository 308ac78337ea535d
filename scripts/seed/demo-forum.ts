import type { CommentDoc, ReadDoc, ReplyDoc, TopicDoc } from '../../cloudfunctions/modules/forum/forum.types';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import type { DocStore } from '../../cloudfunctions/store/types';

const HOUR = 3_600_000;
const EAST_BRANCH = 'u-b-east';

/**
 * 交流园地 of the 东湖 branch: three topics with replies (the secretary's pinned, one @mentioning the demo
 * member), and two comments under the first study item. The demo member has read one topic, so the others
 * show as new.
 */
export async function seedDemoForum(store: DocStore, now: number): Promise<boolean> {
  const topics = store.collection<TopicDoc>('forum_topics');
  if ((await topics.count({})) > 0) return false;
  const branch = await store
    .collection<MemberDoc>('members')
    .find({ unitId: EAST_BRANCH }, { sort: [['nameKey', 1]], limit: 100 });
  const secretary = branch.find((m) => m.role === 'branch_admin');
  const plain = branch.filter((m) => m.role === 'member');
  const [demoMember, second, third] = plain;
  if (!secretary || !demoMember || !second || !third) return false;
  const unit = await store.collection<UnitDoc>('units').get(EAST_BRANCH);
  const written = (author: MemberDoc, text: string, hoursAgo: number, mentioned: MemberDoc[] = []) => ({
    memberId: author._id,
    authorName: author.name,
    text,
    imageFileIds: [],
    mentionIds: mentioned.map((m) => m._id),
    mentionNames: mentioned.map((m) => m.name),
    createdAt: now - hoursAgo * HOUR,
    deleted: false,
    hidden: false,
    hiddenReason: null,
  });
  const topic = (
    id: string,
    title: string,
    opening: ReturnType<typeof written>,
    replies: Array<ReturnType<typeof written>>,
    pinned = false,
  ) => {
    const doc: TopicDoc = {
      _id: id,
      unitId: EAST_BRANCH,
      unitPath: [...secretary.unitPath],
      unitName: unit?.name ?? '',
      title,
      ...opening,
      pinned,
      closed: false,
      replyCount: replies.length,
      lastPostAt: replies.at(-1)?.createdAt ?? opening.createdAt,
    };
    const posts: ReplyDoc[] = replies.map((reply, index) => ({
      _id: `${id}-r${index + 1}`,
      topicId: id,
      unitPath: doc.unitPath,
      seq: index + 1,
      ...reply,
    }));
    return { doc, posts };
  };
  const board = [
    topic(
      'ft-demo-1',
      '本月主题党日：社区志愿服务分工',
      written(
        secretary,
        '本月主题党日到东湖社区开展志愿服务，请大家在这里报一下想参加的项目：环境整治、走访困难群众、政策宣讲。',
        50,
      ),
      [
        written(demoMember, '我参加走访困难群众，可以带上慰问品清单。', 30),
        written(second, '我报政策宣讲，最近正好学了基层治理的材料。', 20),
      ],
      true,
    ),
    topic(
      'ft-demo-2',
      '学习党章的几点体会',
      written(second, '重读党章总纲，对“全心全意为人民服务”有了更深的理解，大家也说说自己的体会。', 26, [demoMember]),
      [written(third, '我印象最深的是党员的八项义务，平时要对照检查。', 6)],
    ),
    topic(
      'ft-demo-3',
      '老党员座谈会想请大家出主意',
      written(third, '下个月想组织一次老党员座谈会，请大家出出主意：请哪些老同志、聊什么话题合适？', 4),
      [],
    ),
  ];
  for (const { doc, posts } of board) {
    await topics.insert(doc);
    for (const post of posts) await store.collection<ReplyDoc>('forum_posts').insert(post);
  }
  await store.collection<ReadDoc>('forum_reads').insert({
    _id: `${demoMember._id}:ft-demo-1`,
    memberId: demoMember._id,
    topicId: 'ft-demo-1',
    seen: 1,
    at: now - 25 * HOUR,
  });
  const comments = store.collection<CommentDoc>('comments');
  for (const [id, author, text, hoursAgo] of [
    ['cm-demo-1', second, '讲得很透彻，八项义务要经常对照。', 12],
    ['cm-demo-2', demoMember, '准备在小组学习时和大家一起讨论。', 3],
  ] as const)
    await comments.insert({
      _id: id,
      targetKind: 'content',
      targetId: 'c-demo-1',
      managedPath: ['u-committee'],
      memberId: author._id,
      authorName: author.name,
      text,
      createdAt: now - hoursAgo * HOUR,
      hidden: false,
      hiddenReason: null,
    });
  return true;
}
