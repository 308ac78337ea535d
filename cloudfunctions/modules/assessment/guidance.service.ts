import type { z } from 'zod';
import { GRADE_LABELS } from '../../../types/assessment-labels';
import type { GuidanceNote } from '../../../types/schemas/assessment';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { notify } from '../notices/notify';
import { inQuizAudience } from '../quiz/audience';
import { quizRepository } from '../quiz/quiz.repository';
import { visibleTo } from '../study/content-access';
import { studyRepository } from '../study/study.repository';
import { assessmentRepository, guidanceId } from './assessment.repository';
import type { GuidanceDoc } from './assessment.types';
import { periodOf } from './periods';
import { assessmentScoreOf } from './scores.service';

/**
 * A guidance note (指导建议) for a member graded low or with weak indicators: the indicators under 60% of their
 * cap, study items on the topics of their wrong answers (else on the weak indicators) and open exams they have
 * not passed, each with the reason. The secretary reviews the wording; only sending notifies the member.
 */
type Suggestion = z.output<typeof GuidanceNote>['suggestions'][number];

const view = (doc: GuidanceDoc): z.output<typeof GuidanceNote> => {
  const { _id, unitPath: _path, draftedBy: _by, sentBy: _sent, updatedAt: _at, ...note } = doc;
  return { guidanceId: _id, ...note };
};

