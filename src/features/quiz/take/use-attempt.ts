import { useEffect, useRef, useState } from 'react';
import type { Answer, AttemptView } from '@contract/schemas/quiz';
import { call } from '@/lib/api-client';
import { replacePage } from '@/lib/pages';
import { isUnanswered } from '@/features/quiz/format';

export type AttemptSource = { attemptId?: string; start?: string; quizId?: string };

function open(source: AttemptSource) {
  if (source.attemptId) return call('quiz.get', { attemptId: source.attemptId });
  if (source.start === 'exam') return call('quiz.startExam', { quizId: source.quizId ?? '' });
  if (source.start === 'review') return call('quiz.startReview', {});
  return call('quiz.startDaily', {});
}

/**
 * A paper being answered: every answer saved as it is given (the server's clock decides whether it
 * counts), a countdown from the server's deadline for timed exams, and hand-in, automatic at zero.
 */
export function useAttempt(source: AttemptSource) {
  const [attempt, setAttempt] = useState<AttemptView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [busy, setBusy] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const clockSkew = useRef(0);
  const sourceRef = useRef(source);

  useEffect(() => {
    void open(sourceRef.current).then((result) => {
      if (!result.ok) return setError(result.error.message);
      if (result.data.submitted) return replacePage('quizResult', { attemptId: result.data.attemptId });
      clockSkew.current = result.data.serverNow - Date.now();
      setAttempt(result.data);
      setAnswers(result.data.saved);
    });
  }, []);

  useEffect(() => {
    const deadline = attempt?.deadline;
    if (!deadline || attempt.mode === 'daily' || attempt.mode === 'review') return;
    const tick = () => setSecondsLeft(Math.max(0, Math.floor((deadline - (Date.now() + clockSkew.current)) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [attempt]);

  const answer = (questionId: string, value: Answer) => {
    if (!attempt) return;
    setAnswers((previous) => ({ ...previous, [questionId]: value }));
    void call('quiz.answer', { attemptId: attempt.attemptId, questionId, answer: value });
  };

  const handIn = async () => {
    if (!attempt || busy) return;
    setBusy(true);
    const result = await call('quiz.submit', { attemptId: attempt.attemptId, answers });
    setBusy(false);
    // Already handed in (by the clock, or on another device): the result is there either way.
    if (!result.ok && result.error.code !== 'CONFLICT') return setError(result.error.message);
    replacePage('quizResult', { attemptId: attempt.attemptId });
  };

  const handInRef = useRef(handIn);
  handInRef.current = handIn;
  useEffect(() => {
    if (secondsLeft === 0) void handInRef.current();
  }, [secondsLeft]);

  const unanswered = attempt ? attempt.questions.filter((q) => isUnanswered(answers[q.questionId])).length : 0;
  return { attempt, error, answers, answer, busy, secondsLeft, unanswered, handIn };
}
