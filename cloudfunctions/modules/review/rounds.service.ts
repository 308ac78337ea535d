import type { z } from 'zod';
import type { ReviewRoundOpenInput } from '../../../types/schemas/review';
import { REVIEW_PHASE_LABELS } from '../../../types/review-labels';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { announceOutcome } from './announce';
import { countGrades, loadRound, nextPhase, roundCard } from './round-facts';
import { reviewRepository, roundIdOf } from './review.repository';
import type { ReviewRoundDoc } from './review.types';

/**
 * A branch's 民主评议 round in the console: opened once a year with the planned end of each phase, moved on
 * phase by phase by the branch's admins, and published (公示) once every member has a grade.
 */
const STAGES_UNDER_REVIEW = ['probationary', 'full'];
const STATUSES_UNDER_REVIEW = ['normal', 'mobile'];
/**
 * With two raters each member's counts are the other rater's grade, so the tally would name every sheet's
 * writer; from three on, a member's counts come from at least two sheets. A branch has three full members.
 */
const MIN_RATERS = 3;

async function rosterOf(ctx: CallContext, unitId: string): Promise<ReviewRoundDoc['roster']> {
  const members = await findAll((skip) =>
    ctx.store
      .collection<MemberDoc>('members')
      .find(
        { unitPath: unitId, stage: { $in: STAGES_UNDER_REVIEW }, status: { $in: STATUSES_UNDER_REVIEW } },
        { sort: [['nameKey', 1]], skip, limit: 100 },
      ),
  );
  return members.map((m) => ({ memberId: m._id, name: m.name, rates: m.stage === 'full' }));
}

export async function openRound(ctx: CallContext, input: z.output<typeof ReviewRoundOpenInput>) {
  const admin = requireMember(ctx);
  const unit = await membersRepository(ctx.store).unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销，请返回刷新。');
  if (unit.kind !== 'branch')
    throw new AppError('VALIDATION_FAILED', '民主评议党员以党支部为单位开展，请选择一个党支部。', {
      unitId: '请选择一个党支部',
    });
  if (input.deadlines.self <= ctx.now)
    throw new AppError('VALIDATION_FAILED', '自我评价的截止时间已经过去，请选择以后的时间。', {
      'deadlines.self': '请选择以后的时间',
    });
  const { rounds } = reviewRepository(ctx.store);
  const roundId = roundIdOf(unit._id, input.year);
  const taken = () => new AppError('CONFLICT', `${unit.name}${input.year}年度的民主评议已经开启，请在列表中继续。`);
  if (await rounds.get(roundId)) throw taken();
  const roster = await rosterOf(ctx, unit._id);
  if (roster.filter((entry) => entry.rates).length < MIN_RATERS)
    throw new AppError(
      'VALIDATION_FAILED',
      `${unit.name}的正式党员不足 ${MIN_RATERS} 人，测评结果会暴露谁评了什么等次，无法开展民主测评；请联系上级党组织。`,
      { unitId: `正式党员不足 ${MIN_RATERS} 人` },
    );
  const round: ReviewRoundDoc = {
    _id: roundId,
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    year: input.year,
    phase: 'self',
    deadlines: input.deadlines,
    roster,
    openedBy: admin._id,
    openedAt: ctx.now,
  };
  try {
    await rounds.insert(round);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    throw taken();
  }
  await appendAudit(ctx, {
    action: 'review.open',
    summary: `开启了${unit.name}${input.year}年度民主评议党员，${roster.length} 人参加评议`,
    targetId: round._id,
    targetName: `${input.year}年度民主评议`,
    unitPath: round.unitPath,
  });
  return roundCard(ctx, round);
}

/** Moves a round one phase on; whoever moved it first wins, a second click changes nothing. */
async function moveOn(ctx: CallContext, round: ReviewRoundDoc, set: Partial<ReviewRoundDoc>) {
  const to = nextPhase(round.phase)!;
  const moved = await reviewRepository(ctx.store).rounds.updateWhere(
    { _id: round._id, phase: round.phase },
    { $set: { ...set, phase: to } },
  );
  if (!moved) throw new AppError('CONFLICT', '评议阶段已被其他管理员推进，请刷新后查看。');
  await appendAudit(ctx, {
    action: to === 'publicity' ? 'review.publish' : 'review.advance',
    summary: `${round.unitName}${round.year}年度民主评议：${REVIEW_PHASE_LABELS[round.phase]}结束，进入${REVIEW_PHASE_LABELS[to]}`,
    targetId: round._id,
    targetName: `${round.year}年度民主评议`,
    unitPath: round.unitPath,
  });
  return { ...round, ...set, phase: to };
}

export async function advanceRound(ctx: CallContext, roundId: string) {
  const round = await loadRound(ctx, roundId);
  if (round.phase === 'grading') throw new AppError('CONFLICT', '组织评定完成后请点“发布公示”，公示后才进入下一阶段。');
  if (round.phase === 'done') throw new AppError('CONFLICT', '这次民主评议已经完成，不能再推进。');
  return roundCard(ctx, await moveOn(ctx, round, {}));
}

export async function publishRound(ctx: CallContext, roundId: string) {
  const round = await loadRound(ctx, roundId);
  if (round.phase !== 'grading')
    throw new AppError('CONFLICT', `现在是${REVIEW_PHASE_LABELS[round.phase]}阶段，组织评定阶段才能发布公示。`);
  const grades = await findAll((skip) =>
    reviewRepository(ctx.store).grades.find({ roundId }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  const graded = new Set(grades.map((g) => g.memberId));
  const missing = round.roster.filter((entry) => !graded.has(entry.memberId));
  if (missing.length)
    throw new AppError(
      'CONFLICT',
      `还有 ${missing.length} 人未评定（${missing
        .slice(0, 3)
        .map((m) => m.name)
        .join('、')}${missing.length > 3 ? '等' : ''}），请全部评定后再发布。`,
    );
  const outcome = countGrades(
    grades.filter((g) => round.roster.some((r) => r.memberId === g.memberId)).map((g) => g.grade),
  );
  const published = await moveOn(ctx, round, { outcome, publishedAt: ctx.now });
  await announceOutcome(ctx, published, grades);
  return roundCard(ctx, published);
}

export async function listRounds(ctx: CallContext, unitId: string) {
  const rounds = await reviewRepository(ctx.store).rounds.find(
    { unitPath: unitId },
    {
      sort: [
        ['year', -1],
        ['unitName', 1],
      ],
      limit: 100,
    },
  );
  return { items: await Promise.all(rounds.map((round) => roundCard(ctx, round))) };
}
