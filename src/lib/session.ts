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
