/**
 * Venue coordinates and members' positions, to the precision each reader needs. A member's map needs the
 * neighbourhood, not the doorstep: 3 decimals is about 100 m. A member's reported position is a claim (the
 * device can say anything); it is kept at 4 decimals (about 10 m) with its distance to the venue, so an
 * organiser can judge it, and shown as claimed, never as verified. The rotating code is the proof of presence.
 */
const roundTo = (decimals: number) => (value: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const forMap = roundTo(3);
const forClaim = roundTo(4);

export interface Position {
  latitude: number;
  longitude: number;
}

export interface ClaimedPosition extends Position {
  /** Metres from the venue by the claim, rounded to 10 m; null when the venue has no coordinates. */
  distanceMeters: number | null;
}

export function placeForMap(place: { text: string; latitude?: number; longitude?: number }) {
  if (place.latitude === undefined || place.longitude === undefined) return { text: place.text };
  return { text: place.text, latitude: forMap(place.latitude), longitude: forMap(place.longitude) };
}

export function distanceMeters(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

export function claimOf(claimed: Position, venue: Partial<Position>): ClaimedPosition {
  const distance =
    venue.latitude === undefined || venue.longitude === undefined
      ? null
      : Math.round(distanceMeters(claimed, { latitude: venue.latitude, longitude: venue.longitude }) / 10) * 10;
  return { latitude: forClaim(claimed.latitude), longitude: forClaim(claimed.longitude), distanceMeters: distance };
}

/** A distance as told to a member, to 100 m: finer steps would let repeated tries locate the venue exactly. */
export const roughDistance = (metres: number) =>
  metres < 1000 ? `约 ${Math.max(100, Math.round(metres / 100) * 100)} 米` : `约 ${(metres / 1000).toFixed(1)} 公里`;
