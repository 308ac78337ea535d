import { useCallback, useEffect, useState } from 'react';
import type { RouteOutput } from '@contract/contract';
import type { Answer } from '@contract/schemas/quiz';
import { call } from '@/lib/api-client';

type Step = RouteOutput<'quiz.challengeStart'>;

/** A challenge run: start, answer one question at a time, keep the question that ended it. */
export function useChallenge() {
  const [step, setStep] = useState<Step | null>(null);
  const [lastQuestion, setLastQuestion] = useState<Step['question']>(null);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback(async () => {
    setError(null);
    setAnswer(undefined);
    setLastQuestion(null);
    const result = await call('quiz.challengeStart', {});
    if (!result.ok) return setError(result.error.message);
    setStep(result.data);
  }, []);
  useEffect(() => {
    void start();
  }, [start]);

  const confirm = async () => {
    if (!step?.question || answer === undefined || busy) return;
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

  return { step, lastQuestion, answer, setAnswer, error, busy, start, confirm };
}
