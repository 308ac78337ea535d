import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * For the authorisation matrix: a suggestion and a task in the east branch (assigned to its member
 * `m-x-east`) and in the other committee's branch.
 */
export async function addEngageFixtures(store: DocStore, now: number): Promise<void> {
  for (const [suffix, unitId, unitPath, memberId] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east'], 'm-x-east'],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch'], 'm-x-other'],
  ] as const) {
    await store.collection<any>('suggestions').insert({
      _id: `sg-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      category: 'study',
      text: '希望多组织专题学习',
      anonymous: true,
      authorKey: 'matrix-key',
      authorSealed: 'matrix-sealed',
      status: 'received',
      month: '2026-01',
      reply: null,
      repliedAt: null,
      createdAt: now,
    });
    await store.collection<any>('tasks').insert({
      _id: `task-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      title: '提交学习心得',
      description: '',
      deadline: now + 86_400_000,
      assigned: 1,
      createdBy: 'm-001',
      createdAt: now,
    });
    await store.collection<any>('task_assignments').insert({
      _id: `task-${suffix}_${memberId}`,
      taskId: `task-${suffix}`,
      memberId,
      memberName: '测试党员',
      unitId,
      unitName: '支部',
      deadline: now + 86_400_000,
      state: 'submitted',
      feedback: '已完成',
      photoFileId: null,
      returnReason: null,
      submittedAt: now,
    });
  }
}
