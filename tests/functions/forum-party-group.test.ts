import type { DocStore } from '../../cloudfunctions/store/types';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * A member filed under a 党小组 (a unit below a branch) shares the branch's board: they read and post on it, the
 * branch's members read what they post, and each can @mention the other. A member of another branch still cannot.
 */
const MENTION_TITLE = '有人在交流园地提到了您';
const GROUP = 'u-b-east-group-1';

describe.each(['embedded', 'postgres'] as const)('a 党小组 member on the branch board on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let branchMember: string;
  let groupMember: string;
  let outsider: string;
  let branchName: string;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    const branch = await store.collection<any>('units').get('u-b-east');
    branchName = branch.name;
    const groupPath = [...branch.path, branch._id];
    await store
      .collection<any>('units')
      .insert({ _id: GROUP, name: '东湖第一党小组', kind: 'group', parentId: branch._id, path: groupPath });
    const east = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 2 });
    [branchMember, groupMember] = east.map((m) => m._id) as [string, string];
    await store
      .collection<any>('members')
      .updateWhere({ _id: groupMember }, { $set: { unitId: GROUP, unitPath: [...groupPath, GROUP] } });
    const [other] = await store
      .collection<any>('members')
      .find({ unitId: { $ne: 'u-b-east' }, role: 'member', status: 'normal' }, { limit: 1 });
    outsider = other._id;
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  const mentionsOf = async (memberId: string) =>
    (await store.collection<any>('notices').find({ memberId, title: MENTION_TITLE }, { limit: 50 })).length;
  const nameOf = async (memberId: string) => (await store.collection<any>('members').get(memberId)).name as string;

  test('the group member sees the branch board and replies on a branch topic', async () => {
    const posted = await ok(
      d.as(branchMember)('forum.topicCreate', { title: '支部学习安排', text: '请大家报名', imageFileIds: [] }),
    );
    const board = await ok(d.as(groupMember)('forum.topics', {}));
    expect(board.unitName).toBe(branchName);
    expect(board.items.map((t: any) => t.topicId)).toContain(posted.topicId);
    await ok(d.as(groupMember)('forum.reply', { topicId: posted.topicId, text: '我报名' }));
    const opened = await ok(d.as(branchMember)('forum.topic', { topicId: posted.topicId }));
    expect(opened.replies.map((r: any) => r.text)).toEqual(['我报名']);
  });

  test('a topic the group member opens is on the branch board, read by the branch and not by others', async () => {
    const posted = await ok(
      d.as(groupMember)('forum.topicCreate', { title: '小组活动照片', text: '周六的活动', imageFileIds: [] }),
    );
    const stored = await store.collection<any>('forum_topics').get(posted.topicId);
    expect(stored).toMatchObject({ unitId: 'u-b-east', unitName: branchName });
    expect(stored.unitPath[stored.unitPath.length - 1]).toBe('u-b-east');
    expect((await ok(d.as(branchMember)('forum.topics', {}))).items.map((t: any) => t.topicId)).toContain(
      posted.topicId,
    );
    expect((await ok(d.as(outsider)('forum.topics', {}))).items.map((t: any) => t.topicId)).not.toContain(
      posted.topicId,
    );
    expect((await d.as(outsider)('forum.topic', { topicId: posted.topicId })).error.code).toBe('FORBIDDEN');
  });

  test('branch and group members can @mention each other, and each is told once', async () => {
    const groupName = await nameOf(groupMember);
    const branchMemberName = await nameOf(branchMember);
    const seenByBranch = await ok(d.as(branchMember)('forum.mentionCandidates', { prefix: groupName.slice(0, 1) }));
    expect(seenByBranch.items).toContainEqual({ memberId: groupMember, name: groupName });
    const seenByGroup = await ok(
      d.as(groupMember)('forum.mentionCandidates', { prefix: branchMemberName.slice(0, 1) }),
    );
    expect(seenByGroup.items).toContainEqual({ memberId: branchMember, name: branchMemberName });

    const before = { group: await mentionsOf(groupMember), branch: await mentionsOf(branchMember) };
    const posted = await ok(
      d.as(branchMember)('forum.topicCreate', {
        title: '请小组同志补充',
        text: '看看还有什么要补充',
        imageFileIds: [],
        mentionIds: [groupMember, outsider],
      }),
    );
    await ok(
      d.as(groupMember)('forum.reply', { topicId: posted.topicId, text: '收到', mentionIds: [branchMember, outsider] }),
    );
    expect(await mentionsOf(groupMember)).toBe(before.group + 1);
    expect(await mentionsOf(branchMember)).toBe(before.branch + 1);
    expect(await mentionsOf(outsider)).toBe(0);
  });
});
