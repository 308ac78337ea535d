import { ACTIVITY_TYPE_LABELS } from '../../../types/labels';
import { pathInScope, ROLE_RANK } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import type { MemberDoc } from '../members/members.types';
import { activitiesRepository } from './activities.repository';
import type { ActivityDoc } from './activities.types';
import { inAudience } from './audience';
import { storedActivity } from './stored-activity';

/** Shared checks of the activity services. */
export async function loadActivity(ctx: CallContext, activityId: string): Promise<ActivityDoc> {
  const activity = await activitiesRepository(ctx.store).activities.get(activityId);
  if (!activity) throw new AppError('NOT_FOUND', '没有找到这个活动，可能已被删除，请返回刷新。');
  return storedActivity(activity);
}

export function assertInAudience(activity: ActivityDoc, member: MemberDoc): void {
  if (!inAudience(activity, member))
    throw new AppError('FORBIDDEN', '这个活动只面向组织单位的党员，您不在参加范围内。');
}

/** Whether the member may manage the activity (an admin whose subtree holds the organiser unit). */
export function canManage(activity: ActivityDoc, member: MemberDoc): boolean {
  return ROLE_RANK[member.role] >= ROLE_RANK.branch_admin && pathInScope(member, activity.organiserPath);
}

export function activityLabel(activity: ActivityDoc): string {
  return `${ACTIVITY_TYPE_LABELS[activity.type]}「${activity.title}」`;
}
