import { useCallback, useEffect, useState } from 'react';
import type { MemberCard } from '@contract/schemas/members';
import type { ApiError } from '@contract/errors';
import { call } from '@/lib/api-client';

export type MemberCardState =
  { status: 'loading' } | { status: 'ready'; card: MemberCard } | { status: 'error'; error: ApiError };

export function useMemberCard(): { state: MemberCardState; reload: () => void } {
  const [state, setState] = useState<MemberCardState>({ status: 'loading' });
  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const result = await call('me.card', {});
    setState(result.ok ? { status: 'ready', card: result.data } : { status: 'error', error: result.error });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { state, reload: () => void load() };
}
