import { createHmac } from 'node:crypto';
import { createSessionTokens, identityOfToken } from '../../cloudfunctions/platform/session-tokens';

const DAY = 24 * 3600_000;
const tokens = createSessionTokens('secret-secret-secret-secret-secret-00', 60_000, 30 * DAY);
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));

test('a token verifies until it expires, naming its member at a generation, or a WeChat user', () => {
  const { token, expiresAt } = tokens.issue({ memberId: 'm-001', generation: 3 }, 1_000);
  expect(expiresAt).toBe(61_000);
  expect(tokens.verify(token, 60_999)).toEqual({ subject: { memberId: 'm-001', generation: 3 }, signedInAt: 1_000 });
  expect(tokens.verify(token, 61_000)).toBeNull();
  expect(tokens.verify(tokens.issue({ openid: 'o-1' }, 0).token, 1)).toEqual({
    subject: { openid: 'o-1' },
    signedInAt: 0,
  });
});

test('the payload holds the member, generation and sign-in time; a WeChat token holds no generation', () => {
  const refreshed = tokens.issue({ memberId: 'm-001', generation: 2 }, 5 * DAY, DAY);
  expect(claimsOf(refreshed.token)).toEqual({ sub: 'm-001', gen: 2, sit: DAY, iat: 5 * DAY, exp: 5 * DAY + 60_000 });
  expect(claimsOf(tokens.issue({ openid: 'o-1' }, 7).token)).toEqual({ oid: 'o-1', sit: 7, iat: 7, exp: 60_007 });
});

test('refreshing never carries a session past its lifetime from sign-in', () => {
  const nearEnd = tokens.issue({ memberId: 'm-001', generation: 0 }, 30 * DAY - 10_000, 0);
  expect(nearEnd.expiresAt).toBe(30 * DAY);
  expect(tokens.verify(nearEnd.token, 30 * DAY - 1)).not.toBeNull();
  expect(tokens.verify(nearEnd.token, 30 * DAY)).toBeNull();
  expect(tokens.verify(tokens.issue({ openid: 'o-1' }, 30 * DAY, 0).token, 30 * DAY)).toBeNull();
});

test('another secret, a changed payload or a changed signature does not verify', () => {
  const { token } = tokens.issue({ memberId: 'm-001', generation: 0 }, 0);
  const other = createSessionTokens('another-secret-another-secret-another', 60_000);
  expect(other.verify(token, 1)).toBeNull();
  const [payload, signature] = token.split('.') as [string, string];
  const forged = Buffer.from(JSON.stringify({ sub: 'm-002', gen: 0, sit: 0, iat: 0, exp: 60_000 })).toString(
    'base64url',
  );
  expect(tokens.verify(`${forged}.${signature}`, 1)).toBeNull();
  expect(tokens.verify(`${payload}.${signature.slice(0, -2)}xx`, 1)).toBeNull();
  expect(tokens.verify('', 1)).toBeNull();
});

test('signed tokens of the old format, or naming a member without a generation, are refused', () => {
  const sign = (claims: object) => {
    const secret = 'secret-secret-secret-secret-secret-00';
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
  };
  expect(tokens.verify(sign({ sub: 'm-001', sit: 0, iat: 0, exp: 60_000 }), 1)).toBeNull();
  expect(tokens.verify(sign({ sub: 'm-001', gen: 0, iat: 0, exp: 60_000 }), 1)).toBeNull();
  expect(tokens.verify(sign({ sub: 'm-001', gen: -1, sit: 0, iat: 0, exp: 60_000 }), 1)).toBeNull();
  expect(tokens.verify(sign({ oid: 'o-1', gen: 0, sit: 0, iat: 0, exp: 60_000 }), 1)).toBeNull();
  expect(tokens.verify(sign({ sub: 'm-001', gen: 0, sit: 0, iat: 0, exp: 60_000 }), 1)).not.toBeNull();
});

test('a token becomes the identity the dispatcher resolves', () => {
  const member = tokens.issue({ memberId: 'm-001', generation: 4 }, 10, 5).token;
  expect(identityOfToken(tokens, member, 11)).toEqual({
    kind: 'session',
    memberId: 'm-001',
    generation: 4,
    signedInAt: 5,
  });
  expect(identityOfToken(tokens, tokens.issue({ openid: 'o-1' }, 10).token, 11)).toEqual({
    kind: 'wechatSession',
    openid: 'o-1',
    signedInAt: 10,
  });
  expect(identityOfToken(tokens, 'forged', 11)).toEqual({ kind: 'invalid' });
});
