import Taro from '@tarojs/taro';

/**
 * A ballot's cast id: 16 cryptographically random bytes, drawn once per ballot and sent again on a retry.
 * The server keeps only a hash of it with the choices, so it must be unguessable: the WeChat runtime has no
 * Web Crypto, hence its own random source there; the browser build uses Web Crypto.
 */
async function randomBytes(length: number): Promise<Uint8Array> {
  if (globalThis.crypto?.getRandomValues) return globalThis.crypto.getRandomValues(new Uint8Array(length));
  const { randomValues } = await Taro.getRandomValues({ length });
  return new Uint8Array(randomValues);
}

export async function newCastId(): Promise<string> {
  const bytes = await randomBytes(16);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
