import type { DocStore } from '../../store/types';
import type { ActivityDoc, GroupDoc, ReminderDoc, SignupDoc } from './activities.types';

/** The activity module's collections. */
export function activitiesRepository(store: DocStore) {
  return {
    activities: store.collection<ActivityDoc>('activities'),
    signups: store.collection<SignupDoc>('signups'),
    reminders: store.collection<ReminderDoc>('reminders'),
    groups: store.collection<GroupDoc>('groups'),
  };
}

export const signupId = (activityId: string, memberId: string) => `${activityId}_${memberId}`;
