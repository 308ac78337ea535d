import { call } from './api-client';
import { clearSessionToken, saveSessionToken, sessionExpiry } from './session';

const REFRESH_WITHIN_MS = 24 * 3600_000;

/** At launch, a session that ends within a day is swapped for a fresh one; an expired one is dropped. */
export async function refreshSessionIfDue(): Promise<void> {
  const expiry = sessionExpiry();
  if (expiry === null) return;
  if (expiry <= Date.now()) return clearSessionToken();
  if (expiry - Date.now() > REFRESH_WITHIN_MS) return;
  const result = await call('auth.refresh', {});
  if (result.ok) saveSessionToken(result.data.token);
}
