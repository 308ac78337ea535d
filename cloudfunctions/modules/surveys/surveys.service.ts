import type { z } from 'zod';
import type {
  SurveyAnswer,
  SurveyCard,
  SurveyDetail,
  SurveyDraftInput,
  SurveyQuestion,
  SurveyState,
} from '../../../types/schemas/surveys';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { MAX_PAGE } from '../../store/types';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { eligibleFilter, whyNotEligible } from '../votes/eligibility';
import { checkedAnswers } from './answers';
import { inSurveyAudience } from './audience';
import { hasResponded, storePendingResponses, submitOnce } from './response-box';
import { surveysRepository } from './surveys.repository';
import type { SurveyDoc, SurveyResponseDoc } from './surveys.types';

/**
 * Questionnaires (问卷): a branch or higher admin drafts questions for a unit's Party members, publishes
 * them, and reads the results; each member answers once (response-box.ts keeps anonymous answers
 * unlinkable in storage). Members see results only when the survey allows it.
 */
type Draft = z.output<typeof SurveyDraftInput>;

/** Who a survey asks: the unit's Party members whose membership is active (as an 意见征集 vote). */
const audienceOf = (survey: Pick<SurveyDoc, 'unitId'>) => eligibleFilter({ kind: 'poll', unitId: survey.unitId });
const whyCannotAnswer = (survey: SurveyDoc, member: MemberDoc) =>
  whyNotEligible({ kind: 'poll', unitId: survey.unitId, unitName: survey.unitName }, member);

function stateOf(survey: SurveyDoc, now: number): SurveyState {
  if (survey.publishedAt === null) return 'draft';
  if (now < survey.opensAt) return 'upcoming';
  return now < survey.closesAt ? 'open' : 'closed';
}

function questionsOf(draft: Draft): SurveyQuestion[] {
  return draft.questions.map((q, i) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    return {
      questionId: `q${i + 1}`,
      kind: q.kind,
      title: q.title,
      required: q.required,
      options: choice ? q.options.map((text, j) => ({ optionId: `o${j + 1}`, text })) : [],
      minChoices: q.kind === 'multiple' ? q.minChoices : choice ? 1 : 0,
      maxChoices: q.kind === 'multiple' ? q.maxChoices : 1,
      scale: q.kind === 'rating' ? q.scale : 0,
    };
  });
}

async function loadSurvey(ctx: CallContext, surveyId: string): Promise<SurveyDoc> {
  const survey = await surveysRepository(ctx.store).surveys.get(surveyId);
  if (!survey) throw new AppError('NOT_FOUND', '没有找到这份问卷，可能已被删除，请返回刷新。');
  return survey;
}

function card(survey: SurveyDoc, now: number, responded: boolean): SurveyCard {
  return {
    surveyId: survey._id,
    title: survey.title,
    unitName: survey.unitName,
    anonymous: survey.anonymous,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    state: stateOf(survey, now),
    questionCount: survey.questions.length,
    responded,
  };
}

/** Members see results when the survey shows them, once they answered or it closed; admins always. */
function canSeeResults(survey: SurveyDoc, now: number, viewer: { admin: boolean; responded: boolean }): boolean {
  if (viewer.admin) return true;
  return survey.resultsVisible && (viewer.responded || stateOf(survey, now) === 'closed');
}

function detail(survey: SurveyDoc, now: number, viewer: { admin: boolean; responded: boolean }): SurveyDetail {
  return {
    ...card(survey, now, viewer.responded),
    description: survey.description,
    resultsVisible: survey.resultsVisible,
    questions: survey.questions,
    canSeeResults: canSeeResults(survey, now, viewer),
  };
}

/** A manager of the survey's unit reading it as a member (the router lets admins of the subtree in). */
const managesAsAdmin = (survey: SurveyDoc, member: MemberDoc) => !inSurveyAudience(survey, member);

export async function createSurvey(ctx: CallContext, unitId: string, draft: Draft) {
  const admin = requireMember(ctx);
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const survey: SurveyDoc = {
    _id: newId('survey'),
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    title: draft.title,
    description: draft.description,
    anonymous: draft.anonymous,
    resultsVisible: draft.resultsVisible,
    questions: questionsOf(draft),
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
    publishedAt: null,
    audienceCount: 0,
    createdBy: admin._id,
    createdAt: ctx.now,
  };
  await surveysRepository(ctx.store).surveys.insert(survey);
  await appendAudit(ctx, {
    action: 'survey.create',
    summary: `在${unit.name}起草了${survey.anonymous ? '匿名' : '实名'}问卷「${survey.title}」`,
    targetId: survey._id,
    targetName: survey.title,
    unitPath: survey.unitPath,
  });
  return { surveyId: survey._id };
}

