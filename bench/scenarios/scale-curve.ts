import { personalDataCipherFromEnv } from '../../cloudfunctions/security/keys-from-env';
import { startHostChild } from '../../scripts/lib/host-child';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { seedDemoQuiz } from '../../scripts/seed/demo-quiz';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { hotRoutes, measure } from '../drive-route';
import { ANSWERS_PER_MEMBER, MEMBERS_PER_QUESTION, growOrganisation } from '../grow';
import { backfill, growStudyYear } from '../grow-activity';
import { growthTable } from '../scale-growth';
import { chinaDay } from '../../cloudfunctions/modules/shared/china-time';
import { BENCH_ENV, DRIVERS, hostEnv, tokenFor, type Driver } from '../kit';
import type { BenchScenario } from '../scenario';
import { openBenchStore } from '../stores';

/** The scale curve's steps (members; `BENCH_SCALE=1000,10000` for a shorter curve, `0` to skip it). */
const SCALE_STEPS = (process.env.BENCH_SCALE ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SCALE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 2);
const HOST_START_MS = 20 * 60_000;
/** The stores the curve runs on (`BENCH_SCALE_STORES=postgres` for one). */
const SCALE_STORES = DRIVERS.filter((driver) => (process.env.BENCH_SCALE_STORES ?? DRIVERS.join(',')).includes(driver));

interface ScaleRow {
  store: string;
  members: number;
  answers: number;
  activities: number;
  questions: number;
  /** Time to grow the data from the previous step to this one, and of the backfill (the nightly reconciles) after. */
  seedSeconds: number;
  backfillSeconds: number;
  scenario: string;
  connections: number;
  p50: number;
  p97_5: number;
  p99: number;
  rps: number;
  reads: number;
  writes: number;
  rssMb: number;
}

/**
 * The same hot routes at 1,000, 10,000 and 100,000 members (with their answers, activities and a year of
 * study), at one connection, plus the leaderboard at ten and the committee's console home for the year. After
 * each growth the nightly reconciles run as the backfill, so the aggregates and views exist; the host restarts
 * on the grown data each step, so its memory is what that much data costs.
 */
async function curve(driver: Driver, dataDir: string, databaseUrl: string, rows: ScaleRow[]): Promise<void> {
  let previous = 0;
  const now = Date.now();
  for (const target of SCALE_STEPS) {
    const store = await openBenchStore(driver, dataDir, databaseUrl);
    const seedStart = performance.now();
    let backfillStart = seedStart;
    try {
      if (previous === 0) {
        await seedDemoOrganisation(store, personalDataCipherFromEnv(BENCH_ENV), now);
        await seedDemoStudy(store, now);
        await seedDemoQuiz(store, now);
      }
      await growOrganisation(store, previous, target, now);
      await growStudyYear(store, previous, target, now);
      // Plans follow the grown tables, as they would after setup or seeding a real deployment.
      await store.analyze();
      backfillStart = performance.now();
      await backfill(store, now);
    } finally {
      await store.close();
    }
    const seedSeconds = Math.round((backfillStart - seedStart) / 1000);
    const backfillSeconds = Math.round((performance.now() - backfillStart) / 1000);
    // Loading 100,000 members' data (some 1.3 million documents into the embedded store's memory) can take the
    // host longer than the usual three minutes on a slow machine.
    const host = await startHostChild(hostEnv(driver, dataDir, databaseUrl), HOST_START_MS);
    try {
      const member = tokenFor(`s-${Math.floor(target / 2)}`);
      const newcomers = Array.from({ length: target - previous }, (_, i) => tokenFor(`s-${previous + i}`));
      const routes = await hotRoutes(
        host.url,
        member,
        { token: tokenFor('m-002'), unitId: 'u-gb-com' },
        'act-syn-0',
        target,
      );
      routes.push({
        name: 'console home of the committee, this year (admin.dashboard)',
        route: 'admin.dashboard',
        body: { unitId: 'u-committee', period: 'year', anchor: chinaDay(now) },
        token: tokenFor('m-001'),
      });
      // Today's first fetch draws five questions from the whole bank: each call as a member who has not had it yet.
      routes.splice(3, 0, {
        name: 'quiz.startDaily, first of the day',
        route: 'quiz.startDaily',
        body: {},
        token: newcomers[0] ?? member,
        rotate: newcomers,
      });
      for (const route of routes)
        for (const connections of route.route === 'quiz.leaderboard' ? [1, 10] : [1]) {
          const result = await measure(host, route, connections, SCALE_SECONDS);
          rows.push({
            store: driver,
            members: target,
            answers: target * ANSWERS_PER_MEMBER,
            activities: Math.ceil(target / 10),
            questions: Math.ceil(target / MEMBERS_PER_QUESTION) + 12,
            seedSeconds,
            backfillSeconds,
            scenario: route.rotate ? route.name : route.route,
            ...result,
          });
        }
    } finally {
      await host.stop();
    }
    previous = target;
  }
}

const scaleCurve: BenchScenario = {
  name: 'scale-curve',
  order: 40,
  standalone: true,
  async run(stores) {
    const scale: ScaleRow[] = [];
    for (const driver of SCALE_STORES) await stores.phase(driver, (dataDir, url) => curve(driver, dataDir, url, scale));
    return {
      json: { scale },
      markdown: [
        '| scale curve | store | members | answers | activities | questions | grow s | backfill s | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | host peak RSS MB |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...scale.map(
          (r) =>
            `| ${r.scenario} | ${r.store} | ${r.members} | ${r.answers} | ${r.activities} | ${r.questions} | ${r.seedSeconds} | ${r.backfillSeconds} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} | ${r.rssMb} |`,
        ),
        '',
        ...growthTable(scale),
      ],
    };
  },
};

export default scaleCurve;
