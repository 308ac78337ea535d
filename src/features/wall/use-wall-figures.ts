import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import type { WallView } from '@contract/schemas/wall';
import { call } from '@/lib/api-client';

/** How often the 大屏 asks again while it is on show. */
export const WALL_REFRESH_MS = 60_000;

export type WallState =
  | { status: 'loading' }
  | { status: 'ready'; data: WallView; stale: boolean }
  | { status: 'invalid'; message: string }
  | { status: 'error'; message: string };

/**
 * The figures behind a 大屏 link, asked for again every minute while the page is shown (not while the tab or
 * screen is hidden). A failed refresh keeps the last figures up, marked stale; a refused link ends the refreshing.
 */
export function useWallFigures(token: string): WallState {
  const [state, setState] = useState<WallState>({ status: 'loading' });
  const ended = useRef(false);
  const [visible, setVisible] = useState(true);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  const load = useCallback(async () => {
    const result = await call('wall.view', { token });
    if (ended.current) return;
    if (result.ok) return setState({ status: 'ready', data: result.data, stale: false });
    if (result.error.code === 'FORBIDDEN' || result.error.code === 'VALIDATION_FAILED') {
      ended.current = true;
      return setState({ status: 'invalid', message: '链接已失效，请联系管理员重新生成' });
    }
    setState((before) =>
      before.status === 'ready' ? { ...before, stale: true } : { status: 'error', message: result.error.message },
    );
  }, [token]);

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const onVisibility = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    if (!visible || ended.current) return;
    void load();
    const timer = setInterval(() => void load(), WALL_REFRESH_MS);
    return () => clearInterval(timer);
  }, [visible, load]);

  return state;
}
