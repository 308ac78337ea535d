import Taro from '@tarojs/taro';

/** The signed session token of the HTTP backend. Cloud mode needs none: WeChat vouches for the caller. */
const SESSION_KEY = 'session-token';

export function readSessionToken(): string | null {
  const token: unknown = Taro.getStorageSync(SESSION_KEY);
  return typeof token === 'string' && token.length > 0 ? token : null;
}

export function saveSessionToken(token: string): void {
  Taro.setStorageSync(SESSION_KEY, token);
}

export function clearSessionToken(): void {
  Taro.removeStorageSync(SESSION_KEY);
}

/** When the stored token expires (read from its signed payload, which is ASCII JSON), or null without one. */
export function sessionExpiry(): number | null {
  const payload = readSessionToken()?.split('.')[0];
  if (!payload) return null;
  try {
    const bytes = new Uint8Array(Taro.base64ToArrayBuffer(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp = (JSON.parse(String.fromCharCode(...bytes)) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}
