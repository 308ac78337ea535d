import type { MemberDoc } from '../members/members.types';
import type { ActivityDoc, SignupDoc } from './activities.types';
import { canManage } from './activity-access';

/**
 * Who may read a meeting's minutes. There is no approval step: minutes an admin of the organiser saves
 * once the meeting has started (the save refuses earlier) are the record. They are for those the meeting
 * concerned: its expected attendees, whoever held a place or asked for leave, whoever checked in, and the
 * admins who manage it.
 */
export function mayReadMinutes(activity: ActivityDoc, member: MemberDoc, signup: SignupDoc | null): boolean {
  if (canManage(activity, member) || activity.expectedMemberIds.includes(member._id)) return true;
  if (!signup) return false;
  return signup.checkedInAt !== undefined || signup.status === 'confirmed' || signup.status === 'leave';
}
