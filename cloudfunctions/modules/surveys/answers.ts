import type { SurveyAnswer, SurveyQuestion } from '../../../types/schemas/surveys';
import { TEXT_ANSWER_LIMITS } from '../../../types/survey-labels';
import { AppError } from '../../kernel/app-error';

/**
 * Checks a response against the questions: every required question answered, choices among the options
 * and within the question's bounds, ratings on its scale, texts within their length. Returns the answers
 * in question order, each with only the field its kind uses, unanswered optional questions left out.
 */
export function checkedAnswers(questions: SurveyQuestion[], answers: SurveyAnswer[]): SurveyAnswer[] {
  const problems: Record<string, string> = {};
  const byQuestion = new Map<string, SurveyAnswer>();
  for (const answer of answers) {
    if (!questions.some((q) => q.questionId === answer.questionId) || byQuestion.has(answer.questionId))
      throw new AppError('VALIDATION_FAILED', '回答和问卷的题目对不上，请返回刷新后重新填写。');
    byQuestion.set(answer.questionId, answer);
  }
  const checked: SurveyAnswer[] = [];
  questions.forEach((question, index) => {
    const label = `第 ${index + 1} 题`;
    const answer = byQuestion.get(question.questionId);
    const result = checkOne(question, answer, label);
    if (typeof result === 'string') problems[question.questionId] = result;
    else if (result) checked.push(result);
  });
  const first = Object.values(problems)[0];
  if (first) throw new AppError('VALIDATION_FAILED', `${first}，请修改后再提交。`, problems);
  return checked;
}

/** The checked answer, null when optional and left blank, or what is wrong with it. */
function checkOne(
  question: SurveyQuestion,
  answer: SurveyAnswer | undefined,
  label: string,
): SurveyAnswer | null | string {
  const { questionId, kind } = question;
  if (kind === 'single' || kind === 'multiple') {
    const chosen = [...new Set(answer?.optionIds ?? [])];
    if (!chosen.length) return question.required ? `${label}是必答题` : null;
    if (chosen.some((id) => !question.options.some((o) => o.optionId === id))) return `${label}的选项不存在`;
    if (kind === 'single' && chosen.length > 1) return `${label}只能选一项`;
    if (kind === 'multiple' && chosen.length < question.minChoices) return `${label}至少选 ${question.minChoices} 项`;
    if (kind === 'multiple' && chosen.length > question.maxChoices) return `${label}最多选 ${question.maxChoices} 项`;
    return { questionId, optionIds: chosen };
  }
  if (kind === 'rating') {
    if (answer?.rating === undefined) return question.required ? `${label}是必答题` : null;
    if (answer.rating > question.scale) return `${label}的评分要在 1 到 ${question.scale} 之间`;
    return { questionId, rating: answer.rating };
  }
  const text = answer?.text?.trim() ?? '';
  if (!text) return question.required ? `${label}是必答题` : null;
  if (text.length > TEXT_ANSWER_LIMITS[kind]) return `${label}不超过 ${TEXT_ANSWER_LIMITS[kind]} 个字`;
  return { questionId, text };
}
