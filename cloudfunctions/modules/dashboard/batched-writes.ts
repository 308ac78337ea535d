/** Writes in flight at once while a reconcile rewrites: each touches its own document, so order does not matter. */
const WRITES_IN_FLIGHT = 32;

/**
 * Runs a reconcile's writes a few dozen at a time. A backfill after a bulk load rewrites every aggregate and
 * mark; one at a time, that is one round trip to the store each.
 */
export function batchedWrites() {
  let inFlight: Array<Promise<unknown>> = [];
  let count = 0;
  return {
    async add(write: () => Promise<unknown>): Promise<void> {
      count += 1;
      inFlight.push(write());
      if (inFlight.length < WRITES_IN_FLIGHT) return;
      const batch = inFlight;
      inFlight = [];
      await Promise.all(batch);
    },
    /** Waits for the writes still in flight; returns how many were made in all. */
    async done(): Promise<number> {
      await Promise.all(inFlight);
      inFlight = [];
      return count;
    },
  };
}
