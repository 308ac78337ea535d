import type { z } from 'zod';
import type { AdminRoundCard } from '../../../types/schemas/review';
import { REVIEW_GRADES, type ReviewGrade, type ReviewPhase } from '../../../types/review-labels';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { reviewRepository } from './review.repository';
import type { GradeCounts, ReviewRoundDoc } from './review.types';

/** Facts about a round that several routes share: loading it, its phase order, its progress counts. */
const ORDER: ReviewPhase[] = ['self', 'rating', 'grading', 'publicity', 'done'];
export const phaseIndex = (phase: ReviewPhase) => ORDER.indexOf(phase);
export const nextPhase = (phase: ReviewPhase): ReviewPhase | null => ORDER[phaseIndex(phase) + 1] ?? null;

/** 民主测评 counts and the outcome stay sealed until their phase has passed. */
export const ratingsUnsealed = (round: ReviewRoundDoc) => phaseIndex(round.phase) >= phaseIndex('grading');
export const outcomePublished = (round: ReviewRoundDoc) => phaseIndex(round.phase) >= phaseIndex('publicity');

export const zeroCounts = (): GradeCounts => Object.fromEntries(REVIEW_GRADES.map((g) => [g, 0])) as GradeCounts;

export function countGrades(grades: Iterable<ReviewGrade>): GradeCounts {
  const counts = zeroCounts();
  for (const grade of grades) counts[grade] += 1;
  return counts;
}

export async function loadRound(ctx: CallContext, roundId: string): Promise<ReviewRoundDoc> {
  const round = await reviewRepository(ctx.store).rounds.get(roundId);
  if (!round) throw new AppError('NOT_FOUND', '没有找到这次民主评议，可能已被删除，请返回刷新。');
  return round;
}

export async function roundCard(ctx: CallContext, round: ReviewRoundDoc): Promise<z.input<typeof AdminRoundCard>> {
  const { selves, marks, grades } = reviewRepository(ctx.store);
  const [selfSubmitted, sheets, graded] = await Promise.all([
    selves.count({ roundId: round._id }),
    marks.count({ roundId: round._id }),
    grades.count({ roundId: round._id }),
  ]);
  return {
    roundId: round._id,
    unitId: round.unitId,
    unitName: round.unitName,
    year: round.year,
    phase: round.phase,
    deadlines: round.deadlines,
    openedAt: round.openedAt,
    underReview: round.roster.length,
    raters: round.roster.filter((entry) => entry.rates).length,
    selfSubmitted,
    sheets,
    graded,
    outcome: outcomePublished(round) ? (round.outcome ?? zeroCounts()) : null,
  };
}
