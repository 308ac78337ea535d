import { createSessionTokens } from '../../cloudfunctions/platform/session-tokens';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import type { DocStore } from '../../cloudfunctions/store/types';
import { startPostgres, type PostgresServer } from '../../scripts/lib/postgres-server';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW, TEST_SECRETS, testCipher } from '../support/demo-store';
import { startHostProcess, type HostProcess } from '../support/host-process';

/**
 * PostgreSQL goes down in the middle of a write load (an immediate stop, as a crash, then recovery on start):
 * the host process stays up, calls during the outage get a clear error and readiness reports it, and once the
 * server is back the same host serves again without a restart. Every acknowledged ballot is there, and
 * sending the refused ones again counts each member exactly once.
 */
const MEMBERS = 300;
const WORKERS = 8;
const tokens = createSessionTokens(TEST_SECRETS.SESSION_SECRET, 3600_000);
const tokenOf = (memberId: string) => tokens.issue({ memberId, generation: 0 }, Date.now()).token;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: PostgresServer;
let host: HostProcess;
/** Synthetic members with a say in an 意见征集 (Party members; the others are applicants and activists). */
let voters: string[];

beforeAll(async () => {
  server = await startPostgres({ durable: true });
  const store: DocStore = await openPostgresStore(server.url, 5);
  await ensureAllCollections(store);
  await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
  await seedSyntheticMembers(store, MEMBERS, FIXED_NOW);
  voters = (
    await store.collection<{ _id: string }>('members').find(
      {
        _id: { $in: Array.from({ length: MEMBERS }, (_, i) => `s-${i}`) },
        stage: { $in: ['probationary', 'full'] },
      },
      { limit: 100 },
    )
  ).map((m) => m._id);
  await store.close();
  host = await startHostProcess({
    DB_DRIVER: 'postgres',
    DATABASE_URL: server.url,
    JOBS: 'off',
    WRITE_RATE_PER_MINUTE: '100000',
    READ_RATE_PER_MINUTE: '100000',
  });
}, 120_000);

afterAll(async () => {
  if (host?.process.exitCode === null) host.process.kill('SIGKILL');
  server?.stop();
});

type Outcome = { ok: true } | { ok: false; status: number; code: string; message: string };

async function cast(voteId: string, memberId: string): Promise<Outcome> {
  const response = await fetch(`${host.url}/api/vote.cast`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(memberId)}` },
    body: JSON.stringify({
      voteId,
      optionIds: [Number(memberId.slice(2)) % 2 ? 'o2' : 'o1'],
      // One cast id per voter: a retry after an error resends the same ballot.
      castId: `restart-cast-${memberId}-${'x'.repeat(16)}`,
    }),
  });
  const body = (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
  return body.ok
    ? { ok: true }
    : { ok: false, status: response.status, code: body.error!.code, message: body.error!.message };
}

/** Casts for `voters` from a few workers, `gapMs` apart per worker; returns each voter's outcome. */
async function castAll(voteId: string, voters: string[], gapMs = 0): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = w; i < voters.length; i += WORKERS) {
        outcomes.set(voters[i]!, await cast(voteId, voters[i]!));
        if (gapMs) await sleep(gapMs);
      }
    }),
  );
  return outcomes;
}

test('a PostgreSQL restart mid-load: clear errors meanwhile, the same host serves after, every ballot once', async () => {
  const created = await host.call(
    'admin.voteCreate',
    {
      unitId: 'u-gb-com',
      kind: 'poll',
      title: '数据库重启测试',
      options: ['赞成', '反对'],
      opensAt: Date.now() - 60_000,
      closesAt: Date.now() + 3_600_000,
    },
    tokenOf(DEMO.orgAdmin),
  );
  expect(created.ok).toBe(true);
  const voteId = created.data.voteId as string;
  const third = Math.floor(voters.length / 3);

  const before = await castAll(voteId, voters.slice(0, third));
  expect([...before.values()].every((o) => o.ok)).toBe(true);

  const restarting = server.restart(2000);
  const ready = await fetch(`${host.url}/readyz`);
  expect(ready.status).toBe(503);
  const during = await castAll(voteId, voters.slice(third, 2 * third), 20);
  await restarting;
  const refused = [...during.values()].filter((o): o is Exclude<Outcome, { ok: true }> => !o.ok);
  expect(refused.length).toBeGreaterThan(0);
  for (const outcome of refused) {
    expect(outcome).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(outcome.message).toContain('请稍后再试');
  }
  expect(host.process.exitCode).toBeNull();

  // The same host process: its pool reconnects on demand.
  for (let tries = 0; (await fetch(`${host.url}/readyz`)).status !== 200; tries += 1) {
    expect(tries).toBeLessThan(100);
    await sleep(200);
  }
  const after = await castAll(voteId, voters.slice(2 * third));
  expect([...after.values()].every((o) => o.ok)).toBe(true);

  // Sending the refused ballots again: each counts once (a ballot that was written before the outage answers
  // as the first call would have).
  const retried = await castAll(
    voteId,
    voters.filter((id) => !during.get(id) || !during.get(id)!.ok),
  );
  expect([...retried.values()].every((o) => o.ok)).toBe(true);

  const count = await host.call('admin.voteResults', { voteId }, tokenOf(DEMO.orgAdmin));
  expect(count.data.results.ballots).toBe(voters.length);
  const odd = voters.filter((id) => Number(id.slice(2)) % 2).length;
  expect(count.data.results.counts).toEqual([
    { optionId: 'o1', count: voters.length - odd },
    { optionId: 'o2', count: odd },
  ]);
  expect(host.process.exitCode).toBeNull();
}, 180_000);
