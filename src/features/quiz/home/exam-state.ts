import type { z } from 'zod';
import type { QuizSummary } from '@contract/schemas/quiz';

type Quiz = z.infer<typeof QuizSummary>;

export type ExamState =
  | { kind: 'resume'; tag: '作答中' }
  | { kind: 'open'; tag: '进行中'; attemptsLeft: number }
  | { kind: 'upcoming'; tag: '未开始' }
  | { kind: 'closed'; tag: '已结束' }
  | { kind: 'used'; tag: '已答完' };

/** Where an exam stands for me now: what its tag says and whether (and how) I can answer. */
export function examState(quiz: Quiz, now = Date.now()): ExamState {
  if (quiz.openAttemptId) return { kind: 'resume', tag: '作答中' };
  if (now < quiz.opensAt) return { kind: 'upcoming', tag: '未开始' };
  if (now > quiz.closesAt) return { kind: 'closed', tag: '已结束' };
  const attemptsLeft = quiz.attemptLimit - quiz.attemptsUsed;
  return attemptsLeft > 0 ? { kind: 'open', tag: '进行中', attemptsLeft } : { kind: 'used', tag: '已答完' };
}

export const EXAM_TAG_TYPES = {
  resume: 'warning',
  open: 'primary',
  upcoming: 'default',
  closed: 'default',
  used: 'success',
} as const satisfies Record<ExamState['kind'], string>;
