import type { SurveyQuestion } from '../../../types/schemas/surveys';
import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { chinaDateTime, chinaDay } from '../shared/china-time';
import { newWorkbook } from '../shared/heavy-libraries';
import { surveysRepository } from './surveys.repository';
import { allResponses } from './surveys.service';
import type { SurveyResponseDoc } from './surveys.types';

/** One cell per question: the chosen options' texts, the score, or the text written. */
function cellOf(question: SurveyQuestion, response: SurveyResponseDoc): string {
  const answer = response.answers.find((a) => a.questionId === question.questionId);
  if (!answer) return '';
  if (answer.optionIds)
    return answer.optionIds.map((id) => question.options.find((o) => o.optionId === id)?.text ?? id).join('；');
  if (answer.rating !== undefined) return String(answer.rating);
  return answer.text ?? '';
}

/** The header row and one row per response; named surveys lead with who answered and when. */
export function exportRows(questions: SurveyQuestion[], anonymous: boolean, responses: SurveyResponseDoc[]) {
  const header = [...(anonymous ? ['序号'] : ['姓名', '提交时间']), ...questions.map((q, i) => `${i + 1}. ${q.title}`)];
  const rows = responses.map((response, i) => [
    ...(anonymous ? [String(i + 1)] : [response.memberName ?? '', chinaDateTime(response.answeredAt ?? 0)]),
    ...questions.map((q) => cellOf(q, response)),
  ]);
  return [header, ...rows];
}

/** A questionnaire's responses as XLSX (exceljs loads on first use, in the admin function only). */
export async function exportSurvey(ctx: CallContext, surveyId: string) {
  const survey = await surveysRepository(ctx.store).surveys.get(surveyId);
  if (!survey) throw new AppError('NOT_FOUND', '没有找到这份问卷，可能已被删除，请返回刷新。');
  const responses = await allResponses(ctx, survey);
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('问卷结果');
  for (const row of exportRows(survey.questions, survey.anonymous, responses)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  await appendAudit(ctx, {
    action: 'survey.export',
    summary: `导出了问卷「${survey.title}」的结果（${responses.length} 份）`,
    targetId: survey._id,
    targetName: survey.title,
    unitPath: survey.unitPath,
  });
  return {
    fileName: `${survey.title}-问卷结果-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
