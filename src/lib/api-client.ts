import type { RouteInput, RouteName, RouteOutput } from '@contract/contract';
import type { ApiResult } from '@contract/errors';
import { arrivedAnswer, transport } from './transport';

/**
 * Calls a route of the contract. Types come from the contract; validation happens on the server,
 * so the contract's zod schemas never enter the mini-program bundle.
 */
export async function call<R extends RouteName>(route: R, input: RouteInput<R>): Promise<ApiResult<RouteOutput<R>>> {
  return (await transport(route, input)) as ApiResult<RouteOutput<R>>;
}

/** The route's answer if it has already arrived without being asked for here (see transport/first-call.ts). */
export function arrivedCall<R extends RouteName>(route: R, input: RouteInput<R>): ApiResult<RouteOutput<R>> | null {
  return arrivedAnswer(route, input) as ApiResult<RouteOutput<R>> | null;
}
