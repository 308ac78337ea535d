import { useCallback, useEffect, useRef, useState } from 'react';
import type { RouteInput, RouteName, RouteOutput } from '@contract/contract';
import type { ApiError, ApiResult } from '@contract/errors';
import { arrivedCall, call } from './api-client';
import { useReloadOnPullDown } from './platform/pull-down-refresh';

export type CallState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

function stateOf<T>(result: ApiResult<T>): CallState<T> {
  return result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error };
}

/**
 * Loads one route when the screen opens (and again on `reload`), with loading and error states.
 * `input` is read when loading, so pass values the screen already has; change `key` to load again.
 */
export function useCall<R extends RouteName>(route: R, input: RouteInput<R>, key = '') {
  // An answer already here (the browser's first screen asks before the app loads) is drawn in the first render.
  const [state, setState] = useState<CallState<RouteOutput<R>>>(() => {
    const arrived = arrivedCall(route, input);
    return arrived === null ? { status: 'loading' } : stateOf(arrived);
  });
  const skipFirstLoad = useRef(state.status !== 'loading');
  const inputRef = useRef(input);
  inputRef.current = input;
  // Only the newest request may answer: switching a filter never shows the list of the one before.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const request = ++latest.current;
    setState({ status: 'loading' });
    const result = await call(route, inputRef.current);
    if (request !== latest.current) return;
    setState(stateOf(result));
  }, [route]);
  useEffect(() => {
    if (skipFirstLoad.current) skipFirstLoad.current = false;
    else void load();
  }, [load, key]);
  useReloadOnPullDown(load);
  return { state, reload: () => void load(), setData: (data: RouteOutput<R>) => setState({ status: 'ready', data }) };
}
