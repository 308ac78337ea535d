import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * For the authorisation matrix: an open 公示 on the east branch's board (with one objection by its member
 * `m-x-east`), one on the committee's board (every matrix caller's audience), and one on the other
 * committee's branch board.
 */
export async function addPublicityFixtures(store: DocStore, now: number): Promise<void> {
  const DAY = 86_400_000;
  for (const [suffix, unitId, unitPath, memberId] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east'], 'm-x-east'],
    ['committee', 'u-committee', ['u-committee'], 'm-x-east'],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch'], 'm-x-other'],
  ] as const) {
    await store.collection<any>('publicity_items').insert({
      _id: `pb-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      kind: 'development_candidate',
      title: '发展对象公示',
      body: '<p>拟列为发展对象</p>',
      startsAt: now - DAY,
      endsAt: now + 5 * DAY,
      withdrawn: false,
      withdrawReason: null,
      withdrawnAt: null,
      closed: false,
      objectionCount: 1,
      handledCount: 0,
      source: null,
      createdBy: 'm-001',
      createdAt: now - DAY,
      updatedAt: now - DAY,
    });
    await store.collection<any>('publicity_objections').insert({
      _id: `pbo-${suffix}`,
      itemId: `pb-${suffix}`,
      unitPath: [...unitPath],
      memberId,
      memberName: '测试党员',
      memberUnitName: '支部',
      text: '对该同志的情况有异议',
      phoneSealed: null,
      handled: false,
      note: null,
      handledAt: null,
      handledBy: null,
      createdAt: now,
    });
  }
}
