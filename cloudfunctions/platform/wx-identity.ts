import type { Identity } from './identity';

/** What `cloud.getWXContext()` returns that we rely on. */
export interface WxContext {
  OPENID?: string;
}

/**
 * In a cloud function WeChat supplies the caller's OPENID. A call without one comes from the platform
 * itself (a timer trigger or the console): the system for the `jobs` function, nobody for the others.
 */
export function wxIdentity(context: WxContext, trustsPlatformCalls: boolean): Identity {
  if (context.OPENID) return { kind: 'openid', openid: context.OPENID };
  return trustsPlatformCalls ? { kind: 'system' } : { kind: 'anonymous' };
}
