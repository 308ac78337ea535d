/**
 * Which deployable cloud function serves a route. One function per trust boundary:
 * `api` for members, `admin` for the console, `jobs` for timers and one-off system tasks.
 * Derived from the route's prefix so the client can pick a function without loading the contract's schemas.
 */
export const FUNCTION_NAMES = ['api', 'admin', 'jobs'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export function functionOf(route: string): FunctionName {
  if (route.startsWith('admin.')) return 'admin';
  if (route.startsWith('system.')) return 'jobs';
  return 'api';
}

/** `functionOf` at the type level: lets each function's route table name exactly the routes it serves. */
export type FunctionOf<R extends string> = R extends `admin.${string}`
  ? 'admin'
  : R extends `system.${string}`
    ? 'jobs'
    : 'api';
