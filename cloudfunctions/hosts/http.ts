import { existsSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { EnvError, type Env } from '../../config/env';
import { contract, type RouteName } from '../../types/contract';
import { errorResult, HTTP_STATUS, type ApiResult, type ErrorCode } from '../../types/errors';
import type { Identity } from '../platform/identity';
import type { Platform } from '../platform/ports';
import type { PersonalDataCipher } from '../security/personal-data';
import { localFiles } from '../platform/files';
import { s3Files } from '../platform/s3-files';
import { createLocalMessaging, type LocalMessaging } from '../platform/messaging';
import { createSessionTokens, identityOfToken } from '../platform/session-tokens';
import { localContentSafety } from '../platform/content-safety';
import { localPayments } from '../platform/payments';
import { modelFromEnv } from '../platform/models-from-env';
import { localSoter } from '../platform/soter';
import { localCode2Session, wxCode2Session, type WxLoginPort } from '../platform/wx-login';
import { personalDataCipherFromEnv } from '../security/keys-from-env';
import type { CallRecord, Services } from '../kernel/context';
import { dispatch } from '../router/dispatch';
import { TOO_DEEP_MESSAGE } from '../router/input-walk';
import { ensureAllCollections } from '../store/collections';
import { openStore } from '../store/open-store';
import type { DocStore } from '../store/types';
import { FAVICON_SVG } from './favicon';
import { bodyLimitFor, LARGEST_BODY, nestsTooDeep } from './json-body';
import { createRateLimiter } from './rate-limit';
import { securityHeaders } from './security-headers';
import { serveStaticApp } from './static-app';
import { startScheduler } from './scheduler';

/**
 * The HTTP host: the same dispatcher as the cloud functions, at `POST /api/<route>`, plus the built H5
 * app. Used for local development (`npm start`), the tests, and self-hosting behind a proxy: stateless
 * (everything lives in the store), with request ids, security headers, CORS for listed origins, a
 * per-identity limit on write calls, liveness and readiness endpoints, and graceful shutdown.
 */
export interface HttpHostOptions {
  env: Env;
  store: DocStore;
  clock?: () => number;
  log?: (record: CallRecord) => void;
  /** The local stand-ins for WeChat's messages and groups; tests pass their own to look inside. */
  messaging?: LocalMessaging;
  /** The `wx.login` exchange; by default WeChat's (AUTH_MODE=wx) or the local one (WX_LOGIN=local). */
  wxLogin?: WxLoginPort;
  /** Other ports to use instead of the local ones (tests pass theirs to look inside; a deployment its files). */
  ports?: Partial<Pick<Platform, 'files' | 'contentSafety' | 'soter' | 'models' | 'payments'>>;
  pii?: PersonalDataCipher;
}

/** Fastify answers malformed bodies before our handler runs; give them the same envelope. */
const FASTIFY_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'MALFORMED_EVENT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_EVENT',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_EVENT',
};

const BODY_TOO_DEEP = 'BODY_TOO_DEEP';

