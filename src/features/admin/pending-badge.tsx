import { useEffect, useState } from 'react';
import type { PendingWork } from '@contract/schemas/pending-work';
import { call } from '@/lib/api-client';

/**
 * The console's pending-work counts for a unit's subtree. A failure leaves the badges off rather than
 * blocking the console: the queues themselves still open and say what waits.
 */
export function usePendingWork(unitId: string | null): PendingWork | null {
  const [counts, setCounts] = useState<PendingWork | null>(null);
  useEffect(() => {
    if (!unitId) return;
    let current = true;
    void call('admin.pendingWork', { unitId }).then((result) => {
      if (current) setCounts(result.ok ? result.data : null);
    });
    return () => {
      current = false;
    };
  }, [unitId]);
  return counts;
}

/** Everything waiting, for the 待办 number: every queue counts, so a new queue is in the total at once. */
export const pendingTotal = (work: PendingWork | null): number | null =>
  work ? Object.values(work).reduce((sum, count) => sum + count, 0) : null;
