import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { COLLECTIONS } from '../../cloudfunctions/store/collections';
import { MAX_PAGE, type Doc, type DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * A secret ballot is secret in storage, not only through the API: after members vote, nothing the host
 * stored or logged ties a member to a choice, and a crash between "has voted" and the ballot neither loses
 * the ballot nor lets it count twice.
 */
const HOUR = 3_600_000;
const castId = () => randomBytes(16).toString('hex');
const poll = (title: string) => ({
  unitId: 'u-gb-com',
  kind: 'poll',
  title,
  options: ['老旧小区改造', '养老服务', '青少年教育'],
  opensAt: FIXED_NOW - HOUR,
  closesAt: FIXED_NOW + 24 * HOUR,
  resultPolicy: 'after_vote',
});

async function everyDocument(store: DocStore, name: string): Promise<Doc[]> {
  const all: Doc[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await store.collection(name).find({}, { skip, limit: MAX_PAGE, sort: [['_id', 1]] });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

/** The store, failing the first `failures` ballot inserts as a host dying between the two writes would. */
function crashingBeforeBallots(store: DocStore, failures: { left: number }): DocStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'collection') return Reflect.get(target, property, receiver);
      return (name: string) => {
        const collection = target.collection(name);
        if (name !== 'vote_ballots') return collection;
        return new Proxy(collection, {
          get(inner, key, innerReceiver) {
            if (key !== 'insert') return Reflect.get(inner, key, innerReceiver);
            return async (doc: Doc) => {
              if (failures.left > 0) {
                failures.left -= 1;
                throw new Error('host stopped between the participation and the ballot');
              }
              return inner.insert(doc);
            };
          },
        });
      };
    },
  });
}

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

async function votersOfCommunity(count: number): Promise<string[]> {
  const members = await store
    .collection<{ _id: string }>('members')
    .find({ unitPath: 'u-gb-com', stage: { $in: ['probationary', 'full'] }, status: 'normal' }, { limit: count });
  return members.map((member) => member._id);
}

test('no stored document, index key or log line links a member to a choice', async () => {
  const logLines: string[] = [];
  d.services.log = (record) => logLines.push(JSON.stringify(record));
  const { voteId } = await ok(d.as(DEMO.orgAdmin)('admin.voteCreate', poll('社区党总支重点工作意见征集')));
  const voters = await votersOfCommunity(6);
  expect(voters.length).toBe(6);
  const castIds = voters.map(() => castId());
  for (const [i, memberId] of voters.entries())
    await ok(d.as(memberId)('vote.cast', { voteId, optionIds: [`o${(i % 3) + 1}`], castId: castIds[i] }));
  const results = await ok(d.as(DEMO.orgAdmin)('admin.voteResults', { voteId }));
  expect(results.results.counts.map((c: any) => c.count)).toEqual([2, 2, 2]);
  // Afterwards no route tells a member (or anyone) what they chose.
  const later = await ok(d.as(voters[0]!)('vote.detail', { voteId }));
  expect(later).toMatchObject({ voted: true, myChoices: null });

  const voterDocs = await store.collection<any>('members').find({ _id: { $in: voters } }, { limit: voters.length });
  const identities = voterDocs.flatMap((m) => [m._id, m.openid, m.phoneHash, m.idCardHash]).filter(Boolean);
  expect(identities.length).toBeGreaterThanOrEqual(voters.length);
  const namesIdentity = (text: string) => identities.some((identity) => text.includes(identity));

  let ballots = 0;
  let participations = 0;
  for (const name of Object.keys(COLLECTIONS)) {
    for (const doc of await everyDocument(store, name)) {
      const text = JSON.stringify(doc);
      if (!text.includes(voteId)) continue;
      if (name === 'vote_ballots') {
        // A ballot: a random id, the vote, the choices. No member, no openid, no hash, no time.
        ballots += 1;
        expect(Object.keys(doc).sort()).toEqual(['_id', 'choices', 'voteId']);
        expect(doc._id).toMatch(/^ballot-[A-Za-z0-9_-]{12}$/);
        expect(namesIdentity(text)).toBe(false);
      } else if (name === 'vote_participations') {
        // "Has voted": the member and a receipt that means nothing without the cast id the device kept.
        participations += 1;
        expect(Object.keys(doc).sort()).toEqual(['_id', 'memberId', 'receipt', 'voteId']);
        expect(castIds.some((id) => text.includes(id))).toBe(false);
      } else {
        // Anything else about this vote (the vote, its audit) names no voter and holds no ballot.
        expect(namesIdentity(text)).toBe(false);
        expect(text).not.toContain('"choices"');
      }
    }
  }
  expect({ ballots, participations }).toEqual({ ballots: 6, participations: 6 });

  // The call log: one line per call, none naming a voter, a cast id or a choice.
  expect(logLines.filter((line) => line.includes('vote.cast'))).toHaveLength(voters.length);
  for (const line of logLines) {
    expect(namesIdentity(line)).toBe(false);
    expect(castIds.some((id) => line.includes(id))).toBe(false);
    expect(line).not.toMatch(/"o\d+"/);
  }
  d.services.log = () => {};
});

test('a host stopping between "has voted" and the ballot neither loses the ballot nor counts it twice', async () => {
  const failures = { left: 1 };
  const crashing = await dispatcherFor(crashingBeforeBallots(store, failures));
  try {
    const { voteId } = await ok(crashing.as(DEMO.orgAdmin)('admin.voteCreate', poll('跨越故障的意见征集')));
    const [voter, other] = await votersOfCommunity(2);
    const ballot = { voteId, optionIds: ['o2'], castId: castId() };
    const crashed = await crashing.as(voter!)('vote.cast', ballot);
    expect(crashed.ok).toBe(false);
    expect(failures.left).toBe(0);
    // The member has voted; the ballot waits, encrypted, in the participation alone.
    const participation = await store.collection<any>('vote_participations').get(`${voteId}_${voter}`);
    expect(participation.pending).toMatch(/^v1:/);
    expect(await store.collection('vote_ballots').count({ voteId })).toBe(0);

    // Reading the count stores it, once, whether or not the member retries.
    const counted = await ok(crashing.as(DEMO.orgAdmin)('admin.voteResults', { voteId }));
    expect(counted.results).toMatchObject({ ballots: 1, counts: [{ count: 0 }, { count: 1 }, { count: 0 }] });
    expect((await store.collection<any>('vote_participations').get(`${voteId}_${voter}`)).pending).toBeUndefined();

    // The retry answers as the first call would have; a changed ballot or a second device is refused.
    expect(await ok(crashing.as(voter!)('vote.cast', ballot))).toMatchObject({ voted: true, myChoices: ['o2'] });
    const changed = await crashing.as(voter!)('vote.cast', { ...ballot, optionIds: ['o1'] });
    expect(changed.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('不能更改') });
    const otherDevice = await crashing.as(voter!)('vote.cast', { ...ballot, castId: castId() });
    expect(otherDevice.error.code).toBe('CONFLICT');
    await ok(crashing.as(other!)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() }));

    const final = await ok(crashing.as(DEMO.orgAdmin)('admin.voteResults', { voteId }));
    expect(final.results).toMatchObject({ ballots: 2, counts: [{ count: 1 }, { count: 1 }, { count: 0 }] });
    expect(await store.collection('vote_ballots').count({ voteId })).toBe(2);
  } finally {
    await crashing.close();
  }
});