function bodyTooLarge(): Error {
  return Object.assign(new Error('body too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
}

/** The files port the environment names: the folder under DATA_DIR, or S3-compatible storage. */
function filesFromEnv(env: Env) {
  if (env.FILES_DRIVER !== 's3') return null;
  return s3Files({
    endpoint: env.S3_ENDPOINT!,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    pathStyle: env.S3_PATH_STYLE === 'on',
  });
}

function send(reply: FastifyReply, result: ApiResult<unknown>) {
  return reply.code(result.ok ? 200 : HTTP_STATUS[result.error.code]).send(result);
}

function sessionSecret(env: Env): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (env.AUTH_MODE === 'dev') return randomBytes(32).toString('hex');
  throw new EnvError('SESSION_SECRET is required unless AUTH_MODE=dev (it signs session tokens)');
}

function wxLoginPort(env: Env): WxLoginPort | null {
  if (env.WX_LOGIN === 'local') return localCode2Session();
  if (env.WX_APPID && env.WX_SECRET) return wxCode2Session(env.WX_APPID, env.WX_SECRET);
  if (env.AUTH_MODE === 'wx')
    throw new EnvError('AUTH_MODE=wx needs WX_APPID and WX_SECRET (or WX_LOGIN=local to try it offline)');
  return null;
}

export async function buildHttpHost(options: HttpHostOptions): Promise<FastifyInstance> {
  const { env, store } = options;
  const clock = options.clock ?? Date.now;
  const diskFiles = localFiles(path.join(env.DATA_DIR, 'files'));
  const bucketFiles = filesFromEnv(env);
  const staticRoot = path.resolve(env.STATIC_DIR);
  const headers = securityHeaders(path.join(staticRoot, 'index.html'), bucketFiles?.origin ?? null);
  const tokens = createSessionTokens(sessionSecret(env), env.SESSION_TTL_HOURS * 3600_000);
  const writeLimiter = createRateLimiter(env.WRITE_RATE_PER_MINUTE);
  const readLimiter = createRateLimiter(env.READ_RATE_PER_MINUTE);
  const corsOrigins = new Set(
    env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  );

  const verifyToken = (request: FastifyRequest): Identity => {
    const header = request.headers.authorization;
    if (!header) return { kind: 'anonymous' };
    const match = /^Bearer (\S+)$/.exec(header);
    return match?.[1] ? identityOfToken(tokens, match[1], clock()) : { kind: 'invalid' };
  };
  // The body limit, the parser and the handler each ask who is calling: verify the token once per request.
  const identities = new WeakMap<FastifyRequest, Identity>();
  const identityOf = (request: FastifyRequest): Identity => {
    let identity = identities.get(request);
    if (!identity) identities.set(request, (identity = verifyToken(request)));
    return identity;
  };

  const app = Fastify({
    logger: options.log ? false : { level: 'info' },
    bodyLimit: LARGEST_BODY,
    // A proxy's request id is kept, so one id follows a call through nginx and every host log line.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    // Only named proxies may say who the client is; otherwise anyone could pick the address they are limited by.
    trustProxy: env.TRUST_PROXY ? env.TRUST_PROXY.split(',').map((proxy) => proxy.trim()) : false,
  });

  const signedIn = (request: FastifyRequest) => {
    const kind = identityOf(request).kind;
    return kind === 'session' || kind === 'wechatSession';
  };
  const routeOf = (request: FastifyRequest) => (request.params as { route?: string } | undefined)?.route ?? '';
  // A body longer than its route takes (or than signing in takes) is refused from its declared length, unread.
  app.addHook('preParsing', async (request) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > bodyLimitFor(routeOf(request), signedIn(request))) throw bodyTooLarge();
  });
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (Buffer.byteLength(text, 'utf8') > bodyLimitFor(routeOf(request), signedIn(request)))
      return done(bodyTooLarge(), undefined);
    if (nestsTooDeep(text)) return done(Object.assign(new Error('too deep'), { code: BODY_TOO_DEEP }), undefined);
    parseJson(request, text, done);
  });

  const services: Services = {
    store,
    platform: {
      sessions: tokens,
      devLogin: env.AUTH_MODE === 'dev',
      wxLogin: options.wxLogin ?? wxLoginPort(env),
      files: bucketFiles ?? diskFiles,
      soter: localSoter,
      contentSafety: localContentSafety,
      models: modelFromEnv(env, null),
      // The demo's stand-in confirms each dues order at once and sends its result notice through the router;
      // a real self-hosted deployment takes no online payment (members pay at the branch).
      ...(env.AUTH_MODE === 'dev'
        ? {
            payments: localPayments({
              clock,
              deliver: (orderNo) =>
                dispatch(
                  'http',
                  { route: 'system.duesPayResult', input: { outTradeNo: orderNo } },
                  { kind: 'system' },
                  services,
                ),
            }),
          }
        : {}),
      ...(options.messaging ?? createLocalMessaging(clock)),
      ...options.ports,
    },
    pii: options.pii ?? personalDataCipherFromEnv(env),
    clock,
    // Structured logs through Fastify's pino logger unless the caller takes the records itself.
    log: options.log ?? ((record) => app.log.info(record, 'call')),
  };
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    const origin = request.headers.origin;
    if (origin && corsOrigins.has(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'Origin');
      reply.header('access-control-allow-headers', 'authorization, content-type, x-request-id');
      reply.header('access-control-allow-methods', 'POST, GET, OPTIONS');
      reply.header('access-control-max-age', '600');
    }
  });

  app.setErrorHandler((error: { code?: string }, _request, reply) => {
    if (error.code === BODY_TOO_DEEP) return send(reply, errorResult('MALFORMED_EVENT', TOO_DEEP_MESSAGE));
    const code = (error.code ? FASTIFY_ERRORS[error.code] : undefined) ?? 'MALFORMED_EVENT';
    return send(reply, errorResult(code));
  });

  app.get('/healthz', async () => ({ ok: true, driver: store.driver }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await store.collection('units').count({});
      return { ok: true };
    } catch {
      return reply.code(503).send({ ok: false });
    }
  });

  // Uploaded photos; the names are random, so only someone who was shown a file can fetch it.
  app.get<{ Params: { fileId: string } }>('/files/:fileId', async (request, reply) => {
    const file = await diskFiles.read(request.params.fileId);
    if (!file) return reply.code(404).send();
    return reply.type(file.contentType).header('cache-control', 'private, max-age=86400').send(file.content);
  });

  app.options('/api/:route', async (request, reply) =>
    reply.code(request.headers.origin && corsOrigins.has(request.headers.origin) ? 204 : 403).send(),
  );

  app.post<{ Params: { route: string } }>('/api/:route', async (request, reply) => {
    const identity = identityOf(request);
    const route = request.params.route;
    const writes = Object.prototype.hasOwnProperty.call(contract, route) && contract[route as RouteName].writes;
    const key =
      identity.kind === 'session'
        ? identity.memberId
        : identity.kind === 'wechatSession'
          ? identity.openid
          : `ip:${request.ip}`;
    if (!(writes ? writeLimiter : readLimiter).take(key, clock())) return send(reply, errorResult('RATE_LIMITED'));
    const result = await dispatch('http', { route, input: request.body }, identity, services, {
      requestId: request.id,
    });
    return send(reply, result);
  });

  app.get('/favicon.ico', async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=604800').send(FAVICON_SVG),
  );
  if (existsSync(path.join(staticRoot, 'index.html'))) {
    await serveStaticApp(app, staticRoot);
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('H5 app not built yet: run `npm run build:h5`, then reload.'),
    );
  }
  if (env.JOBS === 'on') {
    const stop = startScheduler(services, { intervalScale: env.JOBS_INTERVAL_SCALE });
    app.addHook('onClose', async () => stop());
  }
  return app;
}

/** Opens the store, makes sure its collections exist, lets the caller prepare it (seeding), and listens. */
export async function startHttpHost(
  env: Env,
  prepare?: (store: DocStore) => Promise<void>,
): Promise<{ app: FastifyInstance; url: string; store: DocStore }> {
  const store = await openStore(env);
  await ensureAllCollections(store);
  await prepare?.(store);
  const app = await buildHttpHost({ env, store, log: env.LOG_CALLS === 'on' ? undefined : () => undefined });
  app.addHook('onClose', async () => store.close());
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  return { app, url: address, store };
}
