import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureAllCollections } from '../cloudfunctions/store/collections';
import { openStore } from '../cloudfunctions/store/open-store';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { startHostChild } from '../scripts/lib/host-child';
import { startPostgres } from '../scripts/lib/postgres-server';
import { seedDemoOrganisation } from '../scripts/seed/demo-organisation';
import { seedDemoQuiz } from '../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../scripts/seed/demo-study';
import { seedSyntheticMembers } from '../scripts/seed/synthetic-members';
import { seedBoard } from './board';
import { BENCH_ENV, MEMBERS, RACE_SEATS, hostEnv, post, tokenFor, type Driver, type HostChild } from './kit';

export async function openBenchStore(driver: Driver, dataDir: string, databaseUrl: string) {
  const store = await openStore({ DB_DRIVER: driver, DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  await ensureAllCollections(store);
  return store;
}

/** A host on the demo organisation plus MEMBERS synthetic members, shared by the scenarios of one run. */
export interface SeededHost {
  driver: Driver;
  host: HostChild;
  /** The activity the sign-up race fills (created on first use), which the hot routes then read. */
  raceActivity(): Promise<string>;
}

/**
 * The stores of one run. Each phase starts from nothing (a fresh folder, and a fresh PostgreSQL server);
 * `seeded` gives one seeded host per store, made on first use, so scenarios on the same data share it.
 */
export class BenchStores {
  private readonly dataDirs: string[] = [];
  private readonly cleanups: Array<() => Promise<void>> = [];
  private readonly hosts = new Map<Driver, Promise<SeededHost>>();

  async phase<T>(driver: Driver, run: (dataDir: string, databaseUrl: string) => Promise<T>): Promise<T> {
    const { dataDir, databaseUrl, stop } = await this.fresh(driver);
    try {
      return await run(dataDir, databaseUrl);
    } finally {
      await stop();
    }
  }

  seeded(driver: Driver): Promise<SeededHost> {
    let seeded = this.hosts.get(driver);
    if (!seeded) {
      seeded = this.seed(driver);
      this.hosts.set(driver, seeded);
    }
    return seeded;
  }

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) await cleanup();
    for (const dir of this.dataDirs) rmSync(dir, { recursive: true, force: true });
  }

  private async fresh(driver: Driver) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-'));
    this.dataDirs.push(dataDir);
    const postgres = driver === 'postgres' ? await startPostgres() : null;
    return { dataDir, databaseUrl: postgres?.url ?? '', stop: async () => postgres?.stop() };
  }

  private async seed(driver: Driver): Promise<SeededHost> {
    const { dataDir, databaseUrl, stop } = await this.fresh(driver);
    this.cleanups.push(stop);
    const store = await openBenchStore(driver, dataDir, databaseUrl);
    const now = Date.now();
    try {
      await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
      await seedSyntheticMembers(store, MEMBERS, now);
      await seedDemoStudy(store, now);
      await seedDemoQuiz(store, now);
      await seedBoard(store, MEMBERS, now);
      await store.analyze();
    } finally {
      // The embedded store belongs to one process at a time: the host's, from here on.
      await store.close();
    }
    const host = await startHostChild(hostEnv(driver, dataDir, databaseUrl));
    this.cleanups.push(() => host.stop());
    let activity: Promise<string> | undefined;
    return { driver, host, raceActivity: () => (activity ??= createRaceActivity(host.url)) };
  }
}

async function createRaceActivity(url: string): Promise<string> {
  const now = Date.now();
  const created = await post(url, 'admin.activityCreate', tokenFor('m-002'), {
    unitId: 'u-gb-com',
    type: 'volunteer',
    title: '基准测试：报名竞争',
    openToAll: true,
    startAt: now + 86_400_000,
    endAt: now + 93_600_000,
    place: { text: '社区服务站' },
    capacity: RACE_SEATS,
    signupOpensAt: now - 60_000,
    signupClosesAt: now + 3_600_000,
    cancelPolicy: 'any_time',
  });
  if (!created.ok) throw new Error(`could not create the race activity: ${JSON.stringify(created.error)}`);
  return String(created.data?.activityId);
}
