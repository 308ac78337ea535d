import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed session tokens for the HTTP host: `base64url(payload).base64url(hmac-sha256)`.
 * The payload names a member (`sub`) or, before binding, a WeChat user (`oid`), and the expiry;
 * nothing in it is secret, everything in it is signed.
 */
export type SessionSubject = { memberId: string } | { openid: string };

export interface SessionClaims {
  sub?: string;
  oid?: string;
  iat: number;
  exp: number;
}

export interface SessionTokens {
  issue(subject: SessionSubject, now: number): { token: string; expiresAt: number };
  verify(token: string, now: number): SessionSubject | null;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function subjectOf(claims: Partial<SessionClaims>): SessionSubject | null {
  if (typeof claims.sub === 'string' && claims.oid === undefined) return { memberId: claims.sub };
  if (typeof claims.oid === 'string' && claims.sub === undefined) return { openid: claims.oid };
  return null;
}

export function createSessionTokens(secret: string, ttlMs: number): SessionTokens {
  return {
    issue(subject, now) {
      const claims: SessionClaims = {
        ...('memberId' in subject ? { sub: subject.memberId } : { oid: subject.openid }),
        iat: now,
        exp: now + ttlMs,
      };
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
        if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp <= now) return null;
        return subjectOf(claims);
      } catch {
        return null;
      }
    },
  };
}
