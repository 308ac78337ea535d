import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed session tokens for the HTTP host: `base64url(payload).base64url(hmac-sha256)`.
 * The payload names the member and the expiry; nothing in it is secret, everything in it is signed.
 */
export interface SessionClaims {
  sub: string;
  iat: number;
  exp: number;
}

export interface SessionTokens {
  issue(memberId: string, now: number): { token: string; expiresAt: number };
  verify(token: string, now: number): SessionClaims | null;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function createSessionTokens(secret: string, ttlMs: number): SessionTokens {
  return {
    issue(memberId, now) {
      const claims: SessionClaims = { sub: memberId, iat: now, exp: now + ttlMs };
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return { token: `${payload}.${sign(secret, payload)}`, expiresAt: claims.exp };
    },
    verify(token, now) {
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) return null;
      const expected = Buffer.from(sign(secret, payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SessionClaims>;
        if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') {
          return null;
        }
        return claims.exp > now ? (claims as SessionClaims) : null;
      } catch {
        return null;
      }
    },
  };
}
