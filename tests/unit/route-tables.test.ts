import { ROUTE_NAMES } from '../../types/contract';
import { FUNCTION_NAMES, functionOf, type FunctionName } from '../../types/functions';
import { adminHandlers } from '../../cloudfunctions/router/handlers-admin';
import { apiHandlers } from '../../cloudfunctions/router/handlers-api';
import { jobsHandlers } from '../../cloudfunctions/router/handlers-jobs';
import { handlers } from '../../cloudfunctions/router/handlers';

const tables: Record<FunctionName, object> = { api: apiHandlers, admin: adminHandlers, jobs: jobsHandlers };

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
