import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseEnv } from '../../config/env';
import { buildHttpHost } from '../../cloudfunctions/hosts/http';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seededDataDir, TEST_SECRETS } from './demo-store';

/** A real HTTP host on a free loopback port, over a freshly seeded embedded store. */
export interface TestHost {
  url: string;
  app: FastifyInstance;
  store: DocStore;
  dataDir: string;
  call(route: string, input: unknown, token?: string): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTestHost(
  overrides: Record<string, string> = {},
  clock: () => number = Date.now,
): Promise<TestHost> {
  const { dataDir, store } = await seededDataDir();
  let staticDir = overrides.STATIC_DIR;
  if (!staticDir) {
    staticDir = path.join(dataDir, 'h5');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>智慧党建</title>');
  }
  const env = parseEnv({
    ...TEST_SECRETS,
    AUTH_MODE: 'dev',
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_CALLS: 'off',
    ...overrides,
    STATIC_DIR: staticDir,
  });
  const app = await buildHttpHost({ env, store, clock, log: () => {} });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    store,
    dataDir,
    async call(route, input, token) {
      const response = await fetch(`${url}/api/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof input === 'string' ? input : JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

export async function signIn(host: TestHost, memberId: string): Promise<string> {
  const { body } = await host.call('auth.devLogin', { memberId });
  if (!body.ok) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.token as string;
}
