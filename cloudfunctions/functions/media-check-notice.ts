import type { FunctionName } from '../../types/functions';

const SUGGESTIONS = ['pass', 'review', 'risky'] as const;

/**
 * WeChat's verdict on an image checked with `security.mediaCheckAsync` arrives as a message-push event
 * (`Event: 'wxa_media_check'`) at the function the push is configured for, our `jobs`. Only the trace id and the
 * suggestion are taken from it; the route acts only on a trace id an upload of ours holds.
 */
export function mediaCheckToCall(fn: FunctionName, event: unknown): { route: string; input: object } | null {
  if (fn !== 'jobs' || typeof event !== 'object' || event === null || Array.isArray(event)) return null;
  const push = event as Record<string, unknown>;
  if (push.MsgType !== 'event' || push.Event !== 'wxa_media_check' || 'route' in push) return null;
  if (typeof push.trace_id !== 'string') return null;
  const result = push.result as { suggest?: unknown } | undefined;
  const suggest = SUGGESTIONS.find((s) => s === result?.suggest) ?? 'review';
  return { route: 'system.mediaCheckResult', input: { traceId: push.trace_id, suggest } };
}