export async function updateSurvey(ctx: CallContext, surveyId: string, draft: Draft) {
  const survey = await loadSurvey(ctx, surveyId);
  const state = stateOf(survey, ctx.now);
  if (state !== 'draft' && state !== 'upcoming')
    throw new AppError('CONFLICT', '问卷已经开始，不能再修改题目；如需调整请结束后重新发起。');
  const changes = {
    title: draft.title,
    description: draft.description,
    anonymous: draft.anonymous,
    resultsVisible: draft.resultsVisible,
    questions: questionsOf(draft),
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
  };
  // Only while nobody can have answered: a draft, or published but not yet open.
  const updated = await surveysRepository(ctx.store).surveys.updateWhere(
    { _id: survey._id, opensAt: survey.opensAt },
    { $set: changes },
  );
  if (updated === 0) throw new AppError('CONFLICT', '问卷刚被别人修改过，请返回刷新后再改。');
  await appendAudit(ctx, {
    action: 'survey.update',
    summary: `修改了问卷「${draft.title}」`,
    targetId: survey._id,
    targetName: draft.title,
    unitPath: survey.unitPath,
  });
  return detail({ ...survey, ...changes }, ctx.now, { admin: true, responded: false });
}

export async function publishSurvey(ctx: CallContext, surveyId: string) {
  const survey = await loadSurvey(ctx, surveyId);
  if (survey.publishedAt !== null) throw new AppError('CONFLICT', '这份问卷已经发布了。');
  if (survey.closesAt <= ctx.now) throw new AppError('CONFLICT', '结束时间已过，请先修改结束时间再发布。');
  const audienceCount = await ctx.store.collection('members').count(audienceOf(survey));
  if (audienceCount === 0)
    throw new AppError('VALIDATION_FAILED', `${survey.unitName}还没有可以填写问卷的党员，请换一个单位。`);
  const published = await surveysRepository(ctx.store).surveys.updateWhere(
    { _id: survey._id, publishedAt: null },
    { $set: { publishedAt: ctx.now, audienceCount } },
  );
  if (published === 0) throw new AppError('CONFLICT', '这份问卷已经发布了。');
  await appendAudit(ctx, {
    action: 'survey.publish',
    summary: `发布了问卷「${survey.title}」（${audienceCount} 人可填写）`,
    targetId: survey._id,
    targetName: survey.title,
    unitPath: survey.unitPath,
  });
  return detail({ ...survey, publishedAt: ctx.now, audienceCount }, ctx.now, { admin: true, responded: false });
}

export async function closeSurvey(ctx: CallContext, surveyId: string) {
  const survey = await loadSurvey(ctx, surveyId);
  if (stateOf(survey, ctx.now) !== 'open') throw new AppError('CONFLICT', '只有进行中的问卷可以结束。');
  // Conditional on still being open, so two admins closing at once record one close.
  const closed = await surveysRepository(ctx.store).surveys.updateWhere(
    { _id: survey._id, closesAt: { $gt: ctx.now } },
    { $set: { closesAt: ctx.now } },
  );
  if (closed === 0) throw new AppError('CONFLICT', '这份问卷已经结束了。');
  await appendAudit(ctx, {
    action: 'survey.close',
    summary: `提前结束了问卷「${survey.title}」`,
    targetId: survey._id,
    targetName: survey.title,
    unitPath: survey.unitPath,
  });
  return detail({ ...survey, closesAt: ctx.now }, ctx.now, { admin: true, responded: false });
}

export async function listMySurveys(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { surveys } = surveysRepository(ctx.store);
  const filter = { unitId: { $in: member.unitPath }, publishedAt: { $ne: null } };
  const [items, total] = await Promise.all([
    surveys.find(filter, { sort: [['closesAt', -1]], skip, limit }),
    surveys.count(filter),
  ]);
  const responded = await Promise.all(items.map((survey) => hasResponded(ctx, survey._id, member._id)));
  return { items: items.map((survey, i) => card(survey, ctx.now, responded[i] ?? false)), total };
}

export async function surveyDetail(ctx: CallContext, surveyId: string) {
  const member = requireMember(ctx);
  const survey = await loadSurvey(ctx, surveyId);
  const responded = await hasResponded(ctx, survey._id, member._id);
  return detail(survey, ctx.now, { admin: managesAsAdmin(survey, member), responded });
}

