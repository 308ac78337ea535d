import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * An attacker's look at 交流园地: what the secretary hid stays as the record of why — its writer cannot wipe
 * a hidden reply or comment afterwards.
 */
const HIDDEN_TEXT = '这条回复里有不当言论';

describe('hidden posts and comments stay on record', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let writer: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    d = await dispatcherFor(store);
    const [member] = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 1 });
    writer = member!._id;
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('a reply hidden by the secretary cannot be deleted by its writer; an unhidden one can', async () => {
    const { topicId } = await ok(
      d.as(DEMO.eastBranchAdmin)('forum.topicCreate', { title: '支部活动安排', text: '请大家提建议' }),
    );
    const hidden = await ok(d.as(writer)('forum.reply', { topicId, text: HIDDEN_TEXT }));
    const kept = await ok(d.as(writer)('forum.reply', { topicId, text: '我来报名' }));
    await ok(d.as(DEMO.eastBranchAdmin)('admin.forumHide', { topicId, postId: hidden.postId, reason: '言论不当' }));

    const wipe = await d.as(writer)('forum.deleteOwn', { postId: hidden.postId });
    expect(wipe.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已被管理员隐藏') });
    expect((await store.collection<any>('forum_posts').get(hidden.postId)).text).toBe(HIDDEN_TEXT);
    await ok(d.as(writer)('forum.deleteOwn', { postId: kept.postId }));
  });

  test('a study item not yet published takes no comments from members and shows them none', async () => {
    await store.collection<any>('contents').insert({
      _id: 'c-security-draft',
      title: '尚未发布的学习材料',
      status: 'draft',
      publishAt: null,
      audienceUnitId: 'u-gb-com',
      audiencePath: ['u-committee', 'u-gb-com'],
    });
    const target = { targetKind: 'content', targetId: 'c-security-draft' };
    const added = await d.as(writer)('comments.add', { ...target, text: '抢先评论' });
    expect(added.error.code).toBe('NOT_FOUND');
    expect(await store.collection('comments').count({ targetId: 'c-security-draft' })).toBe(0);
    expect((await d.as(writer)('comments.list', target)).error.code).toBe('NOT_FOUND');
    // Its admins, who may preview it, still reach its comments.
    expect((await ok(d.as(DEMO.orgAdmin)('comments.list', target))).total).toBe(0);
  });

  test('a comment hidden by the secretary cannot be deleted by its writer', async () => {
    await store.collection<any>('contents').insert({
      _id: 'c-security-forum',
      title: '学习党章',
      status: 'published',
      publishAt: d.clock.now - 86_400_000,
      audienceUnitId: 'u-gb-com',
      audiencePath: ['u-committee', 'u-gb-com'],
    });
    const target = { targetKind: 'content', targetId: 'c-security-forum' };
    const comment = await ok(d.as(writer)('comments.add', { ...target, text: HIDDEN_TEXT }));
    await ok(d.as(DEMO.orgAdmin)('admin.commentHide', { commentId: comment.commentId, reason: '言论不当' }));
    const wipe = await d.as(writer)('comments.deleteOwn', { commentId: comment.commentId });
    expect(wipe.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已被管理员隐藏') });
    expect((await store.collection<any>('comments').get(comment.commentId)).text).toBe(HIDDEN_TEXT);
  });
});
