import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * A board belongs to those the forum itself puts on it: a committee's or general branch's board to the
 * unit's own members only, a branch's board to the branch and its 党小组. Members further down the tree do
 * not reach a higher unit's topics by their id.
 */
const RETIRED_MEMBER = 'm-008'; // a member of 离退休干部党支部, under 城南街道党委

describe.each(['embedded', 'postgres'] as const)('who reaches a topic on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  const postsOn = (topicId: string) => store.collection('forum_posts').count({ topicId });

  test('a member below the committee can neither read nor reply to a topic on the committee board', async () => {
    const { topicId } = await ok(
      d.as(DEMO.superAdmin)('forum.topicCreate', { title: '党委工作安排', text: '请党委委员提意见' }),
    );
    const before = await postsOn(topicId);

    const read = await d.as(RETIRED_MEMBER)('forum.topic', { topicId });
    expect(read.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('城南街道党委') });
    const reply = await d.as(RETIRED_MEMBER)('forum.reply', { topicId, text: '我也来说两句' });
    expect(reply.error.code).toBe('FORBIDDEN');
    expect(await postsOn(topicId)).toBe(before);

    // The committee's own members, and its admins by their scope, still take part.
    await ok(d.as(DEMO.orgAdmin)('forum.reply', { topicId, text: '同意' }));
    expect(await postsOn(topicId)).toBe(before + 1);
  });

  test('a member of a 党小组 reaches the topics of the branch above it; another branch does not', async () => {
    await store.collection<any>('units').insert({
      _id: 'u-g-east-1',
      name: '东湖社区第一党小组',
      kind: 'group',
      parentId: 'u-b-east',
      path: ['u-committee', 'u-gb-com', 'u-b-east'],
    });
    const [groupMember] = await store
      .collection<{ _id: string }>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 1 });
    await store
      .collection<any>('members')
      .updateWhere(
        { _id: groupMember!._id },
        { $set: { unitId: 'u-g-east-1', unitPath: ['u-committee', 'u-gb-com', 'u-b-east', 'u-g-east-1'] } },
      );
    const { topicId } = await ok(
      d.as(DEMO.eastBranchAdmin)('forum.topicCreate', { title: '支部主题党日', text: '本月主题党日安排' }),
    );

    await ok(d.as(groupMember!._id)('forum.reply', { topicId, text: '收到' }));
    expect((await ok(d.as(groupMember!._id)('forum.topic', { topicId }))).title).toBe('支部主题党日');
    expect((await d.as(RETIRED_MEMBER)('forum.topic', { topicId })).error.code).toBe('FORBIDDEN');
  });
});
