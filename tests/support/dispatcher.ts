import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '../../config/env';
import { buildHttpHost } from '../../cloudfunctions/hosts/http';
import { localFiles } from '../../cloudfunctions/platform/files';
import { createLocalMessaging, type LocalMessaging } from '../../cloudfunctions/platform/messaging';
import type { Identity } from '../../cloudfunctions/platform/identity';
import { createSessionTokens, identityOfToken } from '../../cloudfunctions/platform/session-tokens';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import { memberSession } from '../../cloudfunctions/modules/members/session-generation';
import { localModel } from '../../cloudfunctions/platform/models';
import { localContentSafety } from '../../cloudfunctions/platform/content-safety';
import { localPayments } from '../../cloudfunctions/platform/payments';
import { localSoter } from '../../cloudfunctions/platform/soter';
import { localCode2Session } from '../../cloudfunctions/platform/wx-login';
import type { Services } from '../../cloudfunctions/kernel/context';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import type { DocStore } from '../../cloudfunctions/store/types';
import { FIXED_NOW, TEST_SECRETS, testCipher } from './demo-store';
import { postJson } from './http-client';
import { wxSignIn } from './http-host';

/**
 * Calls routes as members, with a clock the test moves and the local messaging ports it can look into.
 * In-process through the real dispatcher (validation, identity, scope, services) by default; with
 * TEST_AUTH_MODE=wx (the functions-wx project) through a real HTTP host instead, each member signed in
 * with a `wx.login` code exchanged by code2Session, so the same suites prove the self-hosted path.
 */
export interface Dispatcher {
  clock: { now: number };
  messaging: LocalMessaging;
  services: Services;
  /** Calls as this member, signed in once and again whenever the session has ended, as the app does. */
  as(memberId: string): (route: string, input?: unknown) => Promise<any>;
  /** Signs the member in afresh and returns the session token the app would hold. */
  sessionToken(memberId: string): Promise<string>;
  /** Calls with exactly this token, never signing in again: for tests of sessions themselves. */
  withToken(token: string): (route: string, input?: unknown) => Promise<any>;
  /** System calls (timer jobs) never come over HTTP: they run in-process in either mode. */
  system(route: string, input?: unknown): Promise<any>;
  /** Signs these members in now (in wx mode a first sign-in binds an OPENID, which is a write). */
  signIn(...memberIds: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function dispatcherFor(store: DocStore): Promise<Dispatcher> {
  const clock = { now: FIXED_NOW };
  const messaging = createLocalMessaging(() => clock.now);
  const services: Services = {
    store,
    platform: {
      sessions: createSessionTokens(TEST_SECRETS.SESSION_SECRET, 3600_000),
      devLogin: process.env.TEST_AUTH_MODE !== 'wx',
      wxLogin: localCode2Session(),
      files: localFiles(mkdtempSync(path.join(os.tmpdir(), 'zhdj-files-'))),
      soter: localSoter,
      contentSafety: localContentSafety,
      models: localModel,
      // Result notices queue up for the test to deliver (or lose) as it pleases.
      payments: localPayments({ clock: () => clock.now }),
      ...messaging,
    },
    pii: testCipher(),
    clock: () => clock.now,
    log: () => {},
  };
  const run = (identity: Identity, route: string, input: unknown = {}) =>
    dispatch('http', { route, input }, identity, services);
  const base = {
    clock,
    messaging,
    services,
    system: (route: string, input?: unknown) => run({ kind: 'system' }, route, input),
  };
  if (process.env.TEST_AUTH_MODE === 'wx') return overHttp(base);
  const sessions = services.platform.sessions!;
  /** Members no longer on the roster keep a token they once had. */
  const sessionToken = async (memberId: string) => {
    const member = await membersRepository(store).memberById(memberId);
    const issued = member
      ? memberSession(sessions, member, clock.now)
      : sessions.issue({ memberId, generation: 0 }, clock.now);
    return issued.token;
  };
  const withToken = (token: string) => (route: string, input?: unknown) =>
    run(identityOfToken(sessions, token, clock.now), route, input);
  return {
    ...base,
    as: signedInCalls(sessionToken, withToken).as,
    sessionToken,
    withToken,
    signIn: async () => {},
    close: async () => {},
  };
}

/** Each member's token is kept; a refused one (lapsed as the test clock jumps, or ended) is replaced once. */
function signedInCalls(
  sessionToken: (memberId: string) => Promise<string>,
  withToken: (token: string) => (route: string, input?: unknown) => Promise<any>,
): Pick<Dispatcher, 'as' | 'signIn'> {
  const tokens = new Map<string, string>();
  const signIn = async (memberId: string) => {
    const token = await sessionToken(memberId);
    tokens.set(memberId, token);
    return token;
  };
  return {
    as: (memberId) => async (route, input) => {
      const result = await withToken(tokens.get(memberId) ?? (await signIn(memberId)))(route, input);
      if (!result.ok && result.error.code === 'UNAUTHENTICATED') return withToken(await signIn(memberId))(route, input);
      return result;
    },
    signIn: async (...memberIds) => {
      for (const memberId of memberIds) await signIn(memberId);
    },
  };
}

async function overHttp(base: Pick<Dispatcher, 'clock' | 'messaging' | 'services' | 'system'>): Promise<Dispatcher> {
  const { services, clock } = base;
  const env = parseEnv({
    ...TEST_SECRETS,
    AUTH_MODE: 'wx',
    WX_LOGIN: 'local',
    JOBS: 'off',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'zhdj-host-')),
    STATIC_DIR: mkdtempSync(path.join(os.tmpdir(), 'zhdj-static-')),
    LOG_CALLS: 'off',
    // The suites make thousands of writes a minute as a handful of members; the limit has its own test.
    WRITE_RATE_PER_MINUTE: '1000000000',
    READ_RATE_PER_MINUTE: '1000000000',
  });
  const app = await buildHttpHost({
    env,
    store: services.store,
    clock: () => clock.now,
    // The host's call records go where the test points `services.log`, as in-process calls' do.
    log: (record) => services.log(record),
    messaging: base.messaging,
    wxLogin: services.platform.wxLogin!,
    ports: {
      files: services.platform.files,
      contentSafety: services.platform.contentSafety,
      soter: services.platform.soter,
      payments: services.platform.payments,
      // A suite may swap `services.platform.models` for a stand-in; the host asks whichever is there.
      models: {
        get kind() {
          return services.platform.models.kind;
        },
        generate: (request) => services.platform.models.generate(request),
      },
    },
    pii: services.pii,
  });
  // Races send a thousand calls at once: a deep accept queue keeps a busy machine from dropping their
  // connections (Node's default of 511 lets the rest time out connecting, which is not what the race tests).
  const url = await app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });

  const post = async (route: string, input: unknown, token?: string) => {
    const response = await postJson(
      `${url}/api/${route}`,
      JSON.stringify(input === undefined ? {} : input),
      token ? { authorization: `Bearer ${token}` } : {},
    );
    return response.body;
  };

  /** Members no longer on the roster keep a token they once had. */
  const sessionToken = async (memberId: string): Promise<string> =>
    (await wxSignIn(services.store, (route, input) => post(route, input), memberId)) ??
    services.platform.sessions!.issue({ memberId, generation: 0 }, clock.now).token;
  const withToken = (token: string) => (route: string, input?: unknown) => post(route, input, token);

  return {
    ...base,
    ...signedInCalls(sessionToken, withToken),
    sessionToken,
    withToken,
    close: () => app.close(),
  };
}

/** The data of a call that must succeed; a refusal fails the test with the error it carried. */
export async function ok(promise: Promise<any>) {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}
