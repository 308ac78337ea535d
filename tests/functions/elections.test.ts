import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { electionOutcome } from '../../cloudfunctions/modules/votes/election-tally';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/** 差额选举 on the votes module: full members only, at most the seats, sealed until close, ties flagged. */
const HOUR = 3_600_000;
const castId = () => randomBytes(16).toString('hex');
const election = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-gb-com',
  kind: 'election',
  title: '社区党总支委员会委员差额选举',
  options: ['王建国', '李红梅', '张志强', '陈晓燕'],
  profiles: ['现任支部书记，党龄 15 年', '社区网格员，党龄 8 年', '退役军人，党龄 20 年', ''],
  maxChoices: 2,
  opensAt: FIXED_NOW - HOUR,
  closesAt: FIXED_NOW + 24 * HOUR,
  resultPolicy: 'after_vote',
  ...overrides,
});

let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await seedSyntheticMembers(store, 120, FIXED_NOW);
  d = await dispatcherFor(store);
}, 120_000);
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function membersAt(stage: string, limit: number): Promise<string[]> {
  const found = await store
    .collection<{ _id: string }>('members')
    .find({ unitPath: 'u-gb-com', stage, status: 'normal' }, { limit });
  return found.map((m) => m._id);
}

test('the seats decide: most votes elected, a tie at the last seat flagged, not drawn', () => {
  const counts = (...n: number[]) => n.map((count, i) => ({ optionId: `o${i + 1}`, count }));
  expect(electionOutcome(counts(5, 3, 2, 1), 2)).toEqual({ elected: ['o1', 'o2'], tiedAtBoundary: [] });
  expect(electionOutcome(counts(5, 3, 3, 1), 2)).toEqual({ elected: ['o1'], tiedAtBoundary: ['o2', 'o3'] });
  expect(electionOutcome(counts(4, 4, 1), 2)).toEqual({ elected: ['o1', 'o2'], tiedAtBoundary: [] });
  expect(electionOutcome(counts(2, 2, 2), 1)).toEqual({ elected: [], tiedAtBoundary: ['o1', 'o2', 'o3'] });
});

test('an election needs more candidates than seats, and stores nothing otherwise', async () => {
  const before = await store.collection('votes').count({});
  const result = await d.as(DEMO.orgAdmin)('admin.voteCreate', election({ options: ['王建国', '李红梅'] }));
  expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION_FAILED');
  expect(await store.collection('votes').count({})).toBe(before);
});

test('full members only, at most the seats, sealed until close, then the count with who is elected', async () => {
  const { voteId } = await ok(d.as(DEMO.orgAdmin)('admin.voteCreate', election()));
  const opened = await ok(d.as(DEMO.orgAdmin)('admin.voteResults', { voteId }));
  expect(opened.options[0]).toEqual({ optionId: 'o1', text: '王建国', profile: '现任支部书记，党龄 15 年' });
  expect(opened.options[3]).toEqual({ optionId: 'o4', text: '陈晓燕' });
  expect(opened.resultPolicy).toBe('after_close');

  const [probationary] = await membersAt('probationary', 1);
  const refused = await d.as(probationary!)('vote.cast', { voteId, optionIds: ['o1'], castId: castId() });
  expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  expect(refused.error.message).toContain('预备党员');

  const voters = await membersAt('full', 7);
  expect(voters.length).toBe(7);
  const tooMany = await d.as(voters[0]!)('vote.cast', { voteId, optionIds: ['o1', 'o2', 'o3'], castId: castId() });
  expect(tooMany.ok ? 'ok' : tooMany.error.code).toBe('VALIDATION_FAILED');

  // o1: 5, o2: 3, o3: 3, o4: 1 — one seat to o1, the second tied between o2 and o3.
  const ballots = [['o1', 'o2'], ['o1', 'o2'], ['o1', 'o3'], ['o1', 'o3'], ['o1', 'o4'], ['o2'], ['o3']];
  for (const [i, choices] of ballots.entries()) {
    const cast = await ok(d.as(voters[i]!)('vote.cast', { voteId, optionIds: choices, castId: castId() }));
    expect(cast.results).toBeNull();
  }
  expect((await ok(d.as(DEMO.orgAdmin)('admin.voteResults', { voteId }))).results).toBeNull();
  expect((await ok(d.as(voters[0]!)('vote.detail', { voteId }))).results).toBeNull();

  await ok(d.as(DEMO.orgAdmin)('admin.voteClose', { voteId }));
  const closed = await ok(d.as(voters[0]!)('vote.detail', { voteId }));
  expect(closed.results).toEqual({
    ballots: 7,
    eligible: expect.any(Number),
    counts: [
      { optionId: 'o1', count: 5 },
      { optionId: 'o2', count: 3 },
      { optionId: 'o3', count: 3 },
      { optionId: 'o4', count: 1 },
    ],
    elected: ['o1'],
    tiedAtBoundary: ['o2', 'o3'],
  });
  const eligible = await store
    .collection('members')
    .count({ unitPath: 'u-gb-com', stage: 'full', status: { $in: ['normal', 'mobile'] } });
  expect(closed.results.eligible).toBe(eligible);
  // Secret in storage as every ballot: no member on the ballots.
  const stored = await store.collection<any>('vote_ballots').find({ voteId }, { limit: 20 });
  expect(stored).toHaveLength(7);
  for (const ballot of stored) expect(Object.keys(ballot).sort()).toEqual(['_id', 'choices', 'voteId']);
});
