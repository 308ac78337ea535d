import { Text, View } from '@tarojs/components';
import { Button, SafeArea } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { ChallengeFinish } from '@/features/quiz/challenge/challenge-finish';
import { useChallenge } from '@/features/quiz/challenge/use-challenge';
import { QuestionView } from '@/features/quiz/question-view';
import '@/features/quiz/quiz.scss';

/** 挑战答题: answer, see at once whether it was right, go on until the first mistake. */
export default function ChallengePage() {
  const { step, lastQuestion, answer, setAnswer, error, busy, start, confirm } = useChallenge();
  if (error)
    return (
      <PageShell>
        <ErrorView message={error} onRetry={() => void start()} />
      </PageShell>
    );
  if (!step)
    return (
      <PageShell>
        <LoadingView label="正在出题…" />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="card challenge-stats">
        <View className="challenge-stat">
          <Text className="quiz-figure__value">{step.streak} 题</Text>
          <Text className="muted">本次连续答对</Text>
        </View>
        <View className="challenge-stat">
          <Text className="challenge-stat__best">{step.best} 题</Text>
          <Text className="muted">最好成绩</Text>
        </View>
      </View>
      {step.finished ? (
        <ChallengeFinish
          streak={step.streak}
          newBest={step.newBest}
          lastQuestion={lastQuestion}
          lastAnswer={answer}
          reveal={step.reveal}
          onAgain={() => void start()}
        />
      ) : step.question ? (
        <>
          <View className="card">
            <QuestionView question={step.question} answer={answer} onAnswer={setAnswer} />
          </View>
          <View className="quiz-bottom-space" />
          <View className="quiz-bottom">
            <Button
              type="primary"
              size="large"
              block
              loading={busy}
              disabled={busy || answer === undefined}
              onClick={() => void confirm()}
            >
              确定
            </Button>
            <SafeArea position="bottom" />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
