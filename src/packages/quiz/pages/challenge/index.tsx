import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { Answer } from '@contract/schemas/quiz';
import type { RouteOutput } from '@contract/contract';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { answerText, openQuiz } from '@/features/quiz/format';
import { QuestionView } from '@/features/quiz/question-view';
import { call } from '@/lib/api-client';
import '@/features/quiz/quiz.scss';

type Step = RouteOutput<'quiz.challengeStart'>;

/** 挑战答题: answer, see at once whether it was right, go on until the first mistake. */
export default function ChallengePage() {
  const [step, setStep] = useState<Step | null>(null);
  const [lastQuestion, setLastQuestion] = useState<Step['question']>(null);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setError(null);
    setAnswer(undefined);
    const result = await call('quiz.challengeStart', {});
    if (!result.ok) return setError(result.error.message);
    setStep(result.data);
  };
  useEffect(() => {
    void start();
  }, []);

  const confirm = async () => {
    if (!step?.question || answer === undefined) return;
    setBusy(true);
    const result = await call('quiz.challengeAnswer', {
      attemptId: step.attemptId,
      questionId: step.question.questionId,
      answer,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setLastQuestion(step.question);
    setStep(result.data);
    if (!result.data.finished) setAnswer(undefined);
  };

  if (error)
    return (
      <PageShell>
        <ErrorView message={error} onRetry={() => void start()} />
      </PageShell>
    );
  if (!step)
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="quiz-bar">
        <Text className="study-card__title">已连续答对 {step.streak} 题</Text>
        <Text className="muted">最好成绩 {step.best} 题</Text>
      </View>
      {step.finished ? (
        <View className="card">
          <Text className="result__score">{step.streak} 题</Text>
          <View className="muted">{step.newBest ? '刷新了您的最好成绩！' : '挑战结束，再接再厉。'}</View>
          {lastQuestion && step.reveal ? (
            <View>
              <QuestionView question={lastQuestion} answer={answer} reveal={step.reveal.answer} />
              <View className="result__right">正确答案：{answerText(step.reveal.answer)}</View>
              {step.reveal.explanation ? <View className="muted">解析：{step.reveal.explanation}</View> : null}
            </View>
          ) : null}
          <Button className="button challenge__again" onClick={() => void start()}>
            再挑战一次
          </Button>
          <Button className="button button--plain" onClick={() => openQuiz('board', '?board=challenge')}>
            看排行榜
          </Button>
        </View>
      ) : step.question ? (
        <View className="card">
          <QuestionView question={step.question} answer={answer} onAnswer={setAnswer} />
          <Button
            className="button challenge__confirm"
            disabled={busy || answer === undefined}
            onClick={() => void confirm()}
          >
            确定
          </Button>
        </View>
      ) : null}
    </PageShell>
  );
}
