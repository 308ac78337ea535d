import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { EnvError, type Env } from '../../config/env';
import { errorResult, HTTP_STATUS, type ApiResult, type ErrorCode } from '../../types/errors';
import type { Identity } from '../platform/identity';
import { createLocalMessaging, type LocalMessaging } from '../platform/messaging';
import { createSessionTokens } from '../platform/session-tokens';
import { localSoter } from '../platform/soter';
import { personalDataCipherFromEnv } from '../security/keys-from-env';
import type { Services } from '../router/context';
import { dispatch } from '../router/dispatch';
import { ensureAllCollections } from '../store/collections';
import { openStore } from '../store/open-store';
import type { DocStore } from '../store/types';

/**
 * The HTTP host: the same dispatcher as the cloud functions, at `POST /api/<route>`, plus the built H5
 * app. Used for local development (`npm start`), the tests, and self-hosting behind a proxy.
 */
export interface HttpHostOptions {
  env: Env;
  store: DocStore;
  clock?: () => number;
  log?: (line: string) => void;
  /** The local stand-ins for WeChat's messages and groups; tests pass their own to look inside. */
  messaging?: LocalMessaging;
}

/** Fastify answers malformed bodies before our handler runs; give them the same envelope. */
const FASTIFY_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'MALFORMED_EVENT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_EVENT',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_EVENT',
};

function send(reply: { code(n: number): { send(body: unknown): unknown } }, result: ApiResult<unknown>) {
  return reply.code(result.ok ? 200 : HTTP_STATUS[result.error.code]).send(result);
}

function sessionSecret(env: Env): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (env.AUTH_MODE === 'dev') return randomBytes(32).toString('hex');
  throw new EnvError('SESSION_SECRET is required unless AUTH_MODE=dev (it signs session tokens)');
}

export async function buildHttpHost(options: HttpHostOptions): Promise<FastifyInstance> {
  const { env, store } = options;
  const tokens = createSessionTokens(sessionSecret(env), env.SESSION_TTL_HOURS * 3600_000);
  const services: Services = {
    store,
    platform: {
      sessions: tokens,
      devLogin: env.AUTH_MODE === 'dev',
      soter: localSoter,
      ...(options.messaging ?? createLocalMessaging(options.clock ?? Date.now)),
    },
    pii: personalDataCipherFromEnv(env),
    clock: options.clock ?? Date.now,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
  };

  const identityOf = (request: FastifyRequest): Identity => {
    const header = request.headers.authorization;
    if (!header) return { kind: 'anonymous' };
    const match = /^Bearer (\S+)$/.exec(header);
    const subject = match?.[1] ? tokens.verify(match[1], services.clock()) : null;
    if (!subject) return { kind: 'invalid' };
    return 'memberId' in subject
      ? { kind: 'session', memberId: subject.memberId }
      : { kind: 'openid', openid: subject.openid };
  };

  const app = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024 });

  app.setErrorHandler((error: { code?: string }, _request, reply) => {
    const code = (error.code ? FASTIFY_ERRORS[error.code] : undefined) ?? 'MALFORMED_EVENT';
    return send(reply, errorResult(code));
  });

  app.get('/healthz', async () => ({ ok: true, driver: store.driver }));

  app.post<{ Params: { route: string } }>('/api/:route', async (request, reply) => {
    const result = await dispatch(
      'http',
      { route: request.params.route, input: request.body },
      identityOf(request),
      services,
    );
    return send(reply, result);
  });

  const staticRoot = path.resolve(env.STATIC_DIR);
  if (existsSync(path.join(staticRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: staticRoot, index: 'index.html' });
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('H5 app not built yet: run `npm run build:h5`, then reload.'),
    );
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
  const app = await buildHttpHost({ env, store, log: env.LOG_CALLS === 'on' ? undefined : () => {} });
  app.addHook('onClose', async () => store.close());
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  return { app, url: address, store };
}
