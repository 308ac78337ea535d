import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 交流园地 through the real dispatcher: mentions told once, unread markers, content safety, moderation with
 * its audit, comments, places taken by concurrent replies, bad input, and the dashboard's participation figure.
 */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const MENTION_TITLE = '有人在交流园地提到了您';

async function eastMembers(store: DocStore): Promise<string[]> {
  const found = await store
    .collection<any>('members')
    .find({ unitId: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 3 });
  return found.map((member) => member._id);
}

describe.each(['embedded', 'postgres'] as const)('the branch board on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let writer: string;
  let neighbour: string;
  let third: string;
  let outsider: string;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    [writer, neighbour, third] = (await eastMembers(store)) as [string, string, string];
    const other = await store
      .collection<any>('members')
      .find({ unitId: { $ne: 'u-b-east' }, role: 'member', status: 'normal' }, { limit: 1 });
    outsider = other[0]._id;
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  const mentionsOf = async (memberId: string) =>
    (await store.collection<any>('notices').find({ memberId, title: MENTION_TITLE }, { limit: 50 })).length;

  test('a topic with an image and an @mention: told once, unread until read, replies counted for the writer', async () => {
    const neighbourName = (await store.collection<any>('members').get(neighbour)).name as string;
    const candidates = await ok(d.as(writer)('forum.mentionCandidates', { prefix: neighbourName.slice(0, 1) }));
    expect(candidates.items).toContainEqual({ memberId: neighbour, name: neighbourName });
    expect(Object.keys(candidates.items[0]).sort()).toEqual(['memberId', 'name']);

    const image = await ok(d.as(writer)('forum.upload', { name: '合影.png', content: TINY_PNG }));
    const before = await mentionsOf(neighbour);
    const posted = await ok(
      d.as(writer)('forum.topicCreate', {
        title: '社区志愿服务怎么分工',
        text: '大家说说想法',
        imageFileIds: [image.fileId],
        mentionIds: [neighbour, neighbour, writer, outsider],
      }),
    );
    expect(await mentionsOf(neighbour)).toBe(before + 1);
    expect(await mentionsOf(outsider)).toBe(0);

    const seenByNeighbour = await ok(d.as(neighbour)('forum.topics', {}));
    const listed = seenByNeighbour.items.find((t: any) => t.topicId === posted.topicId);
    expect(listed).toMatchObject({ unread: true, imageCount: 1, authorName: expect.any(String) });
    const mineListed = (await ok(d.as(writer)('forum.topics', {}))).items.find(
      (t: any) => t.topicId === posted.topicId,
    );
    expect(mineListed.unread).toBe(false);

    const opened = await ok(d.as(neighbour)('forum.topic', { topicId: posted.topicId }));
    expect(opened.opening).toMatchObject({ text: '大家说说想法', mentionNames: [neighbourName], mine: false });
    expect(opened.opening.imageUrls).toHaveLength(1);
    expect(opened.canModerate).toBe(false);
    await ok(d.as(neighbour)('forum.reply', { topicId: posted.topicId, text: '我可以负责登记' }));
    const afterReply = (await ok(d.as(writer)('forum.topics', {}))).items.find(
      (t: any) => t.topicId === posted.topicId,
    );
    expect(afterReply).toMatchObject({ unread: true, unreadCount: 1, replyCount: 1 });
    await ok(d.as(writer)('forum.topic', { topicId: posted.topicId }));
    const read = (await ok(d.as(writer)('forum.topics', {}))).items.find((t: any) => t.topicId === posted.topicId);
    expect(read).toMatchObject({ unread: false, unreadCount: 0 });

    // Another branch's member neither reads nor replies; an image someone else uploaded cannot be attached.
    expect((await d.as(outsider)('forum.topic', { topicId: posted.topicId })).error.code).toBe('FORBIDDEN');
    expect((await d.as(outsider)('forum.reply', { topicId: posted.topicId, text: '路过' })).error.code).toBe(
      'FORBIDDEN',
    );
    const stolen = await d.as(neighbour)('forum.reply', {
      topicId: posted.topicId,
      text: '借用一张图',
      imageFileIds: [image.fileId],
    });
    expect(stolen.error.code).toBe('VALIDATION_FAILED');
  });

  test('a blocked word or bad input is refused with a clear message and nothing is stored or sent', async () => {
    const count = async () =>
      (await store.collection<any>('forum_topics').count({})) + (await store.collection<any>('forum_posts').count({}));
    const stored = await count();
    const told = await mentionsOf(neighbour);
    const blocked = await d.as(writer)('forum.topicCreate', {
      title: '周末活动',
      text: '有人组织赌博吗',
      mentionIds: [neighbour],
    });
    expect(blocked.error).toMatchObject({ code: 'CONTENT_REJECTED', fields: { text: '请修改不适宜的词语' } });
    expect(blocked.error.message).toContain('不适宜');
    const tooShort = await d.as(writer)('forum.topicCreate', { title: '问', text: '内容', mentionIds: [neighbour] });
    expect(tooShort.error.code).toBe('VALIDATION_FAILED');
    const topic = (await ok(d.as(writer)('forum.topics', {}))).items[0];
    const blockedReply = await d.as(writer)('forum.reply', { topicId: topic.topicId, text: '违禁词' });
    expect(blockedReply.error.code).toBe('CONTENT_REJECTED');
    expect(await count()).toBe(stored);
    expect(await mentionsOf(neighbour)).toBe(told);
  });

  test('the secretary pins, closes and hides with a reason, audited; members see the hidden notice', async () => {
    const first = await ok(d.as(writer)('forum.topicCreate', { title: '学习心得分享', text: '这周学了党章' }));
    const second = await ok(d.as(third)('forum.topicCreate', { title: '闲聊', text: '今天天气不错' }));
    const reply = await ok(d.as(neighbour)('forum.reply', { topicId: first.topicId, text: '广告链接' }));
    const admin = d.as(DEMO.eastBranchAdmin);

    expect((await d.as(writer)('admin.forumPin', { topicId: first.topicId, pinned: true })).error.code).toBe(
      'FORBIDDEN',
    );
    await ok(admin('admin.forumPin', { topicId: first.topicId, pinned: true }));
    const board = await ok(d.as(third)('forum.topics', {}));
    expect(board.items[0]).toMatchObject({ topicId: first.topicId, pinned: true });

    const noReason = await admin('admin.forumHide', { topicId: first.topicId, postId: reply.postId, reason: '' });
    expect(noReason.error.code).toBe('VALIDATION_FAILED');
    expect((await store.collection<any>('forum_posts').get(reply.postId)).hidden).toBe(false);
    await ok(admin('admin.forumHide', { topicId: first.topicId, postId: reply.postId, reason: '含广告内容' }));
    await ok(admin('admin.forumHide', { topicId: second.topicId, reason: '与支部工作无关' }));
    await ok(admin('admin.forumClose', { topicId: first.topicId, closed: true }));

    const seen = await ok(d.as(third)('forum.topic', { topicId: first.topicId }));
    expect(seen.replies[0]).toMatchObject({ text: '该内容已被管理员隐藏', hidden: true, hiddenReason: null });
    expect(JSON.stringify(seen)).not.toContain('广告链接');
    const moderated = await ok(admin('forum.topic', { topicId: first.topicId }));
    expect(moderated.canModerate).toBe(true);
    expect(moderated.replies[0]).toMatchObject({ text: '广告链接', hiddenReason: '含广告内容' });
    const hiddenTopic = (await ok(d.as(writer)('forum.topics', {}))).items.find(
      (t: any) => t.topicId === second.topicId,
    );
    expect(hiddenTopic).toMatchObject({ hidden: true, title: '该内容已被管理员隐藏' });

    const closed = await d.as(third)('forum.reply', { topicId: first.topicId, text: '我也来说说' });
    expect(closed.error).toMatchObject({ code: 'CONFLICT', message: '这个话题已被关闭，不能再回复。' });

    const audit = await store
      .collection<any>('audit')
      .find({ targetId: { $in: [first.topicId, second.topicId, reply.postId] } }, { limit: 10 });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['forum.close', 'forum.hide', 'forum.hide', 'forum.pin']);
    expect(audit.find((entry) => entry.targetId === reply.postId).summary).toContain('含广告内容');

    // Members delete only their own posts; the place stays.
    expect((await d.as(third)('forum.deleteOwn', { postId: first.topicId })).error.code).toBe('NOT_FOUND');
    await ok(d.as(writer)('forum.deleteOwn', { postId: first.topicId }));
    const deleted = await ok(d.as(third)('forum.topic', { topicId: first.topicId }));
    expect(deleted.opening).toMatchObject({ deleted: true, text: '该内容已被作者删除' });
  });

  test('comments under a study item: added, hidden by its admins with a reason, deleted by their writer', async () => {
    const content = { _id: 'c-forum-test' };
    await store.collection<any>('contents').insert({
      ...content,
      title: '学习党章',
      status: 'published',
      publishAt: d.clock.now - 86_400_000,
      audienceUnitId: 'u-gb-com',
      audiencePath: ['u-committee', 'u-gb-com'],
    });
    const target = { targetKind: 'content', targetId: content._id };
    const added = await ok(d.as(writer)('comments.add', { ...target, text: '讲得很透彻' }));
    d.clock.now += 60_000;
    const other = await ok(d.as(neighbour)('comments.add', { ...target, text: '学到了' }));
    const blocked = await d.as(neighbour)('comments.add', { ...target, text: '代开发票找我' });
    expect(blocked.error).toMatchObject({ code: 'CONTENT_REJECTED', fields: { text: '请修改不适宜的词语' } });
    const listed = await ok(d.as(neighbour)('comments.list', target));
    expect(listed.items.map((c: any) => c.text)).toEqual(['学到了', '讲得很透彻']);
    expect(listed.canModerate).toBe(false);

    expect(
      (await d.as(DEMO.eastBranchAdmin)('admin.commentHide', { commentId: added.commentId, reason: '不妥' })).error
        .code,
    ).toBe('OUT_OF_SCOPE');
    await ok(d.as(DEMO.orgAdmin)('admin.commentHide', { commentId: added.commentId, reason: '与学习内容无关' }));
    const after = await ok(d.as(neighbour)('comments.list', target));
    expect(after.items.find((c: any) => c.commentId === added.commentId).text).toBe('该内容已被管理员隐藏');
    const audit = await store.collection<any>('audit').find({ targetId: added.commentId }, { limit: 5 });
    expect(audit.map((entry) => entry.action)).toEqual(['comment.hide']);

    expect((await d.as(writer)('comments.deleteOwn', { commentId: other.commentId })).error.code).toBe('NOT_FOUND');
    await ok(d.as(neighbour)('comments.deleteOwn', { commentId: other.commentId }));
    expect((await ok(d.as(writer)('comments.list', target))).total).toBe(1);
  });

  test('replies at the same moment each take their own place; the count matches', async () => {
    const topic = await ok(d.as(writer)('forum.topicCreate', { title: '同时回复', text: '请大家回复' }));
    const answers = await Promise.all(
      [neighbour, third, writer, neighbour, third].map((id, i) =>
        d.as(id)('forum.reply', { topicId: topic.topicId, text: `第${i + 1}条回复` }),
      ),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    const replies = await store.collection<any>('forum_posts').find({ topicId: topic.topicId }, { limit: 10 });
    expect(replies.map((r) => r.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    expect((await store.collection<any>('forum_topics').get(topic.topicId)).replyCount).toBe(5);
  });

  test('the console counts this month’s posts and posters, and the reconcile agrees', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const anchor = new Date(d.clock.now + 8 * 3600_000).toISOString().slice(0, 10);
    const live = await ok(admin('admin.dashboard', { unitId: 'u-b-east', period: 'month', anchor }));
    const posts =
      (await store.collection<any>('forum_topics').count({ unitId: 'u-b-east' })) +
      (await store.collection<any>('forum_posts').count({ unitPath: 'u-b-east' }));
    expect(live.forumThisMonth).toEqual({ posts, members: 3 });
    await ok(d.system('system.reconcileAggregates', {}));
    const rebuilt = await ok(admin('admin.dashboard', { unitId: 'u-b-east', period: 'month', anchor }));
    expect(rebuilt.forumThisMonth).toEqual(live.forumThisMonth);
  });
});
