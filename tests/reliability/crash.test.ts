import { rmSync } from 'node:fs';
import { createSessionTokens } from '../../cloudfunctions/platform/session-tokens';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import type { DocStore } from '../../cloudfunctions/store/types';
import { startPostgres, type PostgresServer } from '../../scripts/lib/postgres-server';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { seedSyntheticMembers } from '../../scripts/seed/synthetic-members';
import { DEMO, FIXED_NOW, seededDataDir, TEST_SECRETS, testCipher } from '../support/demo-store';
import { startHostProcess, stopped } from '../support/host-process';

/**
 * Crash safety: the host is killed with SIGKILL in the middle of a sign-up load, restarted on the same
 * store, and every sign-up that had been acknowledged is there, the data loads, and the seat ledger is off
 * by no more than the calls that were in flight. Several rounds per store.
 */
const MEMBERS = 300;
const WORKERS = 8;
const ROUNDS = 2;
const tokens = createSessionTokens(TEST_SECRETS.SESSION_SECRET, 3600_000);

async function prepare(store: DocStore): Promise<void> {
  await seedSyntheticMembers(store, MEMBERS, FIXED_NOW);
  const members = store.collection<{ _id: string }>('members');
  await members.updateWhere({ _id: DEMO.orgAdmin }, { $set: { openid: 'o-admin' } });
  // Set-up only: the WeChat identities are written side by side.
  await Promise.all(
    Array.from({ length: MEMBERS }, (_, i) => members.updateWhere({ _id: `s-${i}` }, { $set: { openid: `o-s-${i}` } })),
  );
}

describe.each(['embedded', 'postgres'] as const)('crash safety on %s', (driver) => {
  let env: Record<string, string>;
  let cleanup: () => void;

  beforeAll(async () => {
    let store: DocStore;
    if (driver === 'embedded') {
      const seeded = await seededDataDir();
      store = seeded.store;
      env = { DB_DRIVER: 'embedded', DATA_DIR: seeded.dataDir, JOBS: 'off' };
      cleanup = () => rmSync(seeded.dataDir, { recursive: true, force: true });
    } else {
      const server: PostgresServer = await startPostgres({ durable: true });
      store = await openPostgresStore(server.url, 5);
      await ensureAllCollections(store);
      await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
      env = { DB_DRIVER: 'postgres', DATABASE_URL: server.url, JOBS: 'off' };
      cleanup = () => server.stop();
    }
    await prepare(store);
    await store.close();
  }, 120_000);
  afterAll(() => cleanup());

  test('every acknowledged sign-up survives SIGKILL, round after round', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const host = await startHostProcess(env);
      const admin = tokens.issue({ openid: 'o-admin' }, Date.now()).token;
      const now = Date.now();
      const created = await host.call(
        'admin.activityCreate',
        {
          unitId: 'u-gb-com',
          type: 'volunteer',
          title: `崩溃测试 ${round}`,
          startAt: now + 86_400_000,
          endAt: now + 90_000_000,
          place: { text: '服务站' },
          capacity: null,
          signupOpensAt: now - 60_000,
          signupClosesAt: now + 3_600_000,
          cancelPolicy: 'any_time',
        },
        admin,
      );
      const activityId = created.data.activityId as string;
      const acknowledged: string[] = [];
      let killed = false;
      const killAt = 40 + round * 30;
      const workers = Array.from({ length: WORKERS }, async (_, w) => {
        for (let i = w; i < MEMBERS && !killed; i += WORKERS) {
          const token = tokens.issue({ openid: `o-s-${i}` }, Date.now()).token;
          try {
            const result = await host.call('activity.signUp', { activityId }, token);
            if (result.ok) acknowledged.push(`s-${i}`);
          } catch {
            return; // the connection died with the host
          }
          if (acknowledged.length >= killAt && !killed) {
            killed = true;
            host.process.kill('SIGKILL');
          }
        }
      });
      await Promise.all(workers);
      await stopped(host);

      const restarted = await startHostProcess(env);
      const signups = await restarted.call(
        'admin.activitySignups',
        { activityId },
        tokens.issue({ openid: 'o-admin' }, Date.now()).token,
      );
      expect(signups.ok).toBe(true);
      const confirmed = new Set(
        signups.data.items.filter((s: any) => s.status === 'confirmed').map((s: any) => s.memberId),
      );
      for (const id of acknowledged) expect(confirmed).toContain(id);
      const detail = await restarted.call('activity.get', { activityId }, admin);
      expect(detail.data.confirmedCount).toBeGreaterThanOrEqual(confirmed.size);
      expect(detail.data.confirmedCount - confirmed.size).toBeLessThanOrEqual(WORKERS);
      restarted.process.kill('SIGTERM');
      expect(await stopped(restarted)).toBe(0);
    }
  }, 180_000);
});
