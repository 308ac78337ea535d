import { call } from './api-client';
import { clearSessionToken, saveSessionToken, sessionExpiry } from './session';
import { leaveSession } from './session-end';

const REFRESH_WITHIN_MS = 24 * 3600_000;

/**
 * At launch, a session that ends within a day is swapped for a fresh one; an expired one is dropped. A session
 * the server has ended (signed out elsewhere, unbound, a role change, 30 days since sign-in) goes to sign-in.
 */
export async function refreshSessionIfDue(): Promise<void> {
  const expiry = sessionExpiry();
  if (expiry === null) return;
  if (expiry <= Date.now()) return clearSessionToken();
  if (expiry - Date.now() > REFRESH_WITHIN_MS) return;
  const result = await call('auth.refresh', {});
  if (result.ok) saveSessionToken(result.data.token);
  else if (result.error.code === 'UNAUTHENTICATED') leaveSession('ended');
}
