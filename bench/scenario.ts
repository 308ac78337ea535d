import type { BenchStores } from './stores';

/** What a scenario adds to the results: its entries of latest.json and its table (lines) of latest.md. */
export interface ScenarioResult {
  json: Record<string, unknown>;
  markdown: string[];
}

/**
 * One scenario of `npm run bench`: a file in bench/scenarios/ whose default export is this. The runner finds
 * every such file, so adding a scenario is adding its file; `npm run bench -- --only <name>` runs one.
 */
export interface BenchScenario {
  name: string;
  /** Where its table stands in latest.md (ascending). */
  order: number;
  /**
   * Set when the scenario starts its own stores and processes and never uses the shared seeded hosts, whose call
   * records the others read: with BENCH_CONCURRENT it may then run beside them.
   */
  standalone?: boolean;
  run(stores: BenchStores): Promise<ScenarioResult>;
}
