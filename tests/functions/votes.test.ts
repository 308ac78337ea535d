import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** Votes through the real dispatcher: exactly one ballot per member under a race on both stores, then every rule. */
const HOUR = 3_600_000;
const poll = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-gb-com',
  kind: 'poll',
  title: '社区党总支年度重点工作意见征集',
  description: '请选出您认为最重要的一项',
  options: ['老旧小区改造', '养老服务', '青少年教育'],
  opensAt: FIXED_NOW - HOUR,
  closesAt: FIXED_NOW + 24 * HOUR,
  resultPolicy: 'after_vote',
  ...overrides,
});

/** The China day of the fixed clock: the console's figures are for the year it falls in. */
const ANCHOR = new Date(FIXED_NOW + 8 * HOUR).toISOString().slice(0, 10);

/** A cast id as a device draws one per ballot. */
const castId = () => randomBytes(16).toString('hex');

/** Members of a unit's subtree who may vote in a vote of that kind (what the service counts as eligible). */
async function votersIn(store: DocStore, unitId: string, stages: string[], limit = 100): Promise<string[]> {
  const found: string[] = [];
  for (let skip = 0; found.length < limit; skip += 100) {
    const page = await store
      .collection<any>('members')
      .find({ unitPath: unitId, stage: { $in: stages }, status: { $in: ['normal', 'mobile'] } }, { skip, limit: 100 });
    if (!page.length) break;
    found.push(...page.map((m) => m._id));
  }
  return found.slice(0, limit);
}

describe.each(['embedded', 'postgres'] as const)('the ballot race on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    await seedSyntheticMembers(store, 400, FIXED_NOW);
    d = await dispatcherFor(store);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('every member counted once: three copies of each ballot at once, then a changed ballot refused', async () => {
    const { voteId } = await ok(d.as(DEMO.orgAdmin)('admin.voteCreate', poll()));
    // Sixty voters, each sending three copies at once: enough contention to prove one ballot per member.
    const voters = await votersIn(store, 'u-gb-com', ['probationary', 'full'], 60);
    expect(voters.length).toBe(60);
    await d.signIn(...voters);
    const ballotsOnDashboard = async () =>
      (await ok(d.as(DEMO.orgAdmin)('admin.dashboard', { unitId: 'u-gb-com', period: 'year', anchor: ANCHOR }))).totals
        .ballotsCast;
    const ballotsBefore = await ballotsOnDashboard();
    const choiceOf = (i: number) => `o${(i % 3) + 1}`;
    const results = await Promise.all(
      voters.flatMap((memberId, i) => {
        const ballot = { voteId, optionIds: [choiceOf(i)], castId: castId() };
        return [0, 1, 2].map(() => d.as(memberId)('vote.cast', ballot));
      }),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const changed = await Promise.all(
      voters
        .slice(0, 20)
        .map((memberId, i) => d.as(memberId)('vote.cast', { voteId, optionIds: [choiceOf(i + 1)], castId: castId() })),
    );
    expect(changed.map((r) => r.ok || r.error.code)).toEqual(Array(20).fill('CONFLICT'));

    const count = await ok(d.as(DEMO.orgAdmin)('admin.voteResults', { voteId }));
    expect(count.results.ballots).toBe(60);
    expect(count.results.counts).toEqual([
      { optionId: 'o1', count: 20 },
      { optionId: 'o2', count: 20 },
      { optionId: 'o3', count: 20 },
    ]);
    expect(await store.collection('vote_ballots').count({ voteId })).toBe(60);
    expect(await store.collection('vote_participations').count({ voteId })).toBe(60);
    // The console counts each ballot once too: only the copy whose ballot went in reports it.
    expect((await ballotsOnDashboard()) - ballotsBefore).toBe(60);
  }, 120_000);
});

