import Taro from '@tarojs/taro';

/**
 * Re-confirming an admin's identity before sensitive actions: WeChat SOTER (fingerprint or face) where
 * the phone supports it. Where it does not (and in the browser) the admin gives a reason instead, which
 * the server writes to the audit log.
 */
export type Confirmation =
  { method: 'soter'; resultJSON: string; signature: string } | { method: 'fallback'; reason: string };

export async function trySoter(purpose: string): Promise<Confirmation | null> {
  if (process.env.TARO_ENV !== 'weapp') return null;
  try {
    const { supportMode } = await Taro.checkIsSupportSoterAuthentication();
    const mode = supportMode.includes('fingerPrint') ? 'fingerPrint' : supportMode.includes('facial') ? 'facial' : null;
    if (!mode) return null;
    const result = await Taro.startSoterAuthentication({
      requestAuthModes: [mode],
      challenge: `${purpose}:${Date.now()}`,
      authContent: purpose,
    });
    return { method: 'soter', resultJSON: result.resultJSON, signature: result.resultJSONSignature };
  } catch {
    return null;
  }
}
