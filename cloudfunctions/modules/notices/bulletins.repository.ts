import type { DocStore } from '../../store/types';
import type { BulletinDoc, ReceiptDoc } from './bulletins.types';

export function bulletinsRepository(store: DocStore) {
  return {
    bulletins: store.collection<BulletinDoc>('bulletins'),
    receipts: store.collection<ReceiptDoc>('bulletin_receipts'),
  };
}

export const receiptId = (bulletinId: string, memberId: string) => `${bulletinId}_${memberId}`;
