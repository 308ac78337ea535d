import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { findAll } from '../members/members.repository';
import { questionsById } from './attempts.service';
import { gradeAnswer } from './grading';
import { countsForRewards } from './hand-in-rules';
import { replaceBest } from './leaderboard.service';
import { quizRepository } from './quiz.repository';
import type { AttemptDoc } from './quiz.types';

/**
 * 题目有误: members report a question; the bank's admins correct it (the question keeps its history) and close
 * the report, optionally re-grading every submitted attempt that had it.
 */
export async function reportQuestion(ctx: CallContext, questionId: string, reason: string) {
  const member = requireMember(ctx);
  const question = (await questionsById(ctx, [questionId])).get(questionId);
  // Only questions the member has met in an attempt can be reported.
  const met = await quizRepository(ctx.store).attempts.count({ memberId: member._id, questionIds: questionId });
  if (!question || met === 0) throw new AppError('NOT_FOUND', '没有找到这道题。');
  try {
    await quizRepository(ctx.store).reports.insert({
      _id: `${questionId}_${member._id}`,
      questionId,
      bankPath: question.bankPath,
      memberId: member._id,
      reporterName: member.name,
      reason,
      status: 'open',
      createdAt: ctx.now,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    throw new AppError('CONFLICT', '您已经报告过这道题了，管理员会尽快处理。');
  }
  return { reported: true };
}

export async function listReports(ctx: CallContext, unitId: string, status: string, skip: number, limit: number) {
  const { reports } = quizRepository(ctx.store);
  const filter = { bankPath: unitId, status };
  const [page, total] = await Promise.all([
    reports.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    reports.count(filter),
  ]);
  const questions = await questionsById(
    ctx,
    page.map((r) => r.questionId),
  );
  return {
    items: page.map((report) => ({
      reportId: report._id,
      questionId: report.questionId,
      stem: questions.get(report.questionId)?.stem ?? '（题目已删除）',
      reason: report.reason,
      reporterName: report.reporterName,
      status: report.status,
      createdAt: report.createdAt,
    })),
    total,
  };
}

export async function resolveReport(ctx: CallContext, reportId: string, action: 'fixed' | 'dismiss', regrade: boolean) {
  const admin = requireMember(ctx);
  const { reports } = quizRepository(ctx.store);
  const report = await reports.get(reportId);
  if (!report) throw new AppError('NOT_FOUND', '没有找到这条报告。');
  const status = action === 'fixed' ? 'resolved' : 'dismissed';
  // Every open report on the same question closes with it.
  await reports.updateWhere(
    { questionId: report.questionId, status: 'open' },
    { $set: { status, resolvedBy: admin._id } },
    { multi: true },
  );
  const regraded = action === 'fixed' && regrade ? await regradeQuestion(ctx, report.questionId) : 0;
  await appendAudit(ctx, {
    action: action === 'fixed' ? 'question.fixed' : 'question.reportDismissed',
    summary: action === 'fixed' ? `更正了被报告的题目，重新评分 ${regraded} 份答卷` : '驳回了题目有误的报告',
    targetId: report.questionId,
    unitPath: report.bankPath,
  });
  return { regraded };
}

/** Grades one question again in every submitted attempt that had it, with the answers given then. */
async function regradeQuestion(ctx: CallContext, questionId: string): Promise<number> {
  const { attempts, quizzes } = quizRepository(ctx.store);
  const question = (await questionsById(ctx, [questionId])).get(questionId);
  if (!question) return 0;
  const affected = await findAll((skip) =>
    attempts.find({ questionIds: questionId, status: 'submitted' }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  let count = 0;
  for (const attempt of affected) {
    if (attempt.mode === 'challenge') continue;
    const before = attempt.results?.[questionId];
    const after = gradeAnswer(question, before?.given ?? null, attempt.optionOrders[questionId], attempt.partialCredit);
    if (before && before.score === after.score && before.correct === after.correct) continue;
    const results = { ...attempt.results, [questionId]: after };
    const score = Math.round(Object.values(results).reduce((sum, r) => sum + r.score, 0) * 100) / 100;
    const percent = attempt.maxScore ? Math.round((score / attempt.maxScore) * 100) : 0;
    const quiz = attempt.quizId ? await quizzes.get(attempt.quizId) : null;
    const update: Partial<AttemptDoc> = { results, score, percent, passed: quiz ? percent >= quiz.passPercent : null };
    await attempts.updateWhere({ _id: attempt._id }, { $set: update });
    if (attempt.quizId && countsForRewards(attempt)) await resetBest(ctx, attempt.quizId, attempt.memberId);
    count += 1;
  }
  return count;
}

/** A re-grade can lower a score too: the board takes the member's best again from their attempts. */
async function resetBest(ctx: CallContext, quizId: string, memberId: string): Promise<void> {
  const { attempts } = quizRepository(ctx.store);
  const own = await attempts.find({ quizId, memberId, status: 'submitted' }, { limit: 20 });
  const counted = own.filter(countsForRewards);
  const best = counted.sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0) || (a.seconds ?? 0) - (b.seconds ?? 0))[0];
  if (best) await replaceBest(ctx, quizId, memberId, best.percent ?? 0, best.seconds ?? 0);
}
