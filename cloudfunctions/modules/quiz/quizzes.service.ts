import type { z } from 'zod';
import type { QuizSaveInput } from '../../../types/schemas/quiz';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import { chinaDay } from '../shared/china-time';
import { questionsById } from './attempts.service';
import { inQuizAudience } from './audience';
import { shownAnswer } from './grading';
import { CHALLENGE_BOARD } from './leaderboard.service';
import { quizRepository } from './quiz.repository';
import type { QuizDoc } from './quiz.types';
import { sealQuestions } from './question-seal';
import { reviewDueBefore } from './wrong-book';
import { openSealedOutcomes } from './sealed-outcomes';

/** Composing exams and competitions, the console's list, the member's quiz home and wrong-answer book. */
export async function saveQuiz(ctx: CallContext, input: z.output<typeof QuizSaveInput>): Promise<string> {
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const unitPath = [...unit.path, unit._id];
  for (const audienceId of input.audienceUnitIds) {
    const audience = await repo.unitById(audienceId);
    if (!audience || ![...audience.path, audience._id].includes(unit._id))
      throw new AppError('VALIDATION_FAILED', '参赛单位要在本单位范围内。', { audienceUnitIds: '请重新选择参赛单位' });
  }
  const fixed = await questionsById(ctx, input.fixedQuestionIds);
  if (input.fixedQuestionIds.some((id) => !fixed.get(id) || !unitPath.includes(fixed.get(id)!.bankUnitId)))
    throw new AppError('VALIDATION_FAILED', '有的题目不存在，或不在本单位及上级的题库中。', {
      fixedQuestionIds: '请重新选择题目',
    });
  const { quizzes } = quizRepository(ctx.store);
  const existing = input.quizId ? await quizzes.get(input.quizId) : null;
  if (input.quizId && !existing) throw new AppError('NOT_FOUND', '没有找到这场考试。');
  const { quizId: _id, unitId: _unit, ...fields } = input;
  // A competition's participation base: each audience unit's members when it is published.
  const audienceCounts =
    input.kind === 'competition'
      ? Object.fromEntries(
          await Promise.all(
            (input.audienceUnitIds.length ? input.audienceUnitIds : [unit._id]).map(
              async (id) => [id, await repo.members.count({ unitPath: id, status: 'normal' })] as const,
            ),
          ),
        )
      : undefined;
  const doc: QuizDoc = {
    _id: existing?._id ?? newId('quiz'),
    ...fields,
    ...(audienceCounts ? { audienceCounts } : {}),
    unitId: unit._id,
    unitPath,
    createdBy: existing?.createdBy ?? admin._id,
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  if (existing) {
    const { _id: id, ...rest } = doc;
    await quizzes.updateWhere({ _id: id }, { $set: rest });
  } else await quizzes.insert(doc);
  await sealQuestions(ctx, doc, doc.fixedQuestionIds);
  await appendAudit(ctx, {
    action: existing ? 'quiz.edit' : 'quiz.create',
    summary: `${existing ? '修改' : '发布'}了${doc.kind === 'competition' ? '知识竞赛' : '专题考试'}「${doc.title}」`,
    targetId: doc._id,
    targetName: doc.title,
    unitPath,
  });
  return doc._id;
}

function questionCount(quiz: QuizDoc): number {
  return quiz.fixedQuestionIds.length + quiz.draws.reduce((sum, draw) => sum + draw.count, 0);
}

export async function listQuizzes(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { quizzes, attempts } = quizRepository(ctx.store);
  const [page, total] = await Promise.all([
    quizzes.find({ unitPath: unitId }, { sort: [['opensAt', -1]], skip, limit }),
    quizzes.count({ unitPath: unitId }),
  ]);
  return {
    items: await Promise.all(
      page.map(async (quiz) => ({
        quizId: quiz._id,
        kind: quiz.kind,
        title: quiz.title,
        opensAt: quiz.opensAt,
        closesAt: quiz.closesAt,
        questionCount: questionCount(quiz),
        submitted: await attempts.count({ quizId: quiz._id, status: 'submitted' }),
      })),
    ),
    total,
  };
}

export async function quizHome(ctx: CallContext) {
  const member = requireMember(ctx);
  await openSealedOutcomes(ctx, member._id);
  const { attempts, quizzes, scores, wrongBook } = quizRepository(ctx.store);
  const [daily, reviewDue, wrongBookSize, best, open] = await Promise.all([
    attempts.get(`daily_${member._id}_${chinaDay(ctx.now)}`),
    wrongBook.count({ memberId: member._id, due: { $lt: reviewDueBefore(ctx.now) } }),
    wrongBook.count({ memberId: member._id }),
    scores.get(`${CHALLENGE_BOARD}_${member._id}`),
    quizzes.find(
      { unitPath: { $in: member.unitPath }, closesAt: { $gte: ctx.now - 7 * 86_400_000 } },
      { sort: [['closesAt', 1]], limit: 50 },
    ),
  ]);
  // Competitions addressed to a unit below the organiser: the audience decides, not the organiser's path alone.
  const mine = open.filter((quiz) => inQuizAudience(quiz, member));
  const [names, attemptsOfMine] = await Promise.all([
    membersRepository(ctx.store).unitNames(mine.map((quiz) => quiz.unitId)),
    // Attempt limits are at most 10 per quiz, so 50 quizzes' attempts fit in a few pages.
    mine.length
      ? findAll((skip) =>
          attempts.find(
            { memberId: member._id, quizId: { $in: mine.map((quiz) => quiz._id) } },
            { sort: [['_id', 1]], skip, limit: 100 },
          ),
        )
      : Promise.resolve([]),
  ]);
  const summaries = mine.map((quiz) => {
    const own = attemptsOfMine.filter((a) => a.quizId === quiz._id);
    const submitted = own.filter((a) => a.status === 'submitted');
    return {
      quizId: quiz._id,
      kind: quiz.kind,
      title: quiz.title,
      unitName: names.get(quiz.unitId) ?? '',
      opensAt: quiz.opensAt,
      closesAt: quiz.closesAt,
      timeLimitMinutes: quiz.timeLimitMinutes,
      attemptLimit: quiz.attemptLimit,
      questionCount: questionCount(quiz),
      passPercent: quiz.passPercent,
      attemptsUsed: own.length,
      bestPercent: submitted.length ? Math.max(...submitted.map((a) => a.percent ?? 0)) : null,
      openAttemptId: own.find((a) => a.status === 'open')?._id ?? null,
    };
  });
  return {
    daily: { done: daily?.status === 'submitted', attemptId: daily?._id ?? null, percent: daily?.percent ?? null },
    reviewDue,
    wrongBookSize,
    challengeBest: best?.score ?? 0,
    quizzes: summaries,
  };
}

export async function wrongBookPage(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  await openSealedOutcomes(ctx, member._id);
  const { wrongBook } = quizRepository(ctx.store);
  const [cards, total] = await Promise.all([
    wrongBook.find({ memberId: member._id }, { sort: [['due', 1]], skip, limit }),
    wrongBook.count({ memberId: member._id }),
  ]);
  const questions = await questionsById(
    ctx,
    cards.map((card) => card.questionId),
  );
  return {
    items: cards.flatMap((card) => {
      const question = questions.get(card.questionId);
      if (!question) return [];
      return [
        {
          questionId: question._id,
          type: question.type,
          stem: question.stem,
          options: question.options,
          answer: shownAnswer(question, undefined),
          explanation: question.explanation,
          due: card.due,
          lapses: card.lapses,
        },
      ];
    }),
    total,
    dueBefore: reviewDueBefore(ctx.now),
  };
}
