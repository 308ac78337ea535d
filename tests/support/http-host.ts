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
  /** How people sign in: the demo login, or `wx.login` codes through the local code2Session adapter. */
  authMode: 'dev' | 'wx';
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
    // TEST_AUTH_MODE=wx runs the HTTP suites with wx.login sign-in (see jest.config.js).
    AUTH_MODE: process.env.TEST_AUTH_MODE === 'wx' ? 'wx' : 'dev',
    WX_LOGIN: 'local',
    JOBS: 'off',
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_CALLS: 'off',
    ...overrides,
    STATIC_DIR: staticDir,
  });
  const app = await buildHttpHost({ env, store, clock, log: () => {} });
  // Races send a thousand calls at once: a deep accept queue keeps a busy machine from dropping their
  // connections (Node's default of 511 lets the rest time out connecting, which is not what the race tests).
  const url = await app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
  return {
    url,
    authMode: env.AUTH_MODE,
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

let codes = 0;

/**
 * What the mini-program does against a self-hosted backend: `wx.login`, then `auth.wxLogin` with the code. The
 * member gets a WeChat identity first if they have none. Null when there is no such member.
 */
export async function wxSignIn(
  store: DocStore,
  post: (route: string, input: unknown) => Promise<any>,
  memberId: string,
): Promise<string | null> {
  const members = store.collection<{ _id: string; openid?: string }>('members');
  const member = await members.get(memberId);
  if (!member) return null;
  const openid = member.openid ?? `wx-${memberId}`;
  if (!member.openid) await members.updateWhere({ _id: memberId }, { $set: { openid } });
  const result = await post('auth.wxLogin', { code: `local:${openid}#${(codes += 1)}` });
  if (!result.ok || !result.data.bound) throw new Error(`wx sign-in as ${memberId} failed: ${JSON.stringify(result)}`);
  return result.data.token as string;
}

/** Signs in as a member: by the demo login, or (wx mode) by binding a WeChat identity to them and logging in with a code. */
export async function signIn(host: TestHost, memberId: string): Promise<string> {
  if (host.authMode === 'wx') {
    const token = await wxSignIn(host.store, async (route, input) => (await host.call(route, input)).body, memberId);
    if (!token) throw new Error(`no member ${memberId}`);
    return token;
  }
  const { body } = await host.call('auth.devLogin', { memberId });
  if (!body.ok) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.token as string;
}

/** A WeChat user who is not on the roster yet, signed in. */
export async function newWechatUser(host: TestHost): Promise<string> {
  const { body } =
    host.authMode === 'wx'
      ? await host.call('auth.wxLogin', { code: `local:new-${(codes += 1)}-${Date.now()}` })
      : await host.call('auth.devLoginWechat', {});
  if (!body.ok) throw new Error(`could not sign in a new WeChat user: ${JSON.stringify(body)}`);
  return body.data.token as string;
}
