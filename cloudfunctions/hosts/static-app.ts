import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * The built H5 app. The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text asset
 * (config/precompress.ts); a browser that accepts one gets it, anyone else the file itself, so a phone
 * downloads about a quarter of the bytes and the host compresses nothing per request. A file whose name
 * carries a content hash never changes under that name: browsers keep it for a year without asking again.
 * Everything else (index.html above all, which names the hashed files) is revalidated on every load, so a
 * new build is seen at once.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** `app.3f9c2a1b.js`, `css/416.c1675faaae5a3b1bd160.css`: a name with a hash of 8 or more hex digits. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;

export function cacheControlFor(urlPath: string): string {
  return HASHED_NAME.test(urlPath) ? IMMUTABLE : REVALIDATE;
}

/** Adds a field to a Vary header without repeating it or losing the ones already there (CORS sets Origin). */
export function withVary(current: unknown, field: string): string {
  const fields = String(current ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return fields.some((name) => name.toLowerCase() === field.toLowerCase())
    ? fields.join(', ')
    : [...fields, field].join(', ');
}

export async function serveStaticApp(app: FastifyInstance, root: string): Promise<void> {
  // Its own scope, so these headers are set on the app's files only, never on API answers.
  await app.register(async (scope) => {
    scope.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode >= 400) return payload;
      reply.header('cache-control', cacheControlFor(request.url.split('?')[0] ?? ''));
      // The same URL answers in different encodings, so a shared cache must key on what the client accepts.
      reply.header('vary', withVary(reply.getHeader('vary'), 'Accept-Encoding'));
      return payload;
    });
    await scope.register(fastifyStatic, { root, index: ['index.html'], preCompressed: true, cacheControl: false });
  });
}
