import type { MemberDoc } from '../members/members.types';
import type { ActivityDoc } from './activities.types';

/** An activity is for everyone when open to all, else for the members of its organiser's subtree. */
export function inAudience(activity: Pick<ActivityDoc, 'openToAll' | 'organiserUnitId'>, member: MemberDoc): boolean {
  return activity.openToAll || member.unitPath.includes(activity.organiserUnitId);
}
