import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * For the authorisation matrix: open transfers out of and into the east branch, and out of and into the
 * other committee's branch, each between two units inside the system.
 */
export async function addTransferFixtures(store: DocStore, now: number): Promise<void> {
  const east = ['u-committee', 'u-gb-com', 'u-b-east'];
  const west = ['u-committee', 'u-gb-com', 'u-b-west'];
  const other = ['u-x-committee', 'u-x-branch'];
  const otherGroup = ['u-x-committee', 'u-x-branch', 'u-x-empty'];
  for (const [id, memberId, from, to] of [
    ['tr-east-out', 'm-x-east', east, west],
    ['tr-east-in', 'm-west-mover', west, east],
    ['tr-other-out', 'm-x-other', other, east],
    ['tr-other-in', 'm-other-mover', otherGroup, other],
  ] as const) {
    await store.collection<any>('transfers').insert({
      _id: id,
      memberId,
      memberName: '测试党员',
      fromUnitId: from[from.length - 1],
      fromUnitName: '转出支部',
      fromPath: [...from],
      toUnitId: to[to.length - 1],
      toName: '接收支部',
      toPath: [...to],
      outside: false,
      letterNo: '001',
      validUntil: now + 30 * 86_400_000,
      reason: '工作调动',
      status: 'started',
      returnReason: null,
      receiptDueAt: null,
      receiptAt: null,
      openFor: memberId,
      actionDueAt: now + 30 * 86_400_000,
      // Started by a sending admin who is none of the matrix's callers: nobody accepts a transfer they started.
      createdBy: 'm-sending-admin',
      createdAt: now,
      decidedBy: null,
      decidedAt: null,
    });
  }
}
