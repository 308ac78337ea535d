import type { DocStore } from '../../store/types';
import type { ConversationDoc, PassageDoc, QuotaDoc } from './assistant.types';

export function assistantRepository(store: DocStore) {
  return {
    passages: store.collection<PassageDoc>('assistant_passages'),
    conversations: store.collection<ConversationDoc>('assistant_conversations'),
    quota: store.collection<QuotaDoc>('assistant_quota'),
  };
}

export const quotaId = (memberId: string, day: string) => `${memberId}_${day}`;
export const passageId = (contentId: string, passage: number) => `${contentId}_p${passage}`;
