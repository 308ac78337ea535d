import type { Stage } from '../../../types/labels';
import { THREE_MEETINGS } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';
import type { ActivityDoc } from './activities.types';

/** Who counts as 应到 (ADR 0013): Party members proper — applicants, activists and candidates attend as guests. */
export const EXPECTED_STAGES: readonly Stage[] = ['full', 'probationary'];

/** 三会一课 always, and a 主题党日 whose audience is one branch, expect the branch's members rather than sign-ups. */
export function expectsWholeAudience(
  activity: Pick<ActivityDoc, 'type' | 'openToAll'>,
  organiser: Pick<UnitDoc, 'kind'>,
): boolean {
  if (THREE_MEETINGS.includes(activity.type)) return true;
  return activity.type === 'theme_day' && !activity.openToAll && organiser.kind === 'branch';
}

/** The active, eligible members of the organiser's subtree, by id. */
export async function eligibleMemberIds(ctx: CallContext, unitId: string): Promise<string[]> {
  const { members } = membersRepository(ctx.store);
  const found = await findAll((skip) =>
    members.find(
      { unitPath: unitId, status: 'normal', stage: { $in: [...EXPECTED_STAGES] } },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  return found.map((member) => member._id);
}
