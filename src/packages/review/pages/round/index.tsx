import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { ErrorView, LoadingView } from '@/components/state-views';
import { GradeSheet } from '@/features/review/grade-sheet';
import { PhaseSteps } from '@/features/review/phase-steps';
import { RoundActions } from '@/features/review/round-actions';
import { RoundProgress } from '@/features/review/round-progress';
import { useCall } from '@/lib/use-call';
import '@/features/review/review.scss';

/** One round: its phase and progress, the next step, and (after 民主测评) the grade sheet. */
export default function ReviewRoundPage() {
  const { roundId = '', unitId = '' } = useRouter().params;
  const rounds = useCall('admin.reviewRounds', { unitId }, unitId);
  const { state } = rounds;
  if (state.status === 'loading')
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  const round = state.status === 'ready' ? state.data.items.find((r) => r.roundId === roundId) : undefined;
  if (!round)
    return (
      <PageShell>
        <ErrorView
          message={state.status === 'error' ? state.error.message : '没有找到这次民主评议，请返回刷新。'}
          onRetry={rounds.reload}
        />
      </PageShell>
    );
  const sealed = round.phase === 'self' || round.phase === 'rating';
  return (
    <PageShell>
      <RoundProgress round={round} />
      <View className="card">
        <PhaseSteps phase={round.phase} />
        <RoundActions round={round} onChanged={rounds.reload} />
      </View>
      <SectionHeader title="组织评定" />
      {sealed ? (
        <View className="card">
          <Text className="review-text">
            测评票匿名保存。民主测评结束后，这里显示每位党员的自我评价和测评结果，供支部委员会评定。
          </Text>
        </View>
      ) : (
        <GradeSheet roundId={round.roundId} editable={round.phase === 'grading'} onSaved={rounds.reload} />
      )}
    </PageShell>
  );
}
