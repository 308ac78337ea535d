import type { Difficulty, QuestionType } from '@contract/labels';
import type { RouteInput, RouteOutput } from '@contract/contract';

export type Question = RouteOutput<'admin.questionList'>['items'][number];

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** The question form's values: options as a list of inputs, the answer as picked letters or typed answers. */
export interface QuestionValues extends Record<string, unknown> {
  type: QuestionType;
  stem: string;
  options: string[];
  /** Letters (single, multiple), 对/错 (judge), or the accepted answers (blank). */
  answer: string[];
  explanation: string;
  tags: string;
  difficulty: Difficulty;
}

export const questionValues = (question: Question | null): QuestionValues => ({
  type: question?.type ?? 'single',
  stem: question?.stem ?? '',
  options: question?.options.length ? question.options : ['', '', '', ''],
  answer: question?.answer ?? [],
  explanation: question?.explanation ?? '',
  tags: (question?.tags ?? []).join('，'),
  difficulty: question?.difficulty ?? 'medium',
});

export const isChoice = (type: QuestionType) => type === 'single' || type === 'multiple';

export function questionInput(
  unitId: string,
  question: Question | null,
  v: QuestionValues,
): RouteInput<'admin.questionSave'> {
  const choice = isChoice(v.type);
  return {
    ...(question ? { questionId: question.questionId } : {}),
    unitId,
    type: v.type,
    stem: v.stem,
    options: choice ? v.options.map((o) => o.trim()) : [],
    answer: v.answer.map((a) => a.trim()).filter(Boolean),
    explanation: v.explanation,
    tags: v.tags.split(/[,，、\s]+/).filter(Boolean),
    difficulty: v.difficulty,
    status: question?.status ?? 'active',
  };
}
