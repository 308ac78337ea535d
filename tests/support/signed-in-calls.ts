import type { Services } from '../../cloudfunctions/kernel/context';
import type { LocalMessaging } from '../../cloudfunctions/platform/messaging';

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

/** Each member's token is kept; a refused one (lapsed as the test clock jumps, or ended) is replaced once. */
export function signedInCalls(
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
