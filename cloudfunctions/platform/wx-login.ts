/**
 * Signing in from the mini-program to a self-hosted backend: `wx.login` gives the app a one-time code; the
 * server exchanges it with WeChat (`code2Session`) for the user's OPENID and signs its own session token.
 * The exchange needs the internet and the AppSecret, so it sits behind this port.
 */
export interface WxLoginPort {
  /** The OPENID behind a `wx.login` code; null when WeChat rejects the code (used, expired, forged). */
  code2Session(code: string): Promise<string | null>;
}

/** The real adapter: WeChat's `jscode2session` endpoint. */
export function wxCode2Session(appId: string, secret: string, fetchImpl: typeof fetch = fetch): WxLoginPort {
  return {
    async code2Session(code) {
      const url = new URL('https://api.weixin.qq.com/sns/jscode2session');
      url.search = new URLSearchParams({
        appid: appId,
        secret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString();
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { openid?: string; errcode?: number };
      return body.openid && !body.errcode ? body.openid : null;
    },
  };
}

/**
 * The local adapter, for tests and for trying the wx flow without WeChat: a code `local:<openid>` (or
 * `local:<openid>#<anything>`, to make many codes for one user) stands for that user, once. Anything else is
 * rejected as WeChat would reject it.
 */
export function localCode2Session(): WxLoginPort {
  const used = new Set<string>();
  return {
    async code2Session(code) {
      if (!code.startsWith('local:') || used.has(code)) return null;
      used.add(code);
      return code.slice('local:'.length).split('#')[0] || null;
    },
  };
}
