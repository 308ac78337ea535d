import type { DocStore } from '../../store/types';
import type {
  ContentDoc,
  CurrentSessionDoc,
  FavoriteDoc,
  NoteDoc,
  PlanDoc,
  ProgressDoc,
  StudyDayDoc,
  StudySessionDoc,
} from './study.types';

/** The study module's collections. */
export function studyRepository(store: DocStore) {
  return {
    contents: store.collection<ContentDoc>('contents'),
    sessions: store.collection<StudySessionDoc>('study_sessions'),
    current: store.collection<CurrentSessionDoc>('study_current'),
    progress: store.collection<ProgressDoc>('study_progress'),
    days: store.collection<StudyDayDoc>('study_days'),
    favorites: store.collection<FavoriteDoc>('favorites'),
    plans: store.collection<PlanDoc>('plans'),
    notes: store.collection<NoteDoc>('notes'),
  };
}

export const progressId = (memberId: string, contentId: string) => `${memberId}_${contentId}`;
