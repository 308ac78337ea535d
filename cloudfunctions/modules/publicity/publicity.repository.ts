import type { DocStore } from '../../store/types';
import type { PublicityClosingDoc, PublicityItemDoc, PublicityObjectionDoc } from './publicity.types';

export function publicityRepository(store: DocStore) {
  return {
    items: store.collection<PublicityItemDoc>('publicity_items'),
    objections: store.collection<PublicityObjectionDoc>('publicity_objections'),
    closings: store.collection<PublicityClosingDoc>('publicity_closings'),
  };
}

export const objectionId = (itemId: string, memberId: string, n: number) => `${itemId}_${memberId}_${n}`;
