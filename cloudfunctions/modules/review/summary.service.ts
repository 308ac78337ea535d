import type { CallContext } from '../../kernel/context';
import { outcomePublished, zeroCounts } from './round-facts';
import { reviewRepository } from './review.repository';
import { REVIEW_GRADES } from '../../../types/review-labels';

/** The report upward: counts per grade per branch of a subtree, each sealed until its branch publishes. */
export async function reviewSummary(ctx: CallContext, unitId: string, year: number) {
  const rounds = await reviewRepository(ctx.store).rounds.find(
    { unitPath: unitId, year },
    { sort: [['unitName', 1]], limit: 100 },
  );
  const total = zeroCounts();
  const branches = rounds.map((round) => {
    const outcome = outcomePublished(round) ? (round.outcome ?? zeroCounts()) : null;
    if (outcome) for (const grade of REVIEW_GRADES) total[grade] += outcome[grade];
    return {
      roundId: round._id,
      unitId: round.unitId,
      unitName: round.unitName,
      phase: round.phase,
      underReview: round.roster.length,
      outcome,
    };
  });
  return { year, branches, total };
}
