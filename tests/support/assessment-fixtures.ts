import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * For the authorisation matrix: an assessment scheme with a manual indicator over each committee, a pending
 * manual item entered by a 党小组 below each branch (so the branch is the level that decides), and a guidance
 * draft for each branch's member `m-x-east` / `m-x-other`.
 */
export async function addAssessmentFixtures(store: DocStore, now: number): Promise<void> {
  for (const [suffix, root, unitPath, groupId, memberId] of [
    ['east', 'u-committee', ['u-committee', 'u-gb-com', 'u-b-east'], 'u-east-empty', 'm-x-east'],
    ['other', 'u-x-committee', ['u-x-committee', 'u-x-branch'], 'u-x-empty', 'm-x-other'],
  ] as const) {
    await store.collection<any>('assessment_schemes').insert({
      _id: `${root}_v1`,
      unitId: root,
      unitPath: [root],
      name: '年度考核',
      periodKind: 'year',
      version: 1,
      indicators: [
        { key: 'study', label: '学习时长', source: 'study_minutes', weight: 0.1, cap: 30 },
        { key: 'volunteer', label: '志愿服务', source: 'manual', weight: 1, cap: 20 },
      ],
      createdBy: 'm-001',
      createdByName: '测试',
      createdAt: now,
    });
    await store.collection<any>('assessment_items').insert({
      _id: `ai-${suffix}`,
      memberId,
      memberName: '测试党员',
      unitId: groupId,
      unitPath: [...unitPath, groupId],
      indicatorKey: 'volunteer',
      indicatorLabel: '志愿服务',
      points: 2,
      occurredAt: now - 86_400_000,
      evidence: '参加社区志愿服务',
      status: 'pending',
      enteredBy: 'm-nobody',
      enteredByName: '小组长',
      enteredInUnit: groupId,
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      rejectReason: null,
      createdAt: now,
    });
    await store.collection<any>('guidance_notes').insert({
      _id: `g-${suffix}`,
      memberId,
      memberName: '测试党员',
      unitPath: [...unitPath],
      periodId: '2026',
      periodLabel: '2026年度',
      grade: 'weak',
      weak: [],
      suggestions: [],
      message: '请加强学习，按时参加组织生活。',
      status: 'draft',
      sentAt: null,
      draftedBy: 'm-001',
      sentBy: null,
      updatedAt: now,
    });
  }
}
