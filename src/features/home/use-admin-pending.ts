import { useEffect, useState } from 'react';
import type { MeHome } from '@contract/schemas/home';
import { usePendingWork } from '@/features/admin/pending-badge';
import { call } from '@/lib/api-client';

/**
 * For admins, everything waiting in their subtree (the 管理后台 entry's badge); null for members. The
 * home's own answer has no unit id, so admins read it from their card first.
 */
export function useAdminPending(role: MeHome['member']['role'] | null): number | null {
  const [unitId, setUnitId] = useState<string | null>(null);
  const isAdmin = role !== null && role !== 'member';
  useEffect(() => {
    if (!isAdmin) return;
    let current = true;
    void call('me.card', {}).then((result) => {
      if (current && result.ok) setUnitId(result.data.unitId);
    });
    return () => {
      current = false;
    };
  }, [isAdmin]);
  const counts = usePendingWork(isAdmin ? unitId : null);
  if (!isAdmin) return null;
  return counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : 0;
}
