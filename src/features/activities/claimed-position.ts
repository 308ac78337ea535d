/**
 * A member's position at check-in as the organiser sees it: what their device reported, never presented
 * as verified (a device can report any position; the rotating code is what proves presence).
 */
export function claimedPositionText(claim: {
  latitude: number;
  longitude: number;
  distanceMeters: number | null;
}): string {
  const where =
    claim.distanceMeters === null
      ? `${claim.latitude.toFixed(4)}, ${claim.longitude.toFixed(4)}`
      : `距活动地点约 ${claim.distanceMeters} 米`;
  return `自报位置（未核验）：${where}`;
}
