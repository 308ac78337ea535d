import type { ReactNode } from 'react';
import { Button } from '@tarojs/components';
import type { ApiError } from '../../types/errors';
import { EmptyView, ErrorView, LoadingView } from './state-views';

/** A list from `usePagedCall` with its states: the error with a retry, the empty message, loading, 加载更多. */
export function PagedList<T>({
  paged,
  empty,
  children,
}: {
  paged: { items: T[]; loading: boolean; error: ApiError | null; reload: () => void; more: (() => void) | null };
  empty: string;
  children: (item: T, index: number) => ReactNode;
}) {
  const { items, loading, error, reload, more } = paged;
  return (
    <>
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? <EmptyView message={empty} /> : null}
      {items.map(children)}
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button className="button button--plain" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </>
  );
}
