import { contract, ROUTE_NAMES } from '../../types/contract';
import { functionOf } from '../../types/functions';
import { handlers } from '../../cloudfunctions/router/handlers';

test('every route has a handler and every handler a route', () => {
  expect(Object.keys(handlers).sort()).toEqual([...ROUTE_NAMES].sort());
});

test('routes live in the function of their trust boundary', () => {
  for (const route of ROUTE_NAMES) {
    const { access } = contract[route];
    const fn = functionOf(route);
    if (access.role === 'system') expect(fn).toBe('jobs');
    else if (['public', 'wechat', 'member', 'link'].includes(access.role)) expect(fn).toBe('api');
    else expect(fn).toBe('admin');
  }
});

test('admin routes scoped to a unit take a unitId', () => {
  for (const route of ROUTE_NAMES) {
    const { access, input } = contract[route];
    if ('scope' in access && access.scope === 'unit') {
      expect(input.safeParse({}).success).toBe(false);
      expect(JSON.stringify((input as unknown as { shape?: object }).shape ?? {})).toContain('unitId');
    }
  }
});

test('every input schema refuses unknown keys, so identity cannot ride along in the body', () => {
  for (const route of ROUTE_NAMES) {
    expect(contract[route].input.safeParse({ openid: 'x', memberId: 'm-001' }).success).toBe(false);
  }
});
