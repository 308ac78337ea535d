import { useCallback, useEffect, useRef, useState } from 'react';
import type { RouteInput, RouteName, RouteOutput } from '@contract/contract';
import type { ApiError } from '@contract/errors';
import { call } from './api-client';
import { useReloadOnPullDown } from './platform/pull-down-refresh';

export type CallState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

/**
 * Loads one route when the screen opens (and again on `reload`), with loading and error states.
 * `input` is read when loading, so pass values the screen already has; change `key` to load again.
 */
export function useCall<R extends RouteName>(route: R, input: RouteInput<R>, key = '') {
  const [state, setState] = useState<CallState<RouteOutput<R>>>({ status: 'loading' });
  const inputRef = useRef(input);
  inputRef.current = input;
  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const result = await call(route, inputRef.current);
    setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error });
  }, [route, key]);
  useEffect(() => {
    void load();
  }, [load]);
  useReloadOnPullDown(load);
  return { state, reload: () => void load(), setData: (data: RouteOutput<R>) => setState({ status: 'ready', data }) };
}
