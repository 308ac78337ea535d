import type { DocStore } from '../../store/types';
import type { AssignmentDoc, SuggestionDoc, TaskDoc } from './engage.types';

export function engageRepository(store: DocStore) {
  return {
    suggestions: store.collection<SuggestionDoc>('suggestions'),
    tasks: store.collection<TaskDoc>('tasks'),
    assignments: store.collection<AssignmentDoc>('task_assignments'),
  };
}

export const assignmentId = (taskId: string, memberId: string) => `${taskId}_${memberId}`;
