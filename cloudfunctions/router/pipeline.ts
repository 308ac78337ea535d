import * as z from 'zod';
import { zhCN } from 'zod/locales';
import type { RouteDef, RouteName } from '../../types/contract';
import { errorResult, okResult, type ApiResult, type ErrorCode } from '../../types/errors';
import { functionOf, type FunctionName } from '../../types/functions';
import { membersRepository } from '../modules/members/members.repository';
import { SESSION_ENDED_MESSAGE, sessionGeneration } from '../modules/members/session-generation';
import type { Identity } from '../platform/identity';
import { withCallReads } from '../store/call-reads';
import { countingStore, newOpCounts, type OpCounts } from '../store/counting';
import { StoreQueryError, type DocStore } from '../store/types';
import { authorise } from './access';
import { AppError } from '../kernel/app-error';
import type { CallContext, Caller, Services } from '../kernel/context';
import type { RouteDefs, RouteTable } from '../kernel/handler-types';
import { installConsumers } from '../kernel/events';
import { eventConsumers } from './consumers';
import { inspectInput, TOO_DEEP_MESSAGE } from './input-walk';

// Validation messages people read are Chinese. The one locale is imported alone: `z.locales` would bundle all of them.
z.config(zhCN());

// Every function delivers every event it publishes, whichever module consumes it (docs/architecture.md).
installConsumers(eventConsumers);

/** Larger inputs are refused before parsing: nothing the app sends comes near it. */
export const MAX_INPUT_BYTES = 64 * 1024;

const EventShape = z.object({ route: z.string().min(1).max(64), input: z.unknown().optional() });

/** Where the call came in: one of the cloud functions, or the HTTP host (which serves every route). */
export type Entry = FunctionName | 'http';

const sessionEnded = () => new AppError('UNAUTHENTICATED', SESSION_ENDED_MESSAGE);

function isRouteIn(defs: RouteDefs, route: string): route is RouteName {
  return Object.prototype.hasOwnProperty.call(defs, route);
}

async function resolveCaller(identity: Identity, store: DocStore): Promise<Caller> {
  const repo = membersRepository(store);
  switch (identity.kind) {
    case 'system':
      return { kind: 'system' };
    case 'anonymous':
      return { kind: 'anonymous' };
    case 'invalid':
      throw new AppError('UNAUTHENTICATED');
    case 'session': {
      // One read serves both: the member the session names, and whether it is still their session.
      const member = await repo.memberById(identity.memberId);
      if (!member || sessionGeneration(member) !== identity.generation) throw sessionEnded();
      return { kind: 'member', member, openid: member.openid ?? null, signedInAt: identity.signedInAt };
    }
    case 'wechatSession': {
      const { openid, signedInAt } = identity;
      const member = await repo.memberByOpenid(openid);
      if (!member) return { kind: 'wechat', openid, signedInAt };
      if (member.unboundSessionsEnded) throw sessionEnded();
      return { kind: 'member', member, openid, signedInAt };
    }
    case 'openid': {
      const member = await repo.memberByOpenid(identity.openid);
      return member ? { kind: 'member', member, openid: identity.openid } : { kind: 'wechat', openid: identity.openid };
    }
  }
}

function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

const UNSTORABLE_TEXT = '含有无法保存的字符（空字符或残缺的表情符号），请删除后重新输入';

/** The input's size, depth and text, checked in one bounded walk before the schema does any work. */
function inputProblem(input: unknown, maxBytes: number): ApiResult<never> | null {
  const problem = inspectInput(input, maxBytes);
  if (!problem) return null;
  switch (problem.kind) {
    case 'too_large':
      return errorResult('PAYLOAD_TOO_LARGE');
    case 'too_deep':
      return errorResult('MALFORMED_EVENT', TOO_DEEP_MESSAGE);
    case 'unstorable_text':
      return errorResult('VALIDATION_FAILED', `填写的内容${UNSTORABLE_TEXT}。`, { [problem.path]: UNSTORABLE_TEXT });
  }
}

async function run(
  table: RouteTable,
  defs: RouteDefs,
  entry: Entry,
  event: unknown,
  identity: Identity,
  services: Services,
  counts: OpCounts,
  routeSeen: (r: string) => void,
): Promise<ApiResult<unknown>> {
  const shape = EventShape.safeParse(event);
  if (!shape.success) return errorResult('MALFORMED_EVENT');
  const { route } = shape.data;
  routeSeen(route);
  if (!isRouteIn(defs, route) || (entry !== 'http' && functionOf(route) !== entry)) return errorResult('UNKNOWN_ROUTE');
  const handler = table[route] as ((input: unknown, ctx: CallContext) => Promise<unknown>) | undefined;
  const def: RouteDef | undefined = defs[route];
  if (!handler || !def) return errorResult('UNKNOWN_ROUTE');
  const refused = inputProblem(shape.data.input, def.maxInputBytes ?? MAX_INPUT_BYTES);
  if (refused) return refused;

  // An absent input means {}; anything else given, null included, must match the schema.
  const parsed = def.input.safeParse(shape.data.input === undefined ? {} : shape.data.input);
  if (!parsed.success) return errorResult('VALIDATION_FAILED', undefined, fieldMessages(parsed.error));

  // Reads by id repeated within the call (the router's object check, then the service) reach the store once.
  const store = withCallReads(countingStore(services.store, counts));
  // A link route's caller is whoever holds the link: a stale session left in a meeting room's browser must not refuse it.
  const caller: Caller = def.access.role === 'link' ? { kind: 'anonymous' } : await resolveCaller(identity, store);
  const now = services.clock();
  await authorise(def.access, caller, parsed.data, store, { pii: services.pii, now });

  const ctx: CallContext = { store, platform: services.platform, pii: services.pii, now, caller };
  const output = def.output.safeParse(await handler(parsed.data, ctx));
  if (!output.success) throw new Error(`output of ${route} breaks the contract: ${output.error.message}`);
  return okResult(output.data);
}

/**
 * The one pipeline behind every entry: validates the event and input against the entry's route defs,
 * resolves the caller, enforces role and scope, runs the service from the entry's route table, checks its
 * output, answers with the envelope, and logs one JSON line. It never throws.
 */
export async function dispatchWith(
  table: RouteTable,
  defs: RouteDefs,
  entry: Entry,
  event: unknown,
  identity: Identity,
  services: Services,
  meta: { requestId?: string } = {},
): Promise<ApiResult<unknown>> {
  const started = performance.now();
  const counts: OpCounts = newOpCounts();
  let route = '?';
  let result: ApiResult<unknown>;
  let failure: string | undefined;
  try {
    result = await run(table, defs, entry, event, identity, services, counts, (r) => (route = r));
  } catch (error) {
    if (error instanceof AppError) {
      result = errorResult(error.code, error.message, error.fields);
    } else {
      failure = error instanceof Error ? error.message : String(error);
      const code: ErrorCode = error instanceof StoreQueryError ? 'VALIDATION_FAILED' : 'INTERNAL';
      result = errorResult(code);
    }
  }
  services.log({
    at: new Date().toISOString(),
    ...(meta.requestId ? { requestId: meta.requestId } : {}),
    entry,
    route: route.slice(0, 64),
    ms: Math.round((performance.now() - started) * 100) / 100,
    outcome: result.ok ? 'ok' : result.error.code,
    reads: counts.reads,
    writes: counts.writes,
    storeMs: Math.round(counts.storeMs * 100) / 100,
    ...(failure ? { failure } : {}),
  });
  return result;
}
