import { call } from './api-client';
import { restartAt } from './pages';
import { clearSessionToken } from './session';

/** Why the sign-in page is shown again; it tells the person (see SESSION_END_MESSAGES). */
export type SessionEndReason = 'signed-out' | 'signed-out-here' | 'ended';

export const SESSION_END_MESSAGES: Record<SessionEndReason, string> = {
  'signed-out': '已退出登录，您在所有设备上的登录都已结束。',
  'signed-out-here': '已在本机退出登录；网络不通，其他设备上的登录没能结束，请联网后登录再退出一次。',
  ended: '登录已失效（可能已在其他设备退出、解除了微信绑定、权限有变动或登录已满 30 天），请重新登录。',
};

/** Drops the local token and goes to sign-in, saying why. */
export function leaveSession(reason: SessionEndReason): void {
  clearSessionToken();
  restartAt('login', { ended: reason });
}

/** Signing out ends the member's sessions on the server, on every device, before the token is dropped here. */
export async function signOut(): Promise<void> {
  const result = await call('auth.signOut', {});
  leaveSession(result.ok ? 'signed-out' : 'signed-out-here');
}

export function isSessionEndReason(value: string | undefined): value is SessionEndReason {
  return value !== undefined && Object.prototype.hasOwnProperty.call(SESSION_END_MESSAGES, value);
}
