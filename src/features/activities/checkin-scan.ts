import { call } from '@/lib/api-client';
import { currentLocation, scanCode } from '@/lib/platform/wechat-extras';
import type { CheckinMode } from './checkin-code-form';
import type { CheckinOutcome } from './checkin-result';

/**
 * Scans the organiser's QR code and checks in with its token, with the position for activities bound to a
 * place. Null when nothing was sent: the scan was cancelled, or the member declined the location guide.
 */
export async function scanAndCheckIn(mode: CheckinMode = 'in'): Promise<CheckinOutcome | null> {
  const token = await scanCode();
  if (!token) return null;
  if (mode === 'out') {
    const out = await call('activity.checkOut', { token: token.trim() });
    return out.ok ? { ok: true, done: out.data } : { ok: false, message: out.error.message, out: true };
  }
  const location = await currentLocation();
  if (location.kind === 'refused') return null;
  const where = location.kind === 'located' ? { latitude: location.latitude, longitude: location.longitude } : {};
  const result = await call('activity.checkIn', { token: token.trim(), ...where });
  return result.ok ? { ok: true, done: result.data } : { ok: false, message: result.error.message };
}