async function wrongAnswerTags(ctx: CallContext, memberId: string): Promise<string[]> {
  const { wrongBook, questions } = quizRepository(ctx.store);
  const cards = await wrongBook.find({ memberId }, { sort: [['updatedAt', -1]], limit: 50 });
  if (cards.length === 0) return [];
  const asked = await questions.find({ _id: { $in: cards.map((c) => c.questionId) } }, { limit: 50 });
  const counts = new Map<string, number>();
  for (const tag of asked.flatMap((q) => q.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
}

async function studySuggestions(ctx: CallContext, member: MemberDoc, tags: string[], weakLabel: string | null) {
  const { contents, progress } = studyRepository(ctx.store);
  const done = new Set(
    (await progress.find({ memberId: member._id, completedAt: { $exists: true } }, { limit: 100 })).map(
      (p) => p.contentId,
    ),
  );
  const suggestions: Suggestion[] = [];
  for (const tag of tags.slice(0, 3)) {
    const found = await contents.find(
      { ...visibleTo(member, ctx.now), tags: tag },
      { sort: [['publishAt', -1]], limit: 5 },
    );
    const item = found.find((c) => !done.has(c._id) && !suggestions.some((s) => s.id === c._id));
    if (item)
      suggestions.push({
        kind: 'content',
        id: item._id,
        title: item.title,
        reason: `错题集中在「${tag}」，建议先学习这篇`,
      });
  }
  if (suggestions.length === 0 && weakLabel) {
    const found = await contents.find(
      { ...visibleTo(member, ctx.now), kind: { $ne: 'topic' } },
      { sort: [['publishAt', -1]], limit: 20 },
    );
    for (const item of found.filter((c) => !done.has(c._id)).slice(0, 2))
      suggestions.push({
        kind: 'content',
        id: item._id,
        title: item.title,
        reason: `「${weakLabel}」得分偏低，建议补学`,
      });
  }
  return suggestions;
}

async function quizSuggestions(ctx: CallContext, member: MemberDoc): Promise<Suggestion[]> {
  const { quizzes, attempts } = quizRepository(ctx.store);
  const open = (
    await quizzes.find({ kind: 'exam', opensAt: { $lte: ctx.now }, closesAt: { $gt: ctx.now } }, { limit: 50 })
  ).filter((quiz) => inQuizAudience(quiz, member));
  const suggestions: Suggestion[] = [];
  for (const quiz of open) {
    const passed = await attempts.count({ memberId: member._id, quizId: quiz._id, passed: true });
    if (passed === 0)
      suggestions.push({ kind: 'quiz', id: quiz._id, title: quiz.title, reason: '尚未通过这场考试，建议学习后参加' });
    if (suggestions.length === 2) break;
  }
  return suggestions;
}

export async function draftGuidance(ctx: CallContext, memberId: string, periodId: string) {
  const admin = requireMember(ctx);
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，请返回刷新。');
  const score = await assessmentScoreOf(ctx, memberId, periodId);
  if (!score) throw new AppError('NOT_FOUND', '还没有适用的考核方案，请先请党委管理员制定考核方案。');
  const weak = score.indicators
    .filter((i) => i.points < i.cap * 0.6)
    .sort((a, b) => a.points / a.cap - b.points / b.cap)
    .slice(0, 3)
    .map(({ label, points, cap }) => ({ label, points, cap }));
  if (weak.length === 0 && score.grade !== 'weak')
    throw new AppError('CONFLICT', '这位党员各项指标都不低，不需要生成指导建议。');
  const period = periodOf(periodId);
  const suggestions = [
    ...(await studySuggestions(ctx, member, await wrongAnswerTags(ctx, memberId), weak[0]?.label ?? null)),
    ...(await quizSuggestions(ctx, member)),
  ];
  const message =
    `${member.name}同志：${period.label}您的考核得分 ${score.total} 分（${GRADE_LABELS[score.grade]}）` +
    (weak.length ? `，其中${weak.map((w) => `「${w.label}」`).join('')}得分偏低。` : '。') +
    (suggestions.length ? `建议近期完成：${suggestions.map((s) => `《${s.title}》`).join('、')}。` : '') +
    '如有困难，请随时与支部联系。';
  const { guidance } = assessmentRepository(ctx.store);
  const id = guidanceId(periodId, memberId);
  const existing = await guidance.get(id);
  if (existing?.status === 'sent') throw new AppError('CONFLICT', '这一周期的指导建议已经发送，不能重新生成。');
  const doc: GuidanceDoc = {
    _id: id,
    memberId,
    memberName: member.name,
    unitPath: [...member.unitPath],
    periodId,
    periodLabel: period.label,
    grade: score.grade,
    weak,
    suggestions,
    message,
    status: 'draft',
    sentAt: null,
    draftedBy: admin._id,
    sentBy: null,
    updatedAt: ctx.now,
  };
  if (existing) {
    const { _id, ...fields } = doc;
    if ((await guidance.updateWhere({ _id, status: 'draft' }, { $set: fields })) === 0)
      throw new AppError('CONFLICT', '这一周期的指导建议已经发送，不能重新生成。');
  } else await guidance.insert(doc);
  await appendAudit(ctx, {
    action: 'guidance.draft',
    summary: `为 ${member.name} 生成了${period.label}的指导建议草稿`,
    targetId: id,
    targetName: member.name,
    unitPath: doc.unitPath,
  });
  return view(doc);
}

/** Sends once: the conditional update lets only one of two senders notify the member. */
export async function sendGuidance(ctx: CallContext, id: string, message: string) {
  const admin = requireMember(ctx);
  const { guidance } = assessmentRepository(ctx.store);
  const doc = await guidance.get(id);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份指导建议，请返回刷新。');
  const changed = await guidance.updateWhere(
    { _id: id, status: 'draft' },
    { $set: { status: 'sent', message, sentAt: ctx.now, sentBy: admin._id, updatedAt: ctx.now } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '这份指导建议已经发送过了。');
  await appendAudit(ctx, {
    action: 'guidance.send',
    summary: `向 ${doc.memberName} 发送了${doc.periodLabel}的指导建议`,
    targetId: id,
    targetName: doc.memberName,
    unitPath: doc.unitPath,
  });
  const member = await membersRepository(ctx.store).memberById(doc.memberId);
  if (member) await notify(ctx, member, '支部给您发来指导建议', message.slice(0, 200), 'notice_reminder');
  return view({ ...doc, status: 'sent', message, sentAt: ctx.now });
}

export async function myGuidance(ctx: CallContext) {
  const member = requireMember(ctx);
  const found = await assessmentRepository(ctx.store).guidance.find(
    { memberId: member._id, status: 'sent' },
    { sort: [['sentAt', -1]], limit: 20 },
  );
  return {
    items: found.map((doc) => {
      const { memberName: _name, ...note } = view(doc);
      return note;
    }),
  };
}
