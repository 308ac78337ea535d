/** Labels and limits of questionnaires (问卷), shared by the contract and the app (no zod here). */
export const SURVEY_QUESTION_KINDS = ['single', 'multiple', 'rating', 'short_text', 'long_text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];
export const SURVEY_QUESTION_KIND_LABELS: Record<SurveyQuestionKind, string> = {
  single: '单选',
  multiple: '多选',
  rating: '评分',
  short_text: '简答',
  long_text: '长文本',
};

/** The longest text answer each text kind takes. */
export const TEXT_ANSWER_LIMITS = { short_text: 100, long_text: 1000 } as const;
