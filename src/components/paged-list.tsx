import type { ReactNode } from 'react';
import { Button } from '@nutui/nutui-react-taro';
import type { ApiError } from '@contract/errors';
import { EmptyView, ErrorView, LoadingView } from './state-views';

/**
 * A list from `usePagedCall` with its states: the error with a retry, the empty message, loading, 加载更多.
 * The next page is a button rather than the kit's InfiniteLoading: that one needs a fixed-height scroll
 * container, and these lists scroll with the page.
 */
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
        <Button block fill="outline" type="primary" className="paged-list__more" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </>
  );
}
