import { ErrorView, LoadingView } from '@/components/state-views';
import { useCall } from '@/lib/use-call';
import { GradeRow } from './grade-row';

/** Every member under review with their 民主测评 counts and 组织评定, once 民主测评 has closed. */
export function GradeSheet({
  roundId,
  editable,
  onSaved,
}: {
  roundId: string;
  editable: boolean;
  onSaved: () => void;
}) {
  const tally = useCall('admin.reviewTally', { roundId }, `${roundId}:${editable}`);
  const { state } = tally;
  if (state.status === 'loading') return <LoadingView rows={4} />;
  if (state.status === 'error') return <ErrorView message={state.error.message} onRetry={tally.reload} />;
  return (
    <>
      {state.data.rows.map((row) => (
        <GradeRow key={row.memberId} roundId={roundId} row={row} editable={editable} onSaved={onSaved} />
      ))}
    </>
  );
}
