import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * For the authorisation matrix: a finished 民主评议 round (2026) of the east branch, reviewing its member
 * `m-x-east`, and one of the other committee's branch.
 */
export async function addReviewFixtures(store: DocStore, now: number): Promise<void> {
  for (const [unitId, unitPath, memberId] of [
    ['u-b-east', ['u-committee', 'u-gb-com', 'u-b-east'], 'm-x-east'],
    ['u-x-branch', ['u-x-committee', 'u-x-branch'], 'm-x-other'],
  ] as const) {
    await store.collection<any>('review_rounds').insert({
      _id: `${unitId}_2026`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      year: 2026,
      phase: 'done',
      deadlines: { self: now - 4000, rating: now - 3000, grading: now - 2000, publicity: now - 1000 },
      roster: [{ memberId, name: '测试党员', rates: true }],
      outcome: { excellent: 0, qualified: 1, basic: 0, unqualified: 0 },
      openedBy: 'm-001',
      openedAt: now - 5000,
      publishedAt: now - 1500,
    });
  }
}
