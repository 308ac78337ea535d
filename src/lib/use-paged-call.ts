import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '@contract/errors';
import { useReloadOnPullDown } from './platform/pull-down-refresh';

/**
 * A list that loads page by page ("加载更多"), with loading and error states. `fetchPage(skip)` calls a
 * route that answers `{ items, total }`; change `key` to start again from the first page.
 */
export function usePagedCall<T>(
  fetchPage: (skip: number) => Promise<ApiResult<{ items: T[]; total: number }>>,
  key: string,
) {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  // Only the newest request may answer: a late page of the previous filter is dropped.
  const latest = useRef(0);
  const load = useCallback(async (skip: number) => {
    const request = ++latest.current;
    setLoading(true);
    setError(null);
    const result = await fetchRef.current(skip);
    if (request !== latest.current) return;
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setItems((previous) => (skip === 0 ? result.data.items : [...previous, ...result.data.items]));
    setTotal(result.data.total);
  }, []);

  useEffect(() => {
    void load(0);
  }, [load, key]);
  useReloadOnPullDown(() => load(0));

  return {
    items,
    total,
    loading,
    error,
    reload: () => void load(0),
    more: items.length < total ? () => void load(items.length) : null,
  };
}
