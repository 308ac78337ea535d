import { hotRoutes, measure } from '../drive-route';
import { DRIVERS, MEMBERS, SECONDS, tokenFor } from '../kit';
import type { BenchScenario } from '../scenario';

const CONNECTIONS = [1, 10, 100];

/** The routes members use most (the home among them), on MEMBERS synthetic members, at 1, 10 and 100 connections. */
const hotRoutesScenario: BenchScenario = {
  name: 'hot-routes',
  order: 10,
  async run(stores) {
    const rows: Array<{ scenario: string; store: string } & Awaited<ReturnType<typeof measure>>> = [];
    for (const driver of DRIVERS) {
      const { host, raceActivity } = await stores.seeded(driver);
      const branchAdmin = tokenFor('m-003');
      const routes = [
        ...(await hotRoutes(
          host.url,
          branchAdmin,
          { token: branchAdmin, unitId: 'u-b-office' },
          await raceActivity(),
          MEMBERS,
        )),
        // The first call builds the member's summary and the unit's feed; the measured ones find them warm.
        { name: 'member home (me.home)', route: 'me.home', body: {}, token: branchAdmin },
      ];
      for (const route of routes)
        for (const connections of CONNECTIONS)
          rows.push({ scenario: route.name, store: driver, ...(await measure(host, route, connections, SECONDS)) });
    }
    return {
      json: { rows },
      markdown: [
        '| scenario | store | conns | p50 ms | p97.5 ms | p99 ms | req/s | reads/call | writes/call | overhead × | bytes | host peak RSS MB |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...rows.map(
          (r) =>
            `| ${r.scenario} | ${r.store} | ${r.connections} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.rps} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} | ${r.overhead.toFixed(2)} | ${r.bytes} | ${r.rssMb} |`,
        ),
      ],
    };
  },
};

export default hotRoutesScenario;
