import type { ReactNode } from 'react';
import type { CallState } from '@/lib/use-call';
import { ErrorView, LoadingView } from './state-views';

/** Shows loading and error states of a call, and `children(data)` once it is ready. */
export function CallView<T>({
  state,
  onRetry,
  loadingLabel,
  children,
}: {
  state: CallState<T>;
  onRetry?: () => void;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <LoadingView label={loadingLabel} />;
  if (state.status === 'error') return <ErrorView message={state.error.message} onRetry={onRetry} />;
  return <>{children(state.data)}</>;
}
