import type { CallState } from '@/lib/use-call';

/** Errors that may pass on their own (a busy server, a lost network, a rate limit): trying again can help. */
const PASSING_ERRORS = new Set(['INTERNAL', 'RATE_LIMITED']);

/**
 * The retry to offer for a failed call: only when trying again can help. A record out of the admin's scope,
 * forbidden or gone stays so however often it is asked for, so the error view offers no 重试 for it.
 */
export function retryWhenUseful<T>(state: CallState<T>, reload: () => void): (() => void) | undefined {
  return state.status === 'error' && !PASSING_ERRORS.has(state.error.code) ? undefined : reload;
}
