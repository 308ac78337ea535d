import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFiles } from '../../cloudfunctions/platform/files';
import { createLocalMessaging } from '../../cloudfunctions/platform/messaging';
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
import { signedInCalls, type Dispatcher } from './signed-in-calls';

export type { Dispatcher } from './signed-in-calls';

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
  // The HTTP host and its framework load only for the project that calls through them.
  if (process.env.TEST_AUTH_MODE === 'wx') return (await import('./dispatcher-http')).overHttp(base);
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

/** The data of a call that must succeed; a refusal fails the test with the error it carried. */
export async function ok(promise: Promise<any>) {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}
