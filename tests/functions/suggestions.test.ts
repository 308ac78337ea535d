import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** The suggestion box through the real dispatcher: anonymity, scope, one reply and one notice, bad input. */
async function eastMembers(store: DocStore): Promise<string[]> {
  const found = await store
    .collection<any>('members')
    .find({ unitId: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 2 });
  return found.map((member) => member._id);
}

describe.each(['embedded', 'postgres'] as const)('the suggestion box on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let writer: string;
  let neighbour: string;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    [writer, neighbour] = (await eastMembers(store)) as [string, string];
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('an anonymous suggestion: the admin never sees who, the writer gets the reply once', async () => {
    const member = await store.collection<any>('members').get(writer);
    const sent = await ok(
      d.as(writer)('suggestion.submit', {
        category: 'org_life',
        text: '建议主题党日活动多到社区开展',
        anonymous: true,
      }),
    );
    expect(sent).toMatchObject({ status: 'received', anonymous: true, unitName: '东湖社区党支部' });
    await ok(
      d.as(writer)('suggestion.submit', { category: 'study', text: '希望增加线上学习的专题', anonymous: false }),
    );

    const admin = d.as(DEMO.eastBranchAdmin);
    const list = await ok(admin('admin.suggestionList', { unitId: 'u-b-east' }));
    const anonymous = list.items.find((item: any) => item.suggestionId === sent.suggestionId);
    expect(anonymous.authorName).toBeNull();
    expect(list.items.find((item: any) => !item.anonymous).authorName).toBe(member.name);
    expect(list.thisMonth).toEqual({ received: 2, in_progress: 0, answered: 0 });

    // No admin route returns the writer of an anonymous suggestion, nor the marks that lead to them.
    const stored = await store.collection<any>('suggestions').get(sent.suggestionId);
    expect(stored.authorId).toBeUndefined();
    expect(stored.authorName).toBeUndefined();
    const progressed = await ok(admin('admin.suggestionProgress', { suggestionId: sent.suggestionId }));
    const replied = await ok(
      admin('admin.suggestionReply', { suggestionId: sent.suggestionId, reply: '已纳入下月计划' }),
    );
    for (const answer of [list, progressed, replied]) {
      const text = JSON.stringify(answer.items?.find((i: any) => i.anonymous) ?? answer);
      for (const secret of [writer, member.name, stored.authorKey, stored.authorSealed])
        expect(text).not.toContain(secret);
    }
    expect(replied).toMatchObject({ status: 'answered', reply: '已纳入下月计划' });

    const mine = await ok(d.as(writer)('suggestion.mine', {}));
    expect(mine.total).toBe(2);
    expect(mine.items.find((item: any) => item.suggestionId === sent.suggestionId).reply).toBe('已纳入下月计划');
    expect((await ok(d.as(neighbour)('suggestion.mine', {}))).total).toBe(0);

    const again = await admin('admin.suggestionReply', { suggestionId: sent.suggestionId, reply: '再答复一次' });
    expect(again.error.code).toBe('CONFLICT');
    const notices = await store.collection<any>('notices').find({ memberId: writer }, { limit: 50 });
    expect(notices.filter((notice) => notice.title === '您的建议有了答复')).toHaveLength(1);

    const audit = await store.collection<any>('audit').find({ targetId: sent.suggestionId }, { limit: 10 });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['suggestion.progress', 'suggestion.reply']);
    expect(JSON.stringify(audit)).not.toContain(member.name);
    const counts = await ok(admin('admin.suggestionList', { unitId: 'u-b-east', status: 'answered' }));
    expect(counts.total).toBe(1);
    expect(counts.thisMonth).toEqual({ received: 1, in_progress: 0, answered: 1 });
  });

  test('an admin of another branch can neither read nor answer them', async () => {
    const { suggestionId } = await ok(
      d.as(writer)('suggestion.submit', { category: 'enterprise', text: '建议开展岗位技能比武', anonymous: false }),
    );
    const office = d.as(DEMO.officeBranchAdmin);
    expect((await office('admin.suggestionList', { unitId: 'u-b-east' })).error.code).toBe('OUT_OF_SCOPE');
    expect((await office('admin.suggestionReply', { suggestionId, reply: '收到' })).error.code).toBe('OUT_OF_SCOPE');
    expect((await d.as(writer)('admin.suggestionList', { unitId: 'u-b-east' })).error.code).toBe('FORBIDDEN');
    expect((await store.collection<any>('suggestions').get(suggestionId)).status).toBe('received');
  });

  test('bad input changes nothing', async () => {
    const before = await store.collection('suggestions').count({});
    const member = d.as(writer);
    for (const input of [
      { category: 'study', text: '短' },
      { category: 'gossip', text: '这是一条足够长的建议' },
      { category: 'study', text: '这条建议含有违禁词，应被拦下' },
      { category: 'study', text: '多余的字段', extra: 1 },
    ])
      expect((await member('suggestion.submit', input)).error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('suggestions').count({})).toBe(before);

    const { suggestionId } = await ok(member('suggestion.submit', { category: 'other', text: '食堂可以再改进一些' }));
    const short = await d.as(DEMO.eastBranchAdmin)('admin.suggestionReply', { suggestionId, reply: '' });
    expect(short.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection<any>('suggestions').get(suggestionId)).toMatchObject({
      status: 'received',
      reply: null,
    });
  });
});
