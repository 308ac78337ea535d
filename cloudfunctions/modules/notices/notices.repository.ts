import type { DocStore } from '../../store/types';
import type { NoticeDoc } from './notices.types';

/** The notices module's one collection: every member's inbox. */
export function noticesCollection(store: DocStore) {
  return store.collection<NoticeDoc>('notices');
}
