import { createSessionTokens } from '../../cloudfunctions/platform/session-tokens';
import { BENCH_ENV, DRIVERS, RACE_SEATS, RACE_SIGNUPS, perCall, percentile, post } from '../kit';
import type { BenchScenario } from '../scenario';

interface RaceRow {
  store: string;
  signups: number;
  seats: number;
  confirmed: number;
  waitlisted: number;
  failed: number;
  wallMs: number;
  p50: number;
  p99: number;
  reads: number;
  writes: number;
}

/**
 * The sign-up race: up to 2,000 members sign up at the same moment for seats for 5 % of them, each with its
 * own session, all through the HTTP host.
 */
const signupRace: BenchScenario = {
  name: 'signup-race',
  order: 20,
  async run(stores) {
    const races: RaceRow[] = [];
    for (const driver of DRIVERS) {
      const { host, raceActivity } = await stores.seeded(driver);
      const activityId = await raceActivity();
      const now = Date.now();
      const tokens = createSessionTokens(BENCH_ENV.SESSION_SECRET, 3600_000);
      const members = Array.from(
        { length: RACE_SIGNUPS },
        (_, i) => tokens.issue({ memberId: `s-${i}`, generation: 0 }, now).token,
      );
      host.calls.length = 0;
      const started = performance.now();
      const results = await Promise.all(
        members.map(async (token) => {
          const t0 = performance.now();
          const body = await post(host.url, 'activity.signUp', token, { activityId });
          return { ms: performance.now() - t0, status: body.ok ? String(body.data?.status) : 'failed' };
        }),
      );
      const wallMs = Math.round(performance.now() - started);
      await host.settle();
      const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
      const count = (status: string) => results.filter((r) => r.status === status).length;
      races.push({
        store: driver,
        signups: RACE_SIGNUPS,
        seats: RACE_SEATS,
        confirmed: count('confirmed'),
        waitlisted: count('waitlisted'),
        failed: count('failed'),
        wallMs,
        p50: Math.round(percentile(latencies, 50)),
        p99: Math.round(percentile(latencies, 99)),
        reads: perCall(host.calls, 'activity.signUp', 'reads'),
        writes: perCall(host.calls, 'activity.signUp', 'writes'),
      });
    }
    return {
      json: { races },
      markdown: [
        '| sign-up race | store | sign-ups | seats | confirmed | waitlisted | failed | wall ms | p50 ms | p99 ms | reads/call | writes/call |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...races.map(
          (r) =>
            `| simultaneous sign-ups | ${r.store} | ${r.signups} | ${r.seats} | ${r.confirmed} | ${r.waitlisted} | ${r.failed} | ${r.wallMs} | ${r.p50} | ${r.p99} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} |`,
        ),
      ],
    };
  },
};

export default signupRace;
