import { call } from '@/lib/api-client';
import { currentLocation, scanCode } from '@/lib/platform/wechat-extras';
import type { CheckinOutcome } from './checkin-result';

/**
 * Scans the organiser's QR code and checks in with its token, with the position for activities bound to a
 * place. Null when nothing was sent: the scan was cancelled, or the member declined the location guide.
 */
export async function scanAndCheckIn(): Promise<CheckinOutcome | null> {
  const token = await scanCode();
  if (!token) return null;
  const location = await currentLocation();
  if (location.kind === 'refused') return null;
  const where = location.kind === 'located' ? { latitude: location.latitude, longitude: location.longitude } : {};
  const result = await call('activity.checkIn', { token: token.trim(), ...where });
  return result.ok ? { ok: true, done: result.data } : { ok: false, message: result.error.message };
}
