import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { FUNCTION_NAMES, type FunctionName } from '../../types/functions';

/**
 * What a cold start of each built cloud function costs before its first answer, measured as WeChat pays it:
 * a fresh Node process per sample (`node -e`), the median of several. Each process requires wx-server-sdk
 * alone (`sdkMs`), then the function's index.js (`ownMs`: the SDK is loaded by then, so this is what the
 * function's own code adds); `requireMs` is the two together, what requiring index.js in a fresh process
 * costs. Timing both in one process keeps a busy machine from skewing one against the other; `ownCpuMs`
 * is the CPU time of the second step, which hardly changes with the machine's load. `firstCallMs` is the
 * first `main()` call after the require, with a stand-in SDK (no network), of a call the pipeline refuses
 * before the store: parsing, validation, caller and authorisation, as every call runs them.
 * `npm run build:cloud` first.
 */
export interface ColdStartRow {
  fn: FunctionName;
  /** Size of index.js, the file every cold start loads whole. */
  bytes: number;
  sdkMs: number;
  requireMs: number;
  ownMs: number;
  ownCpuMs: number;
  firstCallMs: number;
}

const run = promisify(execFile);

/** Per function, a route its callers use, called with no OPENID: refused, as expected, without reading the store. */
const CHEAP_CALLS: Record<FunctionName, { event: { route: string; input: object }; refusal: string }> = {
  api: { event: { route: 'me.card', input: {} }, refusal: 'UNAUTHENTICATED' },
  admin: { event: { route: 'admin.identityChallenge', input: {} }, refusal: 'UNAUTHENTICATED' },
  jobs: { event: { route: 'system.sendReminders', input: {} }, refusal: 'FORBIDDEN' },
};

const timedRequires = (sdk: string, indexJs: string) => `
  const cpuMs = (since) => { const { user, system } = process.cpuUsage(since); return (user + system) / 1000; };
  const started = performance.now();
  require(${JSON.stringify(sdk)});
  const sdkLoaded = performance.now();
  const cpuBefore = process.cpuUsage();
  require(${JSON.stringify(indexJs)});
  const ownCpuMs = cpuMs(cpuBefore);
  const done = performance.now();
  process.stdout.write(JSON.stringify({ sdkMs: sdkLoaded - started, ownMs: done - sdkLoaded, ownCpuMs }));`;

const firstCall = (indexJs: string, event: object) => `
  const Module = require('node:module');
  const sdk = {
    DYNAMIC_CURRENT_ENV: Symbol('current env'),
    init() {},
    getWXContext: () => ({}),
    database: () => ({}),
    openapi: {},
    getOpenData: async () => ({ list: [] }),
  };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'wx-server-sdk' ? sdk : load.call(this, request, ...rest);
  };
  console.log = () => {};
  const { main } = require(${JSON.stringify(indexJs)});
  const started = performance.now();
  main(${JSON.stringify(event)}, {}).then((result) => {
    const ms = performance.now() - started;
    process.stdout.write(JSON.stringify({ ms, outcome: result.ok ? 'ok' : result.error.code }));
  });`;

/** The environment a deployed function has: its keys, and no DB_DRIVER (a cloud function uses the WeChat database). */
function functionEnv(): NodeJS.ProcessEnv {
  const { DB_DRIVER: _driver, DATABASE_URL: _url, ...env } = process.env;
  const key = () => randomBytes(32).toString('base64');
  return { ...env, PII_KEYS: `k1:${key()}`, PII_ACTIVE_KEY: 'k1', PII_HASH_KEY: key(), LOG_CALLS: 'off' };
}

async function nodeEval(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run(process.execPath, ['-e', script], { cwd, env });
  return stdout;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

/** `dist` is where `npm run build:cloud` put the functions; another folder compares an older build. */
export async function measureColdStart(samples = 5, dist = 'dist/cloudfunctions'): Promise<ColdStartRow[]> {
  const env = functionEnv();
  const rows: ColdStartRow[] = [];
  for (const fn of FUNCTION_NAMES) {
    const dir = path.resolve(dist, fn);
    const indexJs = path.join(dir, 'index.js');
    const sdk = createRequire(indexJs).resolve('wx-server-sdk');
    const samplesOf = { sdkMs: [] as number[], ownMs: [] as number[], ownCpuMs: [] as number[] };
    const firstCallMs: number[] = [];
    for (let i = 0; i < samples; i++) {
      const times = JSON.parse(await nodeEval(timedRequires(sdk, indexJs), dir, env));
      for (const key of ['sdkMs', 'ownMs', 'ownCpuMs'] as const) samplesOf[key].push(times[key]);
      const { event, refusal } = CHEAP_CALLS[fn];
      const call = JSON.parse(await nodeEval(firstCall(indexJs, event), dir, env));
      if (call.outcome !== refusal) throw new Error(`${fn}: the first call answered ${call.outcome}, not ${refusal}`);
      firstCallMs.push(call.ms);
    }
    const sdkMs = median(samplesOf.sdkMs);
    const ownMs = median(samplesOf.ownMs);
    rows.push({
      fn,
      bytes: statSync(indexJs).size,
      sdkMs: round(sdkMs),
      requireMs: round(sdkMs + ownMs),
      ownMs: round(ownMs),
      ownCpuMs: round(median(samplesOf.ownCpuMs)),
      firstCallMs: round(median(firstCallMs)),
    });
  }
  return rows;
}