export async function submitResponse(ctx: CallContext, surveyId: string, answers: SurveyAnswer[]) {
  const member = requireMember(ctx);
  const survey = await loadSurvey(ctx, surveyId);
  // An admin who manages the unit from above reaches the survey but is not asked by it.
  if (!inSurveyAudience(survey, member)) throw new AppError('NOT_FOUND', '这份问卷不面向您所在的支部，无需填写。');
  const notAllowed = whyCannotAnswer(survey, member);
  if (notAllowed) throw new AppError('FORBIDDEN', notAllowed.replace('投票', '问卷'));
  const state = stateOf(survey, ctx.now);
  if (state === 'upcoming') throw new AppError('CONFLICT', '问卷还没有开始，请到开始时间后再来填写。');
  if (state === 'closed') throw new AppError('CONFLICT', '问卷已经结束，不能再提交了。');
  const checked = checkedAnswers(survey.questions, answers);
  const texts = checked.flatMap((answer) => (answer.text ? [answer.text] : []));
  if (texts.length && (await ctx.platform.contentSafety.checkText(texts.join('\n'), callerOpenid(ctx))) === 'risky')
    throw new AppError('CONTENT_REJECTED', '回答里有不适宜的内容，请修改后再提交。');
  const response: SurveyResponseDoc = {
    _id: newId('resp'),
    surveyId: survey._id,
    answers: checked,
    ...(survey.anonymous ? {} : { memberId: member._id, memberName: member.name, answeredAt: ctx.now }),
  };
  await submitOnce(ctx, member._id, response);
  return detail(survey, ctx.now, { admin: false, responded: true });
}

/** Every response, by random id (so an anonymous survey's order says nothing about who answered when). */
export async function allResponses(ctx: CallContext, survey: SurveyDoc): Promise<SurveyResponseDoc[]> {
  await storePendingResponses(ctx, survey._id);
  const { responses } = surveysRepository(ctx.store);
  const all = await findAll((skip) =>
    responses.find({ surveyId: survey._id }, { sort: [['_id', 1]], skip, limit: MAX_PAGE }),
  );
  return survey.anonymous ? all : all.sort((a, b) => (a.answeredAt ?? 0) - (b.answeredAt ?? 0));
}

function tally(survey: SurveyDoc, responses: SurveyResponseDoc[]) {
  return survey.questions.map((question) => {
    const answers = responses.flatMap((r) => r.answers.filter((a) => a.questionId === question.questionId));
    const keys =
      question.kind === 'rating'
        ? Array.from({ length: question.scale }, (_, i) => `o${i + 1}`)
        : question.options.map((o) => o.optionId);
    const counts = keys.map((optionId) => ({
      optionId,
      count: answers.filter((a) =>
        question.kind === 'rating' ? `o${a.rating}` === optionId : a.optionIds?.includes(optionId),
      ).length,
    }));
    const ratings = answers.flatMap((a) => (a.rating === undefined ? [] : [a.rating]));
    return {
      questionId: question.questionId,
      answered: answers.length,
      counts: question.kind === 'single' || question.kind === 'multiple' || question.kind === 'rating' ? counts : [],
      average: ratings.length ? Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 10) / 10 : null,
      texts: answers.flatMap((a) => (a.text ? [a.text] : [])),
    };
  });
}

async function results(ctx: CallContext, survey: SurveyDoc, viewer: { admin: boolean; responded: boolean }) {
  const responses = await allResponses(ctx, survey);
  return {
    survey: detail(survey, ctx.now, viewer),
    responses: responses.length,
    audience: survey.audienceCount,
    questions: tally(survey, responses),
  };
}

export async function memberResults(ctx: CallContext, surveyId: string) {
  const member = requireMember(ctx);
  const survey = await loadSurvey(ctx, surveyId);
  const viewer = { admin: managesAsAdmin(survey, member), responded: await hasResponded(ctx, survey._id, member._id) };
  if (!survey.resultsVisible) throw new AppError('FORBIDDEN', '这份问卷的结果只对组织者公开。');
  if (!canSeeResults(survey, ctx.now, viewer)) throw new AppError('CONFLICT', '提交问卷后或问卷结束后才能查看结果。');
  return results(ctx, survey, viewer);
}

export async function adminResults(ctx: CallContext, surveyId: string) {
  return results(ctx, await loadSurvey(ctx, surveyId), { admin: true, responded: false });
}

export async function listUnitSurveys(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { surveys, participations } = surveysRepository(ctx.store);
  const filter = { unitPath: unitId };
  const [items, total] = await Promise.all([
    surveys.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    surveys.count(filter),
  ]);
  const counts = await Promise.all(items.map((survey) => participations.count({ surveyId: survey._id })));
  return {
    items: items.map((survey, i) => {
      const { responded: _responded, ...row } = card(survey, ctx.now, false);
      return { ...row, responses: counts[i] ?? 0, audience: survey.audienceCount };
    }),
    total,
  };
}
