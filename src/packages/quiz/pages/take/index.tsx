import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { QuestionView } from '@/features/quiz/question-view';
import { HandInDialog } from '@/features/quiz/take/hand-in-dialog';
import { TakeBottomBar } from '@/features/quiz/take/take-bottom-bar';
import { TakeProgress } from '@/features/quiz/take/take-progress';
import { useAttempt } from '@/features/quiz/take/use-attempt';
import '@/features/quiz/quiz.scss';

/** Taking a quiz: one question at a time, a bottom bar to move, and a confirmation before hand-in. */
export default function TakeQuizPage() {
  const { attempt, error, answers, answer, busy, secondsLeft, unanswered, handIn } = useAttempt(useRouter().params);
  const [index, setIndex] = useState(0);
  const [asking, setAsking] = useState(false);

  if (error)
    return (
      <PageShell>
        <ErrorView message={error} />
      </PageShell>
    );
  if (!attempt)
    return (
      <PageShell>
        <LoadingView label="正在出题…" />
      </PageShell>
    );
  const question = attempt.questions[index];
  if (!question)
    return (
      <PageShell>
        <ErrorView message="这份答卷没有题目，请返回后重新进入。" />
      </PageShell>
    );
  const count = attempt.questions.length;
  return (
    <PageShell>
      <TakeProgress title={attempt.title} index={index} count={count} secondsLeft={secondsLeft} />
      <View className="card">
        <QuestionView
          question={question}
          answer={answers[question.questionId]}
          onAnswer={(value) => answer(question.questionId, value)}
        />
      </View>
      <TakeBottomBar
        first={index === 0}
        last={index === count - 1}
        busy={busy}
        note={`已答 ${count - unanswered}/${count} 题 · 答案已自动保存`}
        onPrevious={() => setIndex(index - 1)}
        onNext={() => setIndex(index + 1)}
        onHandIn={() => setAsking(true)}
      />
      <HandInDialog
        visible={asking}
        unanswered={unanswered}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void handIn();
        }}
      />
    </PageShell>
  );
}
