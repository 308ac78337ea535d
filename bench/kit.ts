import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallLine, HostChild } from '../scripts/lib/host-child';
import { localSecrets } from '../scripts/dev-secret';
import { createSessionTokens } from '../cloudfunctions/platform/session-tokens';

/**
 * What every scenario shares: the run's size and length (BENCH_MEMBERS, BENCH_SECONDS), throw-away
 * secrets, session tokens and the arithmetic over the host's call records.
 */
export const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 5000);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/**
 * BENCH_CALLS: each measurement sends this many calls instead of running for a time window. A smoke run then
 * does the same work however busy the machine is, and every row has calls to report on.
 */
export const CALLS = process.env.BENCH_CALLS ? Number(process.env.BENCH_CALLS) : undefined;
/** How long each measurement runs, as the table's heading states it. */
export const MEASURE_TEXT = CALLS ? `${CALLS} calls per measurement` : `${SECONDS} s per run`;
/** The sign-up race: up to 2,000 members sign up at once for seats for 5 % of them. */
export const RACE_SIGNUPS = Math.min(2000, MEMBERS);
export const RACE_SEATS = Math.max(1, Math.round(RACE_SIGNUPS / 20));
/** Throw-away secrets: the benchmark's stores are deleted when it ends. */
export const BENCH_ENV = { ...localSecrets(mkdtempSync(path.join(os.tmpdir(), 'zhdj-bench-secrets-'))) };

export type Driver = 'embedded' | 'postgres';
/** The stores the shared-host scenarios run on (`BENCH_STORES=postgres` for one). */
export const DRIVERS: readonly Driver[] = (['embedded', 'postgres'] as const).filter((driver) =>
  (process.env.BENCH_STORES ?? 'embedded,postgres').split(',').includes(driver),
);

export const tokenFor = (memberId: string) =>
  createSessionTokens(BENCH_ENV.SESSION_SECRET, 3600_000).issue({ memberId, generation: 0 }, Date.now()).token;

export interface Answer {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: { code: string };
}

/** One call through the host's HTTP API as the member the token names. */
export async function post(url: string, route: string, token: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${url}/api/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer;
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Time in our code per call over time in the store: what routing, validation and services add. */
export const overhead = (lines: CallLine[], route: string) => {
  const mine = lines.filter((line) => line.route === route);
  const store = mine.reduce((sum, line) => sum + line.storeMs, 0);
  return store > 0 ? mine.reduce((sum, line) => sum + line.ms, 0) / store : 0;
};

export const perCall = (lines: CallLine[], route: string, key: 'reads' | 'writes') => {
  const mine = lines.filter((line) => line.route === route);
  return mine.length ? mine.reduce((sum, line) => sum + line[key], 0) / mine.length : 0;
};

/**
 * The host's environment for every scenario: one identity drives each write scenario, so its limit is lifted.
 * It serves the H5 build in dist/h5, or the copy H5_DIST names (to compare two builds side by side).
 */
export function hostEnv(driver: Driver, dataDir: string, databaseUrl: string): Record<string, string> {
  return {
    ...BENCH_ENV,
    DB_DRIVER: driver,
    DATA_DIR: dataDir,
    ...(driver === 'postgres' ? { DATABASE_URL: databaseUrl } : {}),
    AUTH_MODE: 'dev',
    JOBS: 'off',
    STATIC_DIR: process.env.H5_DIST ?? 'dist/h5',
    WRITE_RATE_PER_MINUTE: '100000000',
    READ_RATE_PER_MINUTE: '100000000',
  };
}

export type { HostChild };
