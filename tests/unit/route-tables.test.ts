import { contract, ROUTE_NAMES } from '../../types/contract';
import { adminContract } from '../../types/contract-admin';
import { apiContract } from '../../types/contract-api';
import { jobsContract } from '../../types/contract-jobs';
import type { OwnRoutes } from '../../types/route-def';
import { FUNCTION_NAMES, functionOf, type FunctionName } from '../../types/functions';
import { adminHandlers } from '../../cloudfunctions/router/handlers-admin';
import { apiHandlers } from '../../cloudfunctions/router/handlers-api';
import { jobsHandlers } from '../../cloudfunctions/router/handlers-jobs';
import { handlers } from '../../cloudfunctions/router/handlers';

const tables: Record<FunctionName, object> = { api: apiHandlers, admin: adminHandlers, jobs: jobsHandlers };
const contracts: Record<FunctionName, object> = { api: apiContract, admin: adminContract, jobs: jobsContract };

test.each(FUNCTION_NAMES)('the %s table holds exactly the routes functionOf sends to it', (fn) => {
  const assigned = ROUTE_NAMES.filter((route) => functionOf(route) === fn).sort();
  expect(assigned.length).toBeGreaterThan(0);
  expect(Object.keys(tables[fn]).sort()).toEqual(assigned);
});

test('the three tables together are the contract: no route lost, none served twice', () => {
  const all = FUNCTION_NAMES.flatMap((fn) => Object.keys(tables[fn]));
  expect(new Set(all).size).toBe(all.length);
  expect(all.sort()).toEqual([...ROUTE_NAMES].sort());
  expect(Object.keys(handlers).sort()).toEqual([...ROUTE_NAMES].sort());
});

test('the HTTP host table runs the same handler as the function that owns the route', () => {
  for (const route of ROUTE_NAMES) {
    const own = tables[functionOf(route)] as Record<string, unknown>;
    expect(handlers[route]).toBe(own[route]);
  }
});

test.each(FUNCTION_NAMES)('the %s contract holds exactly the routes functionOf sends to it, with their defs', (fn) => {
  const assigned = ROUTE_NAMES.filter((route) => functionOf(route) === fn).sort();
  expect(Object.keys(contracts[fn]).sort()).toEqual(assigned);
  for (const route of assigned) expect((contracts[fn] as Record<string, unknown>)[route]).toBe(contract[route]);
});

test('a route in another function’s contract is a compile error (checked by npm run typecheck)', () => {
  const def = contract['admin.unitCreate'];
  const mixed = { 'admin.x': def, 'system.x': def, 'me.x': def };
  // @ts-expect-error admin.x and system.x are not api routes
  const api: OwnRoutes<'api', typeof mixed> = mixed;
  // @ts-expect-error me.x and system.x are not admin routes
  const admin: OwnRoutes<'admin', typeof mixed> = mixed;
  // @ts-expect-error admin.x and me.x are not jobs routes
  const jobs: OwnRoutes<'jobs', typeof mixed> = mixed;
  const own: OwnRoutes<'admin', Pick<typeof mixed, 'admin.x'>> = { 'admin.x': def };
  expect([api, admin, jobs, own].map((table) => Object.keys(table).length)).toEqual([3, 3, 3, 1]);
});
