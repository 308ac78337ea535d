import type { Identity } from './identity';

/** What `cloud.getWXContext()` returns that we rely on. */
export interface WxContext {
  OPENID?: string;
}

/**
 * In a cloud function WeChat supplies the caller's OPENID. A call without one is the system only when it is
 * a timer event of the function's own (see `timerEventToCall`): web callers without a WeChat identity and
 * other services also call without an OPENID, so its absence alone proves nothing.
 */
export function wxIdentity(context: WxContext, isTimerEvent: boolean): Identity {
  if (context.OPENID) return { kind: 'openid', openid: context.OPENID };
  return isTimerEvent ? { kind: 'system' } : { kind: 'anonymous' };
}
