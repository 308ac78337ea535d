import type { z } from 'zod';
import type { ReviewCurrentOutput } from '../../../types/schemas/review';
import type { ReviewGrade } from '../../../types/review-labels';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import type { MemberDoc } from '../members/members.types';
import { upsert } from '../shared/upsert';
import { handInSheet, hasRated } from './rating-box';
import { loadRound, outcomePublished } from './round-facts';
import { memberDocId, reviewRepository } from './review.repository';
import type { ReviewRoundDoc } from './review.types';

/**
 * The member's side of 民主评议: see the round of my branch, write my 自我评价, hand in my one anonymous
 * 民主测评 sheet, and read my grade once it is published.
 */
async function currentFor(
  ctx: CallContext,
  member: MemberDoc,
  round: ReviewRoundDoc,
): Promise<z.input<typeof ReviewCurrentOutput>> {
  const { selves, grades } = reviewRepository(ctx.store);
  const mine = round.roster.find((entry) => entry.memberId === member._id);
  const [self, rated, grade] = await Promise.all([
    mine ? selves.get(memberDocId(round._id, member._id)) : null,
    mine?.rates ? hasRated(ctx, round._id, member._id) : false,
    mine && outcomePublished(round) ? grades.get(memberDocId(round._id, member._id)) : null,
  ]);
  const rating = round.phase === 'rating' && mine?.rates === true && !rated;
  return {
    round: {
      roundId: round._id,
      unitId: round.unitId,
      unitName: round.unitName,
      year: round.year,
      phase: round.phase,
      deadlines: round.deadlines,
      openedAt: round.openedAt,
      underReview: mine !== undefined,
      mayRate: mine?.rates === true,
      selfText: self?.text ?? null,
      rated,
      ratees: rating
        ? round.roster
            .filter((entry) => entry.memberId !== member._id)
            .map((entry) => ({ memberId: entry.memberId, name: entry.name }))
        : [],
      myGrade: (grade?.grade as ReviewGrade | undefined) ?? null,
      outcome: outcomePublished(round) ? (round.outcome ?? null) : null,
    },
  };
}

export async function currentReview(ctx: CallContext) {
  const member = requireMember(ctx);
  const [round] = await reviewRepository(ctx.store).rounds.find(
    { unitId: { $in: member.unitPath } },
    { sort: [['year', -1]], limit: 1 },
  );
  return round ? currentFor(ctx, member, round) : { round: null };
}

/** The round a member acts in: their own branch's, where they are under review. */
function rosterEntry(round: ReviewRoundDoc, member: MemberDoc) {
  const entry = round.roster.find((e) => e.memberId === member._id);
  if (!entry)
    throw new AppError('FORBIDDEN', `您不在${round.unitName}本次民主评议的党员名单中；如有疑问请联系支部书记。`);
  return entry;
}

export async function submitSelf(ctx: CallContext, roundId: string, text: string) {
  const member = requireMember(ctx);
  const round = await loadRound(ctx, roundId);
  if (round.phase !== 'self') throw new AppError('CONFLICT', '自我评价阶段已经结束，不能再修改。');
  rosterEntry(round, member);
  if ((await ctx.platform.contentSafety.checkText(text, callerOpenid(ctx))) === 'risky')
    throw new AppError('VALIDATION_FAILED', '内容含有不适宜的词语，请修改后再提交。', { text: '请修改不适宜的词语' });
  const id = memberDocId(round._id, member._id);
  await upsert(
    reviewRepository(ctx.store).selves,
    { _id: id, roundId: round._id, memberId: member._id, text, updatedAt: ctx.now },
    { $set: { text, updatedAt: ctx.now } },
  );
  return currentFor(ctx, member, round);
}

export async function rate(ctx: CallContext, roundId: string, grades: Array<{ memberId: string; grade: ReviewGrade }>) {
  const member = requireMember(ctx);
  const round = await loadRound(ctx, roundId);
  if (round.phase !== 'rating')
    throw new AppError(
      'CONFLICT',
      round.phase === 'self' ? '民主测评还没有开始，请等支部通知。' : '民主测评已经结束，不能再提交测评票。',
    );
  if (!rosterEntry(round, member).rates)
    throw new AppError('FORBIDDEN', '预备党员没有表决权，不参加民主测评，只参加自我评价。');
  const expected = new Set(round.roster.filter((e) => e.memberId !== member._id).map((e) => e.memberId));
  const given = new Set(grades.map((g) => g.memberId));
  if (given.has(member._id))
    throw new AppError('VALIDATION_FAILED', '民主测评不能给自己打分，请只为其他党员选择等次。', {
      grades: '不能给自己打分',
    });
  if (given.size !== grades.length || given.size !== expected.size || [...given].some((id) => !expected.has(id)))
    throw new AppError('VALIDATION_FAILED', `请为名单上的每位党员各选择一个等次（共 ${expected.size} 人）。`, {
      grades: `请为 ${expected.size} 位党员各选一个等次`,
    });
  await handInSheet(ctx, round._id, member._id, grades);
  return currentFor(ctx, member, round);
}
