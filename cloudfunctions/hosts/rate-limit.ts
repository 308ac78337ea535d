/**
 * A fixed-window counter per identity for write routes, on one host. Behind N hosts the effective limit is
 * N times this; it exists to stop a runaway client or script, not to meter fairly across a cluster.
 */
export interface RateLimiter {
  /** True while `key` has calls left in the current minute. */
  take(key: string, now: number): boolean;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  let window = -1;
  let counts = new Map<string, number>();
  return {
    take(key, now) {
      const current = Math.floor(now / 60_000);
      if (current !== window) {
        window = current;
        counts = new Map();
      }
      const used = counts.get(key) ?? 0;
      if (used >= perMinute) return false;
      counts.set(key, used + 1);
      return true;
    },
  };
}
