import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '@contract/errors';
import type { Role } from '@contract/labels';
import type { UnitOverview } from '@contract/schemas/members';
import { call } from '@/lib/api-client';
import { useReloadOnPullDown } from '@/lib/platform/pull-down-refresh';

export interface Workbench {
  overview: UnitOverview;
  /** The signed-in admin's role: what the console offers depends on it (e.g. only 党委 admins move units). */
  role: Role;
  /** The unit the admin manages; the console may show one below it (?unitId=). */
  rootUnitId: string;
}

export type WorkbenchState =
  { status: 'loading' } | { status: 'ready'; workbench: Workbench } | { status: 'error'; error: ApiError };

/** The console's unit (the admin's own, or `unitId` below it) with who is looking at it. */
export function useWorkbench(unitId: string | undefined) {
  const [state, setState] = useState<WorkbenchState>({ status: 'loading' });
  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const me = await call('me.dossier', {});
    if (!me.ok) return setState({ status: 'error', error: me.error });
    const rootUnitId = me.data.adminUnitId ?? me.data.unitId;
    const overview = await call('admin.unitOverview', { unitId: unitId ?? rootUnitId });
    setState(
      overview.ok
        ? { status: 'ready', workbench: { overview: overview.data, role: me.data.role, rootUnitId } }
        : { status: 'error', error: overview.error },
    );
  }, [unitId]);
  useEffect(() => {
    void load();
  }, [load]);
  useReloadOnPullDown(load);
  return { state, reload: () => void load() };
}
