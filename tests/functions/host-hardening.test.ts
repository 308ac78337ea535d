import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/**
 * What a self-hosted deployment relies on: request ids, headers (a CSP without inline scripts), CORS, read
 * and write limits, proxies trusted only by name, body limits checked before parsing, a favicon, readiness.
 */
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({
    CORS_ORIGINS: 'https://console.example.org',
    WRITE_RATE_PER_MINUTE: '3',
    READ_RATE_PER_MINUTE: '8',
  });
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

test('write calls are limited per identity; reads too, at their own higher limit', async () => {
  const token = await signIn(host, DEMO.member);
  const writes = [];
  for (let i = 0; i < 4; i += 1) writes.push(await host.call('me.updatePhone', { phone: `1770000000${i}` }, token));
  expect(writes.slice(0, 3).every((w) => w.status === 200)).toBe(true);
  expect(writes[3]).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
  for (let i = 0; i < 8; i += 1) expect((await host.call('me.card', {}, token)).status).toBe(200);
  expect(await host.call('me.card', {}, token)).toMatchObject({
    status: 429,
    body: { error: { code: 'RATE_LIMITED' } },
  });
  const other = await signIn(host, DEMO.orgAdmin);
  expect((await host.call('me.updatePhone', { phone: '17700000099' }, other)).status).toBe(200);
});

test('readiness checks the store', async () => {
  expect((await fetch(`${host.url}/readyz`)).status).toBe(200);
});

describe('X-Forwarded-For is believed only from the proxies TRUST_PROXY names', () => {
  const anonymousCalls = async (target: TestHost, forwardedFor: string[]) => {
    const statuses = [];
    for (const address of forwardedFor) {
      const response = await fetch(`${target.url}/api/me.nothing`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: '{}',
      });
      statuses.push(response.status);
    }
    return statuses;
  };

  test('by default a client cannot dodge its limit by naming another address', async () => {
    const direct = await startTestHost({ READ_RATE_PER_MINUTE: '2' });
    try {
      expect(await anonymousCalls(direct, ['203.0.113.1', '203.0.113.2', '203.0.113.3'])).toEqual([404, 404, 429]);
    } finally {
      await direct.close();
    }
  });

  test('behind a named proxy each forwarded client has its own limit', async () => {
    const proxied = await startTestHost({ READ_RATE_PER_MINUTE: '2', TRUST_PROXY: '127.0.0.1' });
    try {
      expect(await anonymousCalls(proxied, ['203.0.113.1', '203.0.113.2', '203.0.113.3'])).toEqual([404, 404, 404]);
      expect(await anonymousCalls(proxied, ['203.0.113.9', '203.0.113.9', '203.0.113.9'])).toEqual([404, 404, 429]);
    } finally {
      await proxied.close();
    }
  });
});

test('the CSP allows the served page its own inline scripts by hash, never any inline script, and data: fonts', async () => {
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-h5-'));
  const inline = 'document.documentElement.style.fontSize = "20px";';
  writeFileSync(
    path.join(staticDir, 'index.html'),
    `<!doctype html><html><head><script>${inline}</script><script defer src="/js/app.js"></script></head></html>`,
  );
  const withPage = await startTestHost({ STATIC_DIR: staticDir });
  try {
    const csp = (await fetch(`${withPage.url}/`)).headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
    const hash = createHash('sha256').update(inline).digest('base64');
    expect(scriptSrc).toBe(`'self' 'sha256-${hash}'`);
    expect(csp).toContain("font-src 'self' data:");
    expect(csp).toContain("object-src 'none'");
  } finally {
    await withPage.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
  const plainCsp = (await fetch(`${host.url}/healthz`)).headers.get('content-security-policy') ?? '';
  expect(/script-src ([^;]*)/.exec(plainCsp)?.[1]).toBe("'self'");
});

test('a Party-red favicon is served and the H5 page links it', async () => {
  const icon = await fetch(`${host.url}/favicon.ico`);
  expect(icon.status).toBe(200);
  expect(icon.headers.get('content-type')).toContain('image/svg+xml');
  expect(await icon.text()).toContain('#c8161d');
  expect(readFileSync(path.resolve('src/index.html'), 'utf8')).toMatch(/<link rel="icon"[^>]*href="\/favicon\.ico"/);
});

describe('request bodies are bounded before they are parsed', () => {
  const post = (route: string, body: BodyInit, token?: string, extra: RequestInit = {}) =>
    fetch(`${host.url}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      ...extra,
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));
  let token: string;
  beforeAll(async () => {
    token = await signIn(host, DEMO.orgAdmin);
  });

  test('before signing in a body may be 16 KB, whether its length is declared or streamed', async () => {
    const large = JSON.stringify({ code: 'x'.repeat(20_000) });
    expect(await post('auth.wxLogin', large)).toMatchObject({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE' } },
    });
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(large));
        controller.close();
      },
    });
    expect(await post('auth.wxLogin', streamed, undefined, { duplex: 'half' } as RequestInit)).toMatchObject({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE' } },
    });
  });

  test("signed in, a body may be as large as its route's input", async () => {
    const body = JSON.stringify({ unitId: 'u-b-east', format: 'csv', mode: 'dry_run', file: 'x'.repeat(100_000) });
    expect((await post('admin.questionImport', body, token)).status).not.toBe(413);
    expect(await post('me.card', body, token)).toMatchObject({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE' } },
    });
  });

  test('deep nesting is refused from the text, never parsed, even at 2 MB', async () => {
    const shallow = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect(await post('auth.wxLogin', shallow)).toMatchObject({
      status: 400,
      body: { error: { code: 'MALFORMED_EVENT' } },
    });
    const bomb = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    // Parsing is what a bomb would cost; the host shares this process, so every JSON.parse it makes is seen.
    const parse = jest.spyOn(JSON, 'parse');
    try {
      const parsedTexts = () => parse.mock.calls.map(([text]) => String(text));
      // A body nested within the limit does reach the parser, so the spy sees what the host parses.
      await post('auth.wxLogin', '[[["depth-probe"]]]');
      expect(parsedTexts()).toContain('[[["depth-probe"]]]');
      const answer = await post('admin.questionImport', bomb, token);
      expect(answer).toMatchObject({ status: 400, body: { error: { code: 'MALFORMED_EVENT' } } });
      expect(answer.body.error.message).toContain('层级过深');
      expect(parsedTexts().some((text) => text.startsWith('[[[['))).toBe(false);
    } finally {
      parse.mockRestore();
    }
  });
});
