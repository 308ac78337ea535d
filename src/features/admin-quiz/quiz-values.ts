import dayjs from 'dayjs';
import type { Difficulty, PartialCredit, QuizKind, ReviewPolicy } from '@contract/labels';
import type { RouteInput } from '@contract/contract';

export type Draw = { tag?: string; difficulty?: Difficulty; count: number };

export interface QuizValues extends Record<string, unknown> {
  kind: QuizKind;
  title: string;
  opensAt: number;
  closesAt: number;
  limited: boolean;
  minutes: number;
  attempts: number;
  pass: number;
  shuffle: boolean;
  policy: ReviewPolicy;
  partial: PartialCredit;
  draws: Draw[];
  audience: string[];
  fixed: string[];
}

export const initialQuiz = (): QuizValues => ({
  kind: 'exam',
  title: '',
  opensAt: dayjs().startOf('minute').valueOf(),
  closesAt: dayjs().add(7, 'day').hour(22).minute(0).startOf('minute').valueOf(),
  limited: true,
  minutes: 30,
  attempts: 1,
  pass: 60,
  shuffle: true,
  policy: 'after_submit',
  partial: 'half',
  draws: [{ count: 10 }],
  audience: [],
  fixed: [],
});

export function quizInput(unitId: string, v: QuizValues): RouteInput<'admin.quizSave'> {
  return {
    unitId,
    kind: v.kind,
    title: v.title,
    audienceUnitIds: v.kind === 'competition' ? v.audience : [],
    fixedQuestionIds: v.fixed,
    draws: v.draws
      .filter((d) => d.count > 0)
      .map((d) => ({
        ...(d.tag ? { tag: d.tag } : {}),
        ...(d.difficulty ? { difficulty: d.difficulty } : {}),
        count: d.count,
      })),
    opensAt: v.opensAt,
    closesAt: v.closesAt,
    timeLimitMinutes: v.limited ? v.minutes : null,
    attemptLimit: v.attempts,
    passPercent: v.pass,
    shuffle: v.shuffle,
    reviewPolicy: v.policy,
    partialCredit: v.partial,
  };
}
