import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { MyOutcomeCard, MyRoundCard } from '@/features/review/my-round-card';
import { RatingSheet } from '@/features/review/rating-sheet';
import { SelfAssessmentForm } from '@/features/review/self-assessment-form';
import { useCall } from '@/lib/use-call';
import '@/features/review/review.scss';

/** 民主评议: my branch's round, and what it asks of me now — 自我评价, 民主测评, or reading the result. */
export default function MyReviewPage() {
  const current = useCall('review.current', {});
  const { state } = current;
  if (state.status === 'loading')
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  if (state.status === 'error')
    return (
      <PageShell>
        <ErrorView message={state.error.message} onRetry={current.reload} />
      </PageShell>
    );
  const { round } = state.data;
  if (!round)
    return (
      <PageShell>
        <EmptyView message="支部还没有开启民主评议" hint="开启后，您可以在这里写自我评价、参加民主测评。" />
      </PageShell>
    );
  const note = (text: string) => (
    <View className="card" data-testid="review-note">
      <Text className="review-text">{text}</Text>
    </View>
  );
  return (
    <PageShell>
      <MyRoundCard round={round} />
      {!round.underReview ? note('您不在本次民主评议的党员名单中；如有疑问请联系支部书记。') : null}
      {round.underReview && round.phase === 'self' ? (
        <>
          <SectionHeader title="自我评价" />
          <View className="card">
            <SelfAssessmentForm roundId={round.roundId} text={round.selfText} onDone={current.setData} />
          </View>
        </>
      ) : null}
      {round.underReview && round.phase === 'rating' ? (
        round.ratees.length ? (
          <>
            <SectionHeader title="民主测评" extra={`共 ${round.ratees.length} 人`} />
            <RatingSheet roundId={round.roundId} ratees={round.ratees} onDone={current.setData} />
          </>
        ) : (
          note(
            round.rated
              ? '您已提交测评票，感谢参与。测评结束后由支部进行组织评定。'
              : '预备党员不参加民主测评；您的自我评价已交支部，请等待组织评定。',
          )
        )
      ) : null}
      {round.underReview && round.phase === 'grading' ? note('支部正在进行组织评定，结果公示后会通知您。') : null}
      {round.underReview && (round.phase === 'publicity' || round.phase === 'done') ? (
        <MyOutcomeCard round={round} />
      ) : null}
    </PageShell>
  );
}
