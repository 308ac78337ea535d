import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
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

/** A red count beside an entry with work waiting; nothing when there is none. */
export function PendingBadge({ count, what }: { count: number | undefined; what: string }) {
  if (!count) return null;
  return (
    <Text className="pending-badge" aria-label={`${count} 项${what}待处理`}>
      {count > 99 ? '99+' : count}
    </Text>
  );
}
