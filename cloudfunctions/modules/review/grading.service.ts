import type { z } from 'zod';
import type { GradeInput, TallyRow } from '../../../types/schemas/review';
import { REVIEW_GRADE_LABELS, REVIEW_GRADES, REVIEW_PHASE_LABELS } from '../../../types/review-labels';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { assertOutranks } from '../../kernel/scope';
import { assessmentScoreOf } from '../assessment/scores.service';
import { appendAudit } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import { upsert } from '../shared/upsert';
import { storePendingSheets } from './rating-box';
import { loadRound, ratingsUnsealed, roundCard, zeroCounts } from './round-facts';
import { memberDocId, reviewRepository } from './review.repository';
import type { GradeCounts, ReviewGradeDoc, ReviewRoundDoc } from './review.types';

/**
 * 组织评定: once 民主测评 has closed, the branch's admins see each member's self-assessment and the counts of
 * the anonymous grades they received, and record one grade per member with a short reason.
 */
async function ratingCounts(ctx: CallContext, roundId: string): Promise<Map<string, GradeCounts>> {
  await storePendingSheets(ctx, roundId);
  const { ratings } = reviewRepository(ctx.store);
  const all = await findAll((skip) => ratings.find({ roundId }, { sort: [['_id', 1]], skip, limit: 100 }));
  const counts = new Map<string, GradeCounts>();
  for (const rating of all) {
    const row = counts.get(rating.rateeId) ?? zeroCounts();
    row[rating.grade] += 1;
    counts.set(rating.rateeId, row);
  }
  return counts;
}

/** The member's 量化考核 score for the round's year, shown beside the ratings to inform the grade. */
async function scoreOf(ctx: CallContext, round: ReviewRoundDoc, memberId: string) {
  const score = await assessmentScoreOf(ctx, memberId, String(round.year));
  return score ? { total: score.total, maxTotal: score.maxTotal } : null;
}

function sealedUntilClosed(round: ReviewRoundDoc) {
  if (!ratingsUnsealed(round))
    throw new AppError(
      'CONFLICT',
      `现在是${REVIEW_PHASE_LABELS[round.phase]}阶段，民主测评结束后才能查看测评结果和进行组织评定。`,
    );
}

export async function tally(ctx: CallContext, roundId: string) {
  const round = await loadRound(ctx, roundId);
  sealedUntilClosed(round);
  const { selves, grades } = reviewRepository(ctx.store);
  const [counts, selfDocs, gradeDocs] = await Promise.all([
    ratingCounts(ctx, round._id),
    findAll((skip) => selves.find({ roundId }, { sort: [['_id', 1]], skip, limit: 100 })),
    findAll((skip) => grades.find({ roundId }, { sort: [['_id', 1]], skip, limit: 100 })),
  ]);
  const scores = await Promise.all(round.roster.map((entry) => scoreOf(ctx, round, entry.memberId)));
  const selfOf = new Map(selfDocs.map((doc) => [doc.memberId, doc.text]));
  const gradeOf = new Map(gradeDocs.map((doc) => [doc.memberId, doc]));
  const rows: Array<z.input<typeof TallyRow>> = round.roster.map((entry, i) => ({
    memberId: entry.memberId,
    name: entry.name,
    selfText: selfOf.get(entry.memberId) ?? null,
    ratings: counts.get(entry.memberId) ?? zeroCounts(),
    grade: gradeOf.get(entry.memberId)?.grade ?? null,
    reason: gradeOf.get(entry.memberId)?.reason ?? null,
    score: scores[i] ?? null,
  }));
  return { round: await roundCard(ctx, round), rows };
}

export async function recordGrade(ctx: CallContext, input: z.output<typeof GradeInput>) {
  const admin = requireMember(ctx);
  if (input.memberId === admin._id)
    throw new AppError('FORBIDDEN', '不能为自己评定等次，请由支部其他委员或上级党组织的管理员评定。');
  const round = await loadRound(ctx, input.roundId);
  sealedUntilClosed(round);
  if (round.phase !== 'grading') throw new AppError('CONFLICT', '评定结果已经公示，不能再修改。');
  const entry = round.roster.find((e) => e.memberId === input.memberId);
  if (!entry)
    throw new AppError('NOT_FOUND', '这位党员不在本次民主评议的名单中，请刷新后重试。', {
      memberId: '不在评议名单中',
    });
  // The role ceiling (ADR 0011): an equal or a superior in the branch is graded by someone above them.
  const graded = await membersRepository(ctx.store).memberById(entry.memberId);
  if (graded) assertOutranks(admin, graded);
  const { grades } = reviewRepository(ctx.store);
  const id = memberDocId(round._id, entry.memberId);
  const before = await grades.get(id);
  const doc: ReviewGradeDoc = {
    _id: id,
    roundId: round._id,
    unitId: round.unitId,
    memberId: entry.memberId,
    memberName: entry.name,
    grade: input.grade,
    reason: input.reason,
    gradedBy: admin._id,
    gradedAt: ctx.now,
  };
  const { _id: _docId, ...fields } = doc;
  // Two admins grading at once: one document either way, the later write standing.
  await upsert(grades, doc, { $set: fields });
  await appendAudit(ctx, {
    action: 'review.grade',
    summary: `评定${entry.name}为「${REVIEW_GRADE_LABELS[input.grade]}」：${input.reason}`,
    targetId: entry.memberId,
    targetName: entry.name,
    unitPath: round.unitPath,
    changes: [
      {
        field: '评议等次',
        before: before ? REVIEW_GRADE_LABELS[before.grade] : null,
        after: REVIEW_GRADE_LABELS[input.grade],
      },
    ],
  });
  const { ratings, selves } = reviewRepository(ctx.store);
  const [self, ...perGrade] = await Promise.all([
    selves.get(memberDocId(round._id, entry.memberId)),
    ...REVIEW_GRADES.map((grade) => ratings.count({ roundId: round._id, rateeId: entry.memberId, grade })),
  ]);
  return {
    memberId: entry.memberId,
    name: entry.name,
    selfText: self?.text ?? null,
    ratings: Object.fromEntries(REVIEW_GRADES.map((grade, i) => [grade, perGrade[i] ?? 0])) as GradeCounts,
    grade: doc.grade,
    reason: doc.reason,
    score: await scoreOf(ctx, round, entry.memberId),
  };
}
