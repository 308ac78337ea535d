import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { MAX_PAGE, type Doc, type DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * Ballots stored before ballot secrecy held their voter (`<voteId>_<memberId>`, memberId, castAt) and left
 * no participation, so their voters could vote again. Setup rewrites them: each voter has voted, the counts
 * stay as they were, no ballot names anyone, a crash part-way loses or doubles nothing, and running setup
 * again changes nothing more.
 */
const HOUR = 3_600_000;
const castId = () => randomBytes(16).toString('hex');

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

async function everyDocument(name: string): Promise<Doc[]> {
  const all: Doc[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await store.collection(name).find({}, { skip, limit: MAX_PAGE, sort: [['_id', 1]] });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

async function openPoll(title: string): Promise<string> {
  const { voteId } = await ok(
    d.as(DEMO.orgAdmin)('admin.voteCreate', {
      unitId: 'u-gb-com',
      kind: 'poll',
      title,
      options: ['老旧小区改造', '养老服务', '青少年教育'],
      opensAt: FIXED_NOW - HOUR,
      closesAt: FIXED_NOW + 24 * HOUR,
      resultPolicy: 'after_vote',
    }),
  );
  return voteId;
}

async function votersOfCommunity(count: number): Promise<string[]> {
  const members = await store
    .collection<{ _id: string }>('members')
    .find({ unitPath: 'u-gb-com', stage: { $in: ['probationary', 'full'] }, status: 'normal' }, { limit: count });
  expect(members).toHaveLength(count);
  return members.map((member) => member._id);
}

/** Ballots as the version before secrecy stored them, written straight into the store. */
async function storeLegacyBallots(voteId: string, voters: string[], choices: string[][]): Promise<void> {
  for (const [i, memberId] of voters.entries())
    await store.collection('vote_ballots').insert({
      _id: `${voteId}_${memberId}`,
      voteId,
      memberId,
      choices: choices[i]!,
      castAt: FIXED_NOW - HOUR + i,
    } as Doc);
}

const countsOf = async (voteId: string) =>
  (await ok(d.as(DEMO.orgAdmin)('admin.voteResults', { voteId }))).results as {
    ballots: number;
    counts: Array<{ count: number }>;
  };

/** The store, failing the first call of one method on vote_ballots as a host dying there would. */
function failingOnce(method: 'insert' | 'removeWhere'): DocStore {
  let failed = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'collection') return Reflect.get(target, property, receiver);
      return (name: string) => {
        const collection = target.collection(name);
        if (name !== 'vote_ballots') return collection;
        return new Proxy(collection, {
          get(inner, key, innerReceiver) {
            const original = Reflect.get(inner, key, innerReceiver);
            if (key !== method || failed) return original;
            return async () => {
              failed = true;
              throw new Error(`host stopped at vote_ballots.${method}`);
            };
          },
        });
      };
    },
  });
}

test('setup rewrites old ballots: the voters have voted, the counts stay, no ballot names its voter', async () => {
  const voteId = await openPoll('迁移前的意见征集');
  const voters = await votersOfCommunity(5);
  await storeLegacyBallots(voteId, voters, [['o1'], ['o1'], ['o2'], ['o1'], ['o3']]);
  const before = await countsOf(voteId);
  expect(before).toMatchObject({ ballots: 5, counts: [{ count: 3 }, { count: 1 }, { count: 1 }] });

  const setup = await ok(d.system('system.setup'));
  expect(setup.legacyBallots).toEqual({ migrated: 5, duplicatesRemoved: 0 });

  expect(await countsOf(voteId)).toEqual(before);
  for (const voter of voters) {
    expect(await ok(d.as(voter)('vote.detail', { voteId }))).toMatchObject({ voted: true, myChoices: null });
    const again = await d.as(voter)('vote.cast', { voteId, optionIds: ['o2'], castId: castId() });
    expect(again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('不能更改') });
  }
  expect(await countsOf(voteId)).toEqual(before);

  const ballots = await everyDocument('vote_ballots');
  expect(ballots.filter((ballot: any) => ballot.voteId === voteId)).toHaveLength(5);
  for (const ballot of ballots) {
    expect(Object.keys(ballot).sort()).toEqual(['_id', 'choices', 'voteId']);
    expect(ballot._id).toMatch(/^ballot-[A-Za-z0-9_-]{12}$/);
    expect(voters.some((voter) => JSON.stringify(ballot).includes(voter))).toBe(false);
  }
  for (const participation of await everyDocument('vote_participations'))
    expect(Object.keys(participation).sort()).toEqual(['_id', 'memberId', 'voteId']);

  const participations = await everyDocument('vote_participations');
  const again = await ok(d.system('system.setup'));
  expect(again.legacyBallots).toEqual({ migrated: 0, duplicatesRemoved: 0 });
  expect(await everyDocument('vote_ballots')).toEqual(ballots);
  expect(await everyDocument('vote_participations')).toEqual(participations);
});

test('a voter who voted again before setup ran keeps one ballot: the later one', async () => {
  const voteId = await openPoll('升级间隙的意见征集');
  const [twice, once] = await votersOfCommunity(2);
  await storeLegacyBallots(voteId, [twice!, once!], [['o1'], ['o2']]);
  // The hole: nothing recorded the old ballot as the member having voted.
  await ok(d.as(twice!)('vote.cast', { voteId, optionIds: ['o3'], castId: castId() }));
  expect((await countsOf(voteId)).ballots).toBe(3);

  expect((await ok(d.system('system.setup'))).legacyBallots).toEqual({ migrated: 1, duplicatesRemoved: 1 });
  expect(await countsOf(voteId)).toMatchObject({
    ballots: 2,
    counts: [{ count: 0 }, { count: 1 }, { count: 1 }],
  });
  expect(await store.collection('vote_ballots').count({ memberId: { $exists: true } })).toBe(0);
});

test.each(['removeWhere', 'insert'] as const)(
  'a setup stopped at vote_ballots.%s loses no ballot and doubles none once run again',
  async (method) => {
    const voteId = await openPoll(`中断的迁移（${method}）`);
    const voters = await votersOfCommunity(3);
    await storeLegacyBallots(voteId, voters, [['o1'], ['o2'], ['o2']]);
    const before = await countsOf(voteId);

    const crashing = await dispatcherFor(failingOnce(method));
    try {
      expect((await crashing.system('system.setup')).ok).toBe(false);
    } finally {
      await crashing.close();
    }
    // Even before setup runs again, the stopped voter has voted and cannot vote twice.
    const stopped = await d.as(voters[0]!)('vote.cast', { voteId, optionIds: ['o3'], castId: castId() });
    expect(stopped.error.code).toBe('CONFLICT');

    expect((await ok(d.system('system.setup'))).legacyBallots).toEqual({
      migrated: method === 'insert' ? 2 : 3,
      duplicatesRemoved: 0,
    });
    expect(await countsOf(voteId)).toEqual(before);
    expect(await store.collection('vote_ballots').count({ voteId })).toBe(3);
    expect(await store.collection('vote_ballots').count({ memberId: { $exists: true } })).toBe(0);
    expect(await store.collection('vote_participations').count({ pending: { $exists: true } })).toBe(0);
  },
);
