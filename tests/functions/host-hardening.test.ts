import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/** What a self-hosted deployment relies on: request ids, headers, CORS, write limits, readiness. */
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ CORS_ORIGINS: 'https://console.example.org', WRITE_RATE_PER_MINUTE: '3' });
});
afterAll(() => host.close());

test('every answer carries a request id (kept from a proxy) and security headers', async () => {
  const plain = await fetch(`${host.url}/healthz`);
  expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const proxied = await fetch(`${host.url}/api/me.card`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'nginx-req-12345678' },
    body: '{}',
  });
  expect(proxied.headers.get('x-request-id')).toBe('nginx-req-12345678');
  for (const header of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy']) {
    expect(proxied.headers.get(header)).toBeTruthy();
  }
  const page = await fetch(`${host.url}/`);
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
});

test('CORS only for listed origins', async () => {
  const preflight = (origin: string) =>
    fetch(`${host.url}/api/me.card`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
  const allowed = await preflight('https://console.example.org');
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.org');
  const other = await preflight('https://evil.example.com');
  expect(other.status).toBe(403);
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
});

test('write calls are limited per identity; reads are not', async () => {
  const token = await signIn(host, DEMO.member);
  const writes = [];
  for (let i = 0; i < 4; i += 1) writes.push(await host.call('me.updatePhone', { phone: `1770000000${i}` }, token));
  expect(writes.slice(0, 3).every((w) => w.status === 200)).toBe(true);
  expect(writes[3]).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
  for (let i = 0; i < 5; i += 1) expect((await host.call('me.card', {}, token)).status).toBe(200);
  const other = await signIn(host, DEMO.orgAdmin);
  expect((await host.call('me.updatePhone', { phone: '17700000099' }, other)).status).toBe(200);
});

test('readiness checks the store', async () => {
  expect((await fetch(`${host.url}/readyz`)).status).toBe(200);
});
