import { createSessionTokens } from '../../cloudfunctions/platform/session-tokens';

const tokens = createSessionTokens('secret-secret-secret-secret-secret-00', 60_000);

test('a token verifies until it expires, naming its member or WeChat user', () => {
  const { token, expiresAt } = tokens.issue({ memberId: 'm-001' }, 1_000);
  expect(expiresAt).toBe(61_000);
  expect(tokens.verify(token, 60_999)).toEqual({ memberId: 'm-001' });
  expect(tokens.verify(token, 61_000)).toBeNull();
  expect(tokens.verify(tokens.issue({ openid: 'o-1' }, 0).token, 1)).toEqual({ openid: 'o-1' });
});

test('another secret, a changed payload or a changed signature does not verify', () => {
  const { token } = tokens.issue({ memberId: 'm-001' }, 0);
  const other = createSessionTokens('another-secret-another-secret-another', 60_000);
  expect(other.verify(token, 1)).toBeNull();
  const [payload, signature] = token.split('.') as [string, string];
  const forged = Buffer.from(JSON.stringify({ sub: 'm-002', iat: 0, exp: 60_000 })).toString('base64url');
  expect(tokens.verify(`${forged}.${signature}`, 1)).toBeNull();
  expect(tokens.verify(`${payload}.${signature.slice(0, -2)}xx`, 1)).toBeNull();
  expect(tokens.verify('', 1)).toBeNull();
});