describe('the rules of a vote', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a 表决 counts full members only; probationary members see why they cannot vote', async () => {
    const { voteId } = await ok(
      d.as(DEMO.orgAdmin)(
        'admin.voteCreate',
        poll({ kind: 'ballot', title: '关于接收预备党员的表决', options: ['同意', '不同意', '弃权'] }),
      ),
    );
    const [full] = await votersIn(store, 'u-gb-com', ['full'], 1);
    const [probationary] = await votersIn(store, 'u-gb-com', ['probationary'], 1);
    const vote = await store.collection<any>('votes').get(voteId);
    expect(vote.eligibleCount).toBe(
      await store
        .collection('members')
        .count({ unitPath: 'u-gb-com', stage: 'full', status: { $in: ['normal', 'mobile'] } }),
    );

    const refused = await d.as(probationary!)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('FORBIDDEN');
    expect(refused.error.message).toContain('预备党员没有表决权');
    expect((await ok(d.as(probationary!)('vote.detail', { voteId }))).eligible).toBe(false);

    const cast = await ok(d.as(full!)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() }));
    expect(cast.voted).toBe(true);
    expect(cast.myChoices).toEqual(['o1']);
    // after_vote: the count shows once I have voted.
    expect(cast.results.counts[0]).toEqual({ optionId: 'o1', count: 1 });
  });

  test('the window, the number of choices and the options are checked; a refused ballot changes nothing', async () => {
    const admin = d.as(DEMO.orgAdmin);
    const [voter] = await votersIn(store, 'u-gb-com', ['full'], 1);
    const later = await ok(admin('admin.voteCreate', poll({ opensAt: FIXED_NOW + HOUR })));
    const early = await d.as(voter!)('vote.cast', { voteId: later.voteId, optionIds: ['o1'], castId: castId() });
    expect(early.error.code).toBe('CONFLICT');
    expect(early.error.message).toContain('还没有开始');

    const { voteId } = await ok(admin('admin.voteCreate', poll({ maxChoices: 2, resultPolicy: 'after_close' })));
    const tooMany = await d.as(voter!)('vote.cast', { voteId, optionIds: ['o1', 'o2', 'o3'], castId: castId() });
    expect(tooMany.error.code).toBe('VALIDATION_FAILED');
    const unknown = await d.as(voter!)('vote.cast', { voteId, optionIds: ['o9'], castId: castId() });
    expect(unknown.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('vote_ballots').count({ voteId })).toBe(0);

    const cast = await ok(d.as(voter!)('vote.cast', { voteId, optionIds: ['o2', 'o1', 'o2'], castId: castId() }));
    expect(cast.myChoices).toEqual(['o2', 'o1']);
    // after_close: no count for members while it runs, but the admin sees it.
    expect(cast.results).toBeNull();
    expect((await ok(admin('admin.voteResults', { voteId }))).results.ballots).toBe(1);

    d.clock.now += 25 * HOUR;
    const late = await d.as(DEMO.member)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() });
    expect(late.error.code).toBe('CONFLICT');
    expect(late.error.message).toContain('已经结束');
    const closed = await ok(d.as(voter!)('vote.detail', { voteId }));
    expect(closed.state).toBe('closed');
    expect(closed.results.counts).toEqual([
      { optionId: 'o1', count: 1 },
      { optionId: 'o2', count: 1 },
      { optionId: 'o3', count: 0 },
    ]);
    d.clock.now -= 25 * HOUR;
  });

  test('closing early stops ballots, is audited, and happens once', async () => {
    const admin = d.as(DEMO.orgAdmin);
    const { voteId } = await ok(admin('admin.voteCreate', poll()));
    const closes = await Promise.all([admin('admin.voteClose', { voteId }), admin('admin.voteClose', { voteId })]);
    expect(closes.map((r) => r.ok || r.error.code).sort()).toEqual(['CONFLICT', true].sort());
    const [voter] = await votersIn(store, 'u-gb-com', ['full'], 1);
    expect((await d.as(voter!)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() })).error.code).toBe(
      'CONFLICT',
    );
    expect(await store.collection('audit').count({ targetId: voteId, action: 'vote.close' })).toBe(1);
    expect(await store.collection('audit').count({ targetId: voteId, action: 'vote.create' })).toBe(1);
  });

  test('members see the votes of their own units only; admins only their subtree', async () => {
    const { voteId } = await ok(d.as(DEMO.eastBranchAdmin)('admin.voteCreate', poll({ unitId: 'u-b-east' })));
    const west = await ok(d.as(DEMO.member)('vote.list', {}));
    expect(west.items.map((v: any) => v.voteId)).not.toContain(voteId);
    expect((await d.as(DEMO.member)('vote.detail', { voteId })).error.code).toBe('FORBIDDEN');
    expect((await d.as(DEMO.member)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() })).error.code).toBe(
      'FORBIDDEN',
    );
    const [eastVoter] = await votersIn(store, 'u-b-east', ['probationary', 'full'], 1);
    const east = await ok(d.as(eastVoter!)('vote.list', {}));
    expect(east.items.map((v: any) => v.voteId)).toContain(voteId);
    expect((await d.as('m-007')('admin.voteResults', { voteId })).error.code).toBe('OUT_OF_SCOPE');
    const list = await ok(d.as(DEMO.eastBranchAdmin)('admin.voteList', { unitId: 'u-b-east' }));
    expect(list.items[0]).toMatchObject({ voteId, ballots: 0, state: 'open' });
  });

  test('a unit without anyone entitled to vote is refused with a reason', async () => {
    await store.collection<any>('units').insert({
      _id: 'u-empty-vote',
      name: '空支部',
      kind: 'branch',
      parentId: 'u-gb-com',
      path: ['u-committee', 'u-gb-com'],
    });
    const refused = await d.as(DEMO.orgAdmin)('admin.voteCreate', poll({ unitId: 'u-empty-vote' }));
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    expect(refused.error.fields.unitId).toBeTruthy();
  });
});
