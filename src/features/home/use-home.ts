import { useEffect } from 'react';
import { replacePage } from '@/lib/pages';
import { leaveSession } from '@/lib/session-end';
import { useCall } from '@/lib/use-call';

/** The 首页's one call. An ended session leaves for the sign-in page; an unbound account goes to binding. */
export function useHome() {
  const { state, reload, setData } = useCall('me.home', {});
  useEffect(() => {
    if (state.status !== 'error') return;
    if (state.error.code === 'UNAUTHENTICATED') leaveSession('ended');
    if (state.error.code === 'NOT_BOUND') replacePage('bind');
  }, [state]);
  return { state, reload, setData };
}
