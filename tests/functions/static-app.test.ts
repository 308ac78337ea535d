import { createHash } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestHost, type TestHost } from '../support/http-host';

/**
 * How the host serves the built H5 app: the build's brotli or gzip copy to a browser that accepts it (the
 * file itself to anyone else), hashed files cached for a year, index.html revalidated on every load, and
 * the security headers on all of them.
 */
const INLINE = 'window.__BOOT__ = 1;';
const PAGE = `<!doctype html><html><head><title>智慧党建</title><script>${INLINE}</script><script defer src="/js/app.0123abcd.js"></script></head></html>`;
const SCRIPT = `console.log(${JSON.stringify('智慧党建 '.repeat(400))});`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let staticDir: string;
let host: TestHost;

/** A file with the brotli and gzip copies the build writes beside it. */
function writeWithCopies(relative: string, content: string): void {
  const file = path.join(staticDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  writeFileSync(`${file}.br`, brotliCompressSync(content));
  writeFileSync(`${file}.gz`, gzipSync(content));
}

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-h5-static-'));
  writeWithCopies('index.html', PAGE);
  writeWithCopies('js/app.0123abcd.js', SCRIPT);
  // Small files get no compressed copies from the build.
  mkdirSync(path.join(staticDir, 'css'), { recursive: true });
  writeFileSync(path.join(staticDir, 'css/app.89abcdef0123.css'), 'body{margin:0}');
  host = await startTestHost({ STATIC_DIR: staticDir, CORS_ORIGINS: 'https://console.example.org' });
});
afterAll(async () => {
  await host.close();
  rmSync(staticDir, { recursive: true, force: true });
});

interface RawAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire, not decoded. */
  rawPayload: Buffer;
  payload: string;
}

/** A request through node:http, which (unlike fetch) leaves the body encoded as the host sent it. */
function request(method: string, url: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = http.request(`${host.url}${url}`, { method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const rawPayload = Buffer.concat(chunks);
        resolve({
          statusCode: answer.statusCode ?? 0,
          headers: answer.headers,
          rawPayload,
          payload: rawPayload.toString(),
        });
      });
      answer.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const get = (url: string, headers: Record<string, string> = {}) => request('GET', url, headers);

test('a hashed script goes brotli-compressed to a browser that accepts brotli, and is cached for a year', async () => {
  const answer = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' });
  expect(answer.statusCode).toBe(200);
  expect(answer.headers['content-encoding']).toBe('br');
  expect(answer.headers['content-type']).toMatch(/javascript/);
  expect(answer.headers.vary).toBe('Accept-Encoding');
  expect(answer.headers['cache-control']).toBe(IMMUTABLE);
  expect(answer.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  expect(brotliDecompressSync(answer.rawPayload).toString()).toBe(SCRIPT);
});

test('gzip to a browser that accepts only gzip', async () => {
  const answer = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip' });
  expect(answer.headers['content-encoding']).toBe('gzip');
  expect(answer.headers.vary).toBe('Accept-Encoding');
  expect(answer.headers['cache-control']).toBe(IMMUTABLE);
  expect(gunzipSync(answer.rawPayload).toString()).toBe(SCRIPT);
});

test('the file itself to a client that names no encoding, or only ones the host lacks', async () => {
  const accepts: Array<Record<string, string>> = [
    {},
    { 'accept-encoding': 'identity' },
    { 'accept-encoding': 'deflate' },
  ];
  for (const headers of accepts) {
    const answer = await get('/js/app.0123abcd.js', headers);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.rawPayload.toString()).toBe(SCRIPT);
  }
});

test('a hashed file without compressed copies is sent as it is, still cached for a year', async () => {
  const answer = await get('/css/app.89abcdef0123.css', { 'accept-encoding': 'br, gzip' });
  expect(answer.statusCode).toBe(200);
  expect(answer.headers['content-encoding']).toBeUndefined();
  expect(answer.headers['cache-control']).toBe(IMMUTABLE);
  expect(answer.payload).toBe('body{margin:0}');
});

test('index.html is revalidated on every load, compressed too, and keeps the CSP and security headers', async () => {
  const hash = createHash('sha256').update(INLINE).digest('base64');
  for (const url of ['/', '/index.html']) {
    const answer = await get(url, { 'accept-encoding': 'br' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-type']).toMatch(/text\/html/);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.rawPayload).toString()).toBe(PAGE);
    const csp = String(answer.headers['content-security-policy']);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe(`'self' 'sha256-${hash}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
  }
  const plain = await get('/');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.payload).toBe(PAGE);
});

test('a CORS origin and the encoding both stay in Vary', async () => {
  const answer = await get('/js/app.0123abcd.js', { origin: 'https://console.example.org', 'accept-encoding': 'br' });
  expect(answer.headers['access-control-allow-origin']).toBe('https://console.example.org');
  expect(answer.headers.vary).toBe('Origin, Accept-Encoding');
});

test('a missing file is not cached as if it were forever, and API answers keep their own headers', async () => {
  const missing = await get('/js/gone.0123abcd.js', { 'accept-encoding': 'br' });
  expect(missing.statusCode).toBe(404);
  expect(missing.headers['cache-control']).toBeUndefined();
  const api = await request(
    'POST',
    '/api/me.card',
    { 'content-type': 'application/json', 'accept-encoding': 'br' },
    '{}',
  );
  expect(api.statusCode).toBe(401);
  expect(api.headers['cache-control']).toBeUndefined();
  expect(api.headers.vary).toBeUndefined();
});
