import type { DocStore } from '../../store/types';
import type { ClosureDoc, GuidanceDoc, HonourDoc, ItemDoc, SchemeDoc, ScoreDoc } from './assessment.types';

export function assessmentRepository(store: DocStore) {
  return {
    schemes: store.collection<SchemeDoc>('assessment_schemes'),
    items: store.collection<ItemDoc>('assessment_items'),
    closures: store.collection<ClosureDoc>('assessment_periods'),
    scores: store.collection<ScoreDoc>('assessment_scores'),
    honours: store.collection<HonourDoc>('honours'),
    guidance: store.collection<GuidanceDoc>('guidance_notes'),
  };
}

export const schemeId = (unitId: string, version: number) => `${unitId}_v${version}`;
export const closureId = (unitId: string, periodId: string) => `${unitId}_${periodId}`;
export const scoreId = (periodId: string, memberId: string) => `${periodId}_${memberId}`;
export const guidanceId = (periodId: string, memberId: string) => `g-${periodId}-${memberId}`;
