import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '../../config/env';
import { buildHttpHost } from '../../cloudfunctions/hosts/http';
import { localFiles } from '../../cloudfunctions/platform/files';
import { personalDataCipherFromEnv } from '../../cloudfunctions/security/keys-from-env';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import { localSecrets } from '../dev-secret';
import { seedDemo } from '../seed/demo';

/**
 * Monday 23 November 2026, 10:00 in Beijing. The demo data is seeded at this moment and the host's clock
 * (and the browser's) start from it, so two runs of the gallery show the same dates.
 */
export const SCREENS_NOW = Date.UTC(2026, 10, 23, 2, 0, 0);

export interface ApiAnswer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

/** The HTTP host over a throw-away embedded store holding the whole demo organisation. */
export interface ScreensHost {
  url: string;
  /** The host's current time. */
  now(): number;
  /** Moves the host's clock forward, e.g. past the minimum time a quiz must take. */
  advance(ms: number): void;
  call(route: string, input: unknown, token?: string): Promise<ApiAnswer>;
  close(): Promise<void>;
}

/**
 * Serves a copy of the H5 build in `builtDir`: `dist/` is shared, and a build started elsewhere while the
 * pictures are taken would otherwise empty it halfway through.
 */
export async function startScreensHost(builtDir: string): Promise<ScreensHost> {
  if (!existsSync(path.join(builtDir, 'index.html')))
    throw new Error(`no H5 build in ${builtDir}: run npm run build:h5`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-screens-'));
  const staticDir = path.join(dataDir, 'h5');
  cpSync(builtDir, staticDir, { recursive: true });
  const env = parseEnv({
    ...localSecrets(dataDir),
    AUTH_MODE: 'dev',
    JOBS: 'off',
    LOG_CALLS: 'off',
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    PORT: '0',
    // One browser signs in three people and opens every page in a few minutes.
    WRITE_RATE_PER_MINUTE: '10000',
    READ_RATE_PER_MINUTE: '100000',
  });
  const store = await openEmbeddedStore(path.join(dataDir, 'db'));
  await ensureAllCollections(store);
  await seedDemo(store, personalDataCipherFromEnv(env), localFiles(path.join(dataDir, 'files')), SCREENS_NOW);

  const startedAt = Date.now();
  let skipped = 0;
  const now = () => SCREENS_NOW + (Date.now() - startedAt) + skipped;
  const app = await buildHttpHost({ env, store, clock: now, log: () => undefined });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    now,
    advance: (ms) => void (skipped += ms),
    async call(route, input, token) {
      const response = await fetch(`${url}/api/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiAnswer;
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
