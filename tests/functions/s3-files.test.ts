import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { s3Files, type S3Config } from '../../cloudfunctions/platform/s3-files';
import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/**
 * The S3 files adapter against a real, file-backed S3-compatible server (s3rver): objects go up with a
 * signed PUT and come back through presigned URLs; expired URLs and failed writes are refused. s3rver does
 * not verify SigV4 signatures, so tests/unit/s3-signing.test.ts checks them against AWS's published
 * examples. Then the HTTP host with FILES_DRIVER=s3 stores an upload there.
 */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
let server: S3rver;
let directory: string;
let config: S3Config;

beforeAll(async () => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'zhdj-s3-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'zhdj', configs: [] }],
  });
  const { port } = await server.run();
  config = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'zhdj',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    pathStyle: true,
  };
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

test('an object put through the adapter comes back byte for byte from its presigned URL', async () => {
  const files = s3Files(config);
  const fileId = await files.put('会议照片.PNG', PNG, 'image/png');
  expect(fileId).toMatch(/^[\w-]+\.png$/);
  const url = (await files.urlOf(fileId))!;
  expect(url).toContain('X-Amz-Signature=');
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
});

test('an expired URL and an id that is not ours are refused', async () => {
  const files = s3Files(config);
  const fileId = await files.put('a.png', PNG, 'image/png');
  const lastHour = s3Files({ ...config, urlSeconds: 60, now: () => Date.now() - 3_600_000 });
  expect((await fetch((await lastHour.urlOf(fileId))!)).status).toBe(403);
  expect(await files.urlOf('../../etc/passwd')).toBeNull();
});

test('a failed PUT is an error, not a file id', async () => {
  await expect(s3Files({ ...config, bucket: 'no-such-bucket' }).put('b.png', PNG, 'image/png')).rejects.toThrow(
    /S3 PUT .* failed: 404/,
  );
});

describe('the HTTP host with FILES_DRIVER=s3', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost({
      FILES_DRIVER: 's3',
      S3_ENDPOINT: config.endpoint,
      S3_BUCKET: config.bucket,
      S3_ACCESS_KEY_ID: config.accessKeyId,
      S3_SECRET_ACCESS_KEY: config.secretAccessKey,
    });
  });
  afterAll(() => host.close());

  test('an upload lands in the bucket, is shown by a presigned URL, and the page may load it', async () => {
    const token = await signIn(host, DEMO.orgAdmin);
    const { body } = await host.call(
      'admin.studyUpload',
      { name: 'cover.png', content: PNG.toString('base64') },
      token,
    );
    expect(body.ok).toBe(true);
    expect(body.data.url.startsWith(`${config.endpoint}/zhdj/uploads/${body.data.fileId}?`)).toBe(true);
    expect(Buffer.from(await (await fetch(body.data.url)).arrayBuffer())).toEqual(PNG);
    // Nothing was written to the host's own disk, and its CSP lets the H5 page show the bucket's images.
    expect((await fetch(`${host.url}/files/${body.data.fileId}`)).status).toBe(404);
    const page = await fetch(`${host.url}/healthz`);
    expect(page.headers.get('content-security-policy')).toContain(`img-src 'self' data: blob: ${config.endpoint}`);
  });
});
