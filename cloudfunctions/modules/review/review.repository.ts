import type { DocStore } from '../../store/types';
import type {
  BranchRatingDoc,
  RaterMarkDoc,
  ReviewGradeDoc,
  ReviewRatingDoc,
  ReviewRoundDoc,
  ReviewSelfDoc,
} from './review.types';

export function reviewRepository(store: DocStore) {
  return {
    rounds: store.collection<ReviewRoundDoc>('review_rounds'),
    selves: store.collection<ReviewSelfDoc>('review_self'),
    marks: store.collection<RaterMarkDoc>('review_rater_marks'),
    ratings: store.collection<ReviewRatingDoc>('review_ratings'),
    grades: store.collection<ReviewGradeDoc>('review_grades'),
    branchRatings: store.collection<BranchRatingDoc>('branch_ratings'),
  };
}

export const roundIdOf = (unitId: string, year: number) => `${unitId}_${year}`;
export const memberDocId = (roundId: string, memberId: string) => `${roundId}_${memberId}`;
