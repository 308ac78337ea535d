import { createHash, createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { LOCAL_FILE_ID, type FilesPort } from './files';

/**
 * Files on S3-compatible storage (MinIO, Ceph, AWS S3, Tencent COS, Aliyun OSS) for self-hosted
 * deployments with more than one machine, where a local folder would be on one host only. Objects are
 * written with a SigV4-signed PUT and shown through presigned GET URLs that expire, so the bucket stays
 * private. Signing is done here with `node:crypto` (AWS Signature Version 4), keeping the host free of an SDK.
 */
export interface S3Config {
  /** `https://s3.example.com` or `http://127.0.0.1:9000`; no trailing path. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO and most self-hosted servers) or `bucket.endpoint/key`. */
  pathStyle: boolean;
  /** How long a shown URL works. */
  urlSeconds?: number;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

const PREFIX = 'uploads/';
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters (and `/` in paths). */
function uriEncode(value: string, keepSlash = false): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-._~]/.test(char) || (keepSlash && char === '/')) return char;
      return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** `20130524T000000Z` and `20130524`. */
function stamps(now: number): { amzDate: string; day: string } {
  const amzDate = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return { amzDate, day: amzDate.slice(0, 8) };
}

export interface SignInput {
  method: 'GET' | 'PUT' | 'DELETE';
  url: URL;
  /** Lower-case names; `host` is added. */
  headers: Record<string, string>;
  query: Record<string, string>;
  payloadHash: string;
  amzDate: string;
  day: string;
}

/** The SigV4 signature of a request (the same steps for header and query authentication). */
export function signatureOf(config: Pick<S3Config, 'region' | 'secretAccessKey'>, request: SignInput) {
  const headers = { ...request.headers, host: request.url.host };
  const names = Object.keys(headers).sort();
  const canonicalQuery = Object.keys(request.query)
    .sort()
    .map((key) => `${uriEncode(key)}=${uriEncode(request.query[key] ?? '')}`)
    .join('&');
  const canonicalRequest = [
    request.method,
    uriEncode(decodeURIComponent(request.url.pathname), true),
    canonicalQuery,
    names.map((name) => `${name}:${String(headers[name as keyof typeof headers]).trim()}\n`).join(''),
    names.join(';'),
    request.payloadHash,
  ].join('\n');
  const scope = `${request.day}/${config.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', request.amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${config.secretAccessKey}`, request.day), config.region), 's3'), 'aws4_request');
  return {
    signature: createHmac('sha256', key).update(stringToSign).digest('hex'),
    scope,
    signedHeaders: names.join(';'),
  };
}

function objectUrl(config: S3Config, key: string): URL {
  const base = new URL(config.endpoint);
  if (config.pathStyle) return new URL(`${base.origin}/${config.bucket}/${uriEncode(key, true)}`);
  return new URL(`${base.protocol}//${config.bucket}.${base.host}/${uriEncode(key, true)}`);
}

/** A presigned GET URL for `key`, valid for `seconds` from `now`. */
export function presignGet(config: S3Config, key: string, now: number, seconds: number): string {
  const url = objectUrl(config, key);
  const { amzDate, day } = stamps(now);
  const query: Record<string, string> = {
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${config.accessKeyId}/${day}/${config.region}/s3/aws4_request`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(seconds),
    'X-Amz-SignedHeaders': 'host',
  };
  const { signature } = signatureOf(config, {
    method: 'GET',
    url,
    headers: {},
    query,
    payloadHash: 'UNSIGNED-PAYLOAD',
    amzDate,
    day,
  });
  const search = Object.entries({ ...query, 'X-Amz-Signature': signature })
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .join('&');
  return `${url.toString()}?${search}`;
}

/** The headers of a header-signed request for `url` carrying `body` (empty for a DELETE). */
function signedHeadersFor(
  config: S3Config,
  method: 'PUT' | 'DELETE',
  url: URL,
  body: Buffer,
  extra: Record<string, string>,
  now: number,
): Record<string, string> {
  const { amzDate, day } = stamps(now);
  const headers = { ...extra, 'x-amz-content-sha256': sha256(body), 'x-amz-date': amzDate };
  const { signature, scope, signedHeaders } = signatureOf(config, {
    method,
    url,
    headers,
    query: {},
    payloadHash: headers['x-amz-content-sha256'],
    amzDate,
    day,
  });
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${config.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

export function s3Files(config: S3Config): FilesPort & { origin: string } {
  const fetchImpl = config.fetchImpl ?? fetch;
  const now = config.now ?? Date.now;
  const seconds = config.urlSeconds ?? 3600;
  return {
    origin: objectUrl(config, 'x').origin,
    async put(name, content, contentType) {
      const ext = path.extname(name).slice(1).toLowerCase();
      const fileId = `${randomBytes(12).toString('base64url')}.${ext}`;
      const url = objectUrl(config, PREFIX + fileId);
      const response = await fetchImpl(url, {
        method: 'PUT',
        headers: signedHeadersFor(config, 'PUT', url, content, { 'content-type': contentType }, now()),
        body: new Uint8Array(content),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) throw new Error(`S3 PUT ${url.pathname} failed: ${response.status} ${await response.text()}`);
      return fileId;
    },
    async urlOf(fileId) {
      return LOCAL_FILE_ID.test(fileId) ? presignGet(config, PREFIX + fileId, now(), seconds) : null;
    },
    // S3 answers 204 for an object that is already gone, so deleting twice is harmless.
    async delete(fileIds) {
      const failed: string[] = [];
      for (const fileId of fileIds.filter((id) => LOCAL_FILE_ID.test(id))) {
        const url = objectUrl(config, PREFIX + fileId);
        const response = await fetchImpl(url, {
          method: 'DELETE',
          headers: signedHeadersFor(config, 'DELETE', url, Buffer.alloc(0), {}, now()),
          signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok) failed.push(`${fileId}: ${response.status}`);
      }
      if (failed.length) throw new Error(`S3 DELETE failed for ${failed.join('; ')}`);
    },
  };
}
