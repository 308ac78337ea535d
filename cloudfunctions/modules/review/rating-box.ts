import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import type { PersonalDataCipher } from '../../security/personal-data';
import { DuplicateKeyError } from '../../store/types';
import { newId } from '../audit/audit';
import { reviewRepository } from './review.repository';
import type { RaterMarkDoc, ReviewRatingDoc } from './review.types';
import type { ReviewGrade } from '../../../types/review-labels';

/**
 * The 民主测评 box: one sheet per rater, anonymous in storage (ADR 0018). Handing in writes the rater's mark
 * first, whose id (a keyed hash of round and rater) decides the one sheet on every store and host; then each
 * grade on its own under a random id. A whole sheet is never stored, since the one member it leaves out (its
 * writer) would name it. Between the two writes the mark carries the grades encrypted, so a crash loses
 * nothing: the next read of the tally stores them and empties the mark.
 */
export function raterMarkId(pii: PersonalDataCipher, roundId: string, memberId: string): string {
  return `${roundId}_${pii.mac('review-rater', `${roundId}\0${memberId}`)}`;
}

async function storePendingSheet(ctx: CallContext, mark: RaterMarkDoc): Promise<void> {
  if (!mark.pending) return;
  const { ratings, marks } = reviewRepository(ctx.store);
  const sheet = JSON.parse(ctx.pii.decrypt(mark.pending)) as ReviewRatingDoc[];
  for (const rating of sheet) {
    try {
      await ratings.insert(rating);
    } catch (error) {
      // Another call stored this very grade (same id) first.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  await marks.updateWhere({ _id: mark._id }, { $unset: { pending: true } });
}

/** Stores the sheets a crash left inside marks, so a tally never misses one. */
export async function storePendingSheets(ctx: CallContext, roundId: string): Promise<void> {
  const { marks } = reviewRepository(ctx.store);
  for (;;) {
    const pending = await marks.find({ roundId, pending: { $exists: true } }, { limit: 100 });
    if (!pending.length) return;
    for (const mark of pending) await storePendingSheet(ctx, mark);
  }
}

/** Hands in a rater's one sheet; a second one is refused and changes nothing. */
export async function handInSheet(
  ctx: CallContext,
  roundId: string,
  raterId: string,
  grades: Array<{ memberId: string; grade: ReviewGrade }>,
): Promise<void> {
  const sheet: ReviewRatingDoc[] = grades.map(({ memberId, grade }) => ({
    _id: newId('rr'),
    roundId,
    rateeId: memberId,
    grade,
  }));
  let mark: RaterMarkDoc;
  try {
    mark = await reviewRepository(ctx.store).marks.insert({
      _id: raterMarkId(ctx.pii, roundId, raterId),
      roundId,
      pending: ctx.pii.encrypt(JSON.stringify(sheet)),
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    throw new AppError('CONFLICT', '您已经提交过测评票了，每人只能提交一次，提交后不能更改。');
  }
  await storePendingSheet(ctx, mark);
}

export async function hasRated(ctx: CallContext, roundId: string, memberId: string): Promise<boolean> {
  return (await reviewRepository(ctx.store).marks.get(raterMarkId(ctx.pii, roundId, memberId))) !== null;
}
