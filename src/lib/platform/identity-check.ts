import Taro from '@tarojs/taro';
import { call } from '@/lib/api-client';

/**
 * Re-confirming an admin's identity before sensitive actions: WeChat SOTER (fingerprint or face) over a
 * single-use challenge the server issues, where the phone supports it. Where it does not (and in the
 * browser) the admin gives a reason instead, which the server limits and writes to the audit log.
 */
export type Confirmation =
  { method: 'soter'; resultJSON: string; signature: string } | { method: 'fallback'; reason: string };

export type SoterOutcome =
  { kind: 'confirmed'; confirmation: Confirmation } | { kind: 'unavailable' } | { kind: 'failed'; message: string };

async function soterMode(): Promise<'fingerPrint' | 'facial' | null> {
  if (process.env.TARO_ENV !== 'weapp') return null;
  try {
    const { supportMode } = await Taro.checkIsSupportSoterAuthentication();
    return supportMode.includes('fingerPrint') ? 'fingerPrint' : supportMode.includes('facial') ? 'facial' : null;
  } catch {
    return null;
  }
}

export async function confirmWithSoter(purpose: string): Promise<SoterOutcome> {
  const mode = await soterMode();
  if (!mode) return { kind: 'unavailable' };
  const issued = await call('admin.identityChallenge', {});
  if (!issued.ok) return { kind: 'failed', message: issued.error.message };
  try {
    const result = await Taro.startSoterAuthentication({
      requestAuthModes: [mode],
      challenge: issued.data.challenge,
      authContent: purpose,
    });
    return {
      kind: 'confirmed',
      confirmation: { method: 'soter', resultJSON: result.resultJSON, signature: result.resultJSONSignature },
    };
  } catch {
    return { kind: 'failed', message: '指纹或人脸验证没有完成，请再试一次。' };
  }
}
