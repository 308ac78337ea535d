import { useEffect, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Answer, AttemptView } from '@contract/schemas/quiz';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { replaceQuiz } from '@/features/quiz/format';
import { QuestionView } from '@/features/quiz/question-view';
import { call } from '@/lib/api-client';
import '@/features/quiz/quiz.scss';

/**
 * Taking a quiz: one question at a time, every answer saved as it is given (the server's clock decides
 * whether it counts), a countdown from the server's deadline, and hand-in after a confirmation.
 */
export default function TakeQuizPage() {
  const params = useRouter().params;
  const [attempt, setAttempt] = useState<AttemptView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState<number | null>(null);
  const clockSkew = useRef(0);

  useEffect(() => {
    const start = async () => {
      const result = params.attemptId
        ? await call('quiz.get', { attemptId: params.attemptId })
        : params.start === 'exam'
          ? await call('quiz.startExam', { quizId: params.quizId ?? '' })
          : params.start === 'review'
            ? await call('quiz.startReview', {})
            : await call('quiz.startDaily', {});
      if (!result.ok) return setError(result.error.message);
      if (result.data.submitted) return replaceQuiz('result', `?attemptId=${result.data.attemptId}`);
      clockSkew.current = result.data.serverNow - Date.now();
      setAttempt(result.data);
      setAnswers(result.data.saved);
    };
    void start();
    // The paper is fetched once when the page opens; its query never changes while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!attempt?.deadline || attempt.mode === 'daily' || attempt.mode === 'review') return;
    const tick = () => setLeft(Math.max(0, Math.floor((attempt.deadline! - (Date.now() + clockSkew.current)) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [attempt]);

  const handIn = async (confirmFirst: boolean) => {
    if (!attempt) return;
    const unanswered = attempt.questions.filter((q) => answers[q.questionId] === undefined).length;
    if (confirmFirst) {
      const { confirm } = await Taro.showModal({
        title: '交卷',
        content: unanswered ? `还有 ${unanswered} 道题没有作答，确定交卷吗？` : '确定交卷吗？交卷后不能修改。',
      });
      if (!confirm) return;
    }
    setBusy(true);
    const result = await call('quiz.submit', { attemptId: attempt.attemptId, answers });
    setBusy(false);
    if (!result.ok && result.error.code !== 'CONFLICT') return setError(result.error.message);
    replaceQuiz('result', `?attemptId=${attempt.attemptId}`);
  };

  useEffect(() => {
    if (left === 0) void handIn(false);
    // Hands in once, when the clock reaches zero; the answers are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left]);

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
        <ErrorView message="这份答卷没有题目。" />
      </PageShell>
    );
  const answer = (value: Answer) => {
    setAnswers({ ...answers, [question.questionId]: value });
    void call('quiz.answer', { attemptId: attempt.attemptId, questionId: question.questionId, answer: value });
  };
  const last = index === attempt.questions.length - 1;
  return (
    <PageShell>
      <View className="quiz-bar">
        <Text className="muted">
          {attempt.title} · 第 {index + 1}/{attempt.questions.length} 题
        </Text>
        {left !== null ? (
          <Text className="quiz-timer">
            剩余 {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
          </Text>
        ) : null}
      </View>
      <View className="card">
        <QuestionView question={question} answer={answers[question.questionId]} onAnswer={answer} />
      </View>
      <View className="quiz-nav">
        {index > 0 ? (
          <Button className="button button--plain" onClick={() => setIndex(index - 1)}>
            上一题
          </Button>
        ) : null}
        {last ? (
          <Button className="button quiz__submit" disabled={busy} onClick={() => void handIn(true)}>
            {busy ? '正在交卷…' : '交卷'}
          </Button>
        ) : (
          <Button className="button quiz__next" onClick={() => setIndex(index + 1)}>
            下一题
          </Button>
        )}
      </View>
      <View className="muted">
        已答 {Object.keys(answers).length} / {attempt.questions.length} 题，答案已自动保存。
      </View>
    </PageShell>
  );
}
