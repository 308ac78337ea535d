import type { ApiResult } from '../../types/errors';
import type { FunctionName } from '../../types/functions';

/**
 * WeChat Pay's result notice: the cloud payment API calls the function named in `unifiedOrder` (our `jobs`)
 * with the result as the event, and counts the notice delivered only when the function answers
 * `{ errcode: 0 }` (otherwise it calls again). Only the order number is taken from the event: the route
 * asks the payment platform whether that order is paid and for how much, so a forged or replayed event
 * can do nothing but make it ask.
 */
export function payNoticeToCall(fn: FunctionName, event: unknown): { route: string; input: object } | null {
  if (fn !== 'jobs' || typeof event !== 'object' || event === null || Array.isArray(event)) return null;
  const notice = event as Record<string, unknown>;
  if (typeof notice.outTradeNo !== 'string' || typeof notice.returnCode !== 'string' || 'route' in notice) return null;
  return { route: 'system.duesPayResult', input: { outTradeNo: notice.outTradeNo } };
}

/** The answer the payment platform expects from the notified function (`errcode`), beside the usual result. */
export function payNoticeReply(result: ApiResult<unknown>) {
  return { ...result, errcode: result.ok ? 0 : 1, errmsg: result.ok ? 'OK' : result.error.message };
}
