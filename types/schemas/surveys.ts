import * as z from 'zod';
import { EpochMs, Id, PageInput } from './common';
import { SURVEY_QUESTION_KINDS } from '../survey-labels';

/**
 * Questionnaires (问卷): several questions to a unit's members, one response each, named or anonymous.
 * An anonymous response is stored with nothing that leads back to the member who gave it.
 */
export const SURVEY_STATES = ['draft', 'upcoming', 'open', 'closed'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

const QuestionId = z.string().regex(/^q\d{1,2}$/, '题目编号格式不正确');
const OptionId = z.string().regex(/^o\d{1,2}$/, '选项编号格式不正确');

const QuestionInput = z
  .strictObject({
    kind: z.enum(SURVEY_QUESTION_KINDS),
    title: z.string().trim().min(1, '题目不能为空').max(100, '题目不超过 100 个字'),
    required: z.boolean().default(true),
    options: z
      .array(z.string().trim().min(1, '选项不能为空').max(60, '每个选项不超过 60 个字'))
      .max(20, '每题最多 20 个选项')
      .default([]),
    minChoices: z.number().int().min(0).max(20).default(0),
    maxChoices: z.number().int().min(1).max(20).default(1),
    /** The top of a rating scale (1 to this). */
    scale: z.number().int().min(3).max(10).default(5),
  })
  .refine((q) => !['single', 'multiple'].includes(q.kind) || q.options.length >= 2, {
    message: '选择题至少要有两个选项',
    path: ['options'],
  })
  .refine((q) => new Set(q.options).size === q.options.length, { message: '选项有重复，请修改', path: ['options'] })
  .refine((q) => q.kind !== 'multiple' || (q.maxChoices <= q.options.length && q.minChoices <= q.maxChoices), {
    message: '最少、最多可选项数要在选项个数以内，且最少不超过最多',
    path: ['maxChoices'],
  });

export const SurveyDraftInput = z
  .strictObject({
    title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题不超过 60 个字'),
    description: z.string().trim().max(1000, '说明不超过 1000 个字').default(''),
    anonymous: z.boolean().default(true),
    resultsVisible: z.boolean().default(false),
    opensAt: EpochMs,
    closesAt: EpochMs,
    questions: z.array(QuestionInput).min(1, '至少要有一道题').max(30, '最多 30 道题'),
  })
  .refine((s) => s.closesAt > s.opensAt, { message: '结束时间要晚于开始时间', path: ['closesAt'] });

export const SurveyCreateInput = z.strictObject({ unitId: Id, survey: SurveyDraftInput });
export const SurveyUpdateInput = z.strictObject({ surveyId: Id, survey: SurveyDraftInput });
export const SurveyIdInput = z.strictObject({ surveyId: Id });
export const SurveyListInput = z.strictObject({ ...PageInput });
export const AdminSurveyListInput = z.strictObject({ unitId: Id, ...PageInput });

export const SurveyAnswer = z.strictObject({
  questionId: QuestionId,
  optionIds: z.array(OptionId).max(20).optional(),
  rating: z.number().int().min(1).max(10).optional(),
  text: z.string().trim().max(1000, '回答不超过 1000 个字').optional(),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;
export const SurveySubmitInput = z.strictObject({ surveyId: Id, answers: z.array(SurveyAnswer).max(30) });

export const SurveyQuestion = z.object({
  questionId: QuestionId,
  kind: z.enum(SURVEY_QUESTION_KINDS),
  title: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ optionId: OptionId, text: z.string() })),
  minChoices: z.number().int(),
  maxChoices: z.number().int(),
  scale: z.number().int(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const SurveyCard = z.object({
  surveyId: Id,
  title: z.string(),
  unitName: z.string(),
  anonymous: z.boolean(),
  opensAt: EpochMs,
  closesAt: EpochMs,
  state: z.enum(SURVEY_STATES),
  questionCount: z.number().int(),
  responded: z.boolean(),
});
export type SurveyCard = z.infer<typeof SurveyCard>;

export const SurveyDetail = SurveyCard.extend({
  description: z.string(),
  resultsVisible: z.boolean(),
  questions: z.array(SurveyQuestion),
  /** Whether the caller may see the results now (admins always; members when allowed, after answering or closing). */
  canSeeResults: z.boolean(),
});
export type SurveyDetail = z.infer<typeof SurveyDetail>;

export const QuestionResult = z.object({
  questionId: QuestionId,
  answered: z.number().int(),
  /** Choice questions: responses per option. Rating: responses per score 1..scale as `o<score>`. */
  counts: z.array(z.object({ optionId: OptionId, count: z.number().int() })),
  /** Rating questions: the mean score, one decimal; null otherwise or before any answer. */
  average: z.number().nullable(),
  /** Text questions: the answers given, newest last for named, in random order for anonymous surveys. */
  texts: z.array(z.string()),
});
export const SurveyResults = z.object({
  survey: SurveyDetail,
  responses: z.number().int(),
  /** Members the survey was addressed to when it was published. */
  audience: z.number().int(),
  questions: z.array(QuestionResult),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

export const SurveyListOutput = z.object({ items: z.array(SurveyCard), total: z.number().int() });
export const AdminSurveyRow = SurveyCard.omit({ responded: true }).extend({
  responses: z.number().int(),
  audience: z.number().int(),
});
export const AdminSurveyListOutput = z.object({ items: z.array(AdminSurveyRow), total: z.number().int() });
