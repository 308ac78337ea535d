import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity';

/**
 * Signed session tokens for the HTTP host: `base64url(payload).base64url(hmac-sha256)`.
 * A member's session names the member (`sub`) and their session generation (`gen`) when it was issued, so
 * bumping the generation ends every session issued before; a WeChat user not yet bound is named by OPENID
 * (`oid`). `sit` is when the person signed in: a refresh carries it over, and no token outlives
 * `sit + lifetime`. Nothing in it is secret, everything in it is signed.
 */
export type SessionSubject = { memberId: string; generation: number } | { openid: string };

export interface SessionClaims {
  sub?: string;
  gen?: number;
  oid?: string;
  /** Signed in at: the first sign-in of this chain of refreshes. */
  sit: number;
  iat: number;
  exp: number;
}

export interface VerifiedSession {
  subject: SessionSubject;
  signedInAt: number;
}

export interface SessionTokens {
  /** A refresh passes the original `signedInAt`; a new sign-in leaves it out. */
  issue(subject: SessionSubject, now: number, signedInAt?: number): { token: string; expiresAt: number };
  verify(token: string, now: number): VerifiedSession | null;
}

/** However often it is refreshed, a session ends this long after sign-in. */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600_000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function subjectOf(claims: Partial<SessionClaims>): SessionSubject | null {
  if (typeof claims.sub === 'string' && claims.oid === undefined) {
    const generation = claims.gen;
    return typeof generation === 'number' && Number.isSafeInteger(generation) && generation >= 0
      ? { memberId: claims.sub, generation }
      : null;
  }
  if (typeof claims.oid === 'string' && claims.sub === undefined && claims.gen === undefined) {
    return { openid: claims.oid };
  }
  return null;
}

export function createSessionTokens(
  secret: string,
  ttlMs: number,
  lifetimeMs: number = SESSION_LIFETIME_MS,
): SessionTokens {
  return {
    issue(subject, now, signedInAt = now) {
      const claims: SessionClaims = {
        ...('memberId' in subject ? { sub: subject.memberId, gen: subject.generation } : { oid: subject.openid }),
        sit: signedInAt,
        iat: now,
        exp: Math.min(now + ttlMs, signedInAt + lifetimeMs),
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
        const { sit, iat, exp } = claims;
        if (typeof sit !== 'number' || typeof iat !== 'number' || typeof exp !== 'number') return null;
        if (exp <= now || now - sit >= lifetimeMs) return null;
        const subject = subjectOf(claims);
        return subject ? { subject, signedInAt: sit } : null;
      } catch {
        return null;
      }
    },
  };
}

/** The identity a presented token vouches for: a member's session, an unbound WeChat user's, or none. */
export function identityOfToken(tokens: SessionTokens, token: string, now: number): Identity {
  const verified = tokens.verify(token, now);
  if (!verified) return { kind: 'invalid' };
  const { subject, signedInAt } = verified;
  return 'memberId' in subject
    ? { kind: 'session', memberId: subject.memberId, generation: subject.generation, signedInAt }
    : { kind: 'wechatSession', openid: subject.openid, signedInAt };
}
