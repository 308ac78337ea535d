import type { CallContext } from '../../kernel/context';
import { findAll } from '../members/members.repository';
import { activitiesRepository } from './activities.repository';
import type { ActivityDoc, SignupDoc } from './activities.types';

/**
 * A sign-up on leave carries its activity's organiser path and end, so the console counts a subtree's leave
 * for activities not yet over with one indexed count (`signups` organiserPath + status + endAt), whatever the
 * number of activities. Set when the member goes on leave, moved with the organiser's unit
 * (`admin.unitMove`), and filled in by `system.setup` for sign-ups on leave from before.
 */
export const leaveFields = (activity: Pick<ActivityDoc, 'organiserPath' | 'endAt'>) => ({
  organiserPath: activity.organiserPath,
  endAt: activity.endAt,
});

/** Leave for the subtree's activities that have not ended: what the 活动请假 badge shows. */
export function countLeaveInSubtree(ctx: CallContext, unitId: string): Promise<number> {
  return activitiesRepository(ctx.store).signups.count({
    organiserPath: unitId,
    status: 'leave',
    endAt: { $gte: ctx.now },
  });
}

/** Sign-ups that carry a path under `unitId` take the path `rebase` gives them (a unit moved). */
export async function rebaseLeavePaths(ctx: CallContext, unitId: string, rebase: (path: string[]) => string[]) {
  const { signups } = activitiesRepository(ctx.store);
  const pathed = await findAll((skip) =>
    signups.find({ organiserPath: unitId }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  for (const signup of pathed)
    await signups.updateWhere({ _id: signup._id }, { $set: { organiserPath: rebase(signup.organiserPath!) } });
}

/** `system.setup`: sign-ups on leave stored before they carried their activity's path and end get them. */
export async function migrateLeavePaths(ctx: CallContext): Promise<{ migrated: number }> {
  const { activities, signups } = activitiesRepository(ctx.store);
  let migrated = 0;
  for (;;) {
    const page: SignupDoc[] = await signups.find(
      { status: 'leave', organiserPath: { $exists: false } },
      { sort: [['_id', 1]], limit: 100 },
    );
    if (page.length === 0) return { migrated };
    const ids = [...new Set(page.map((signup) => signup.activityId))];
    const found = new Map((await activities.find({ _id: { $in: ids } }, { limit: 100 })).map((a) => [a._id, a]));
    for (const signup of page) {
      const activity = found.get(signup.activityId);
      // A sign-up whose activity is gone still gets a path, empty, so the migration finishes and it counts nowhere.
      const fields = activity ? leaveFields(activity) : { organiserPath: [], endAt: 0 };
      await signups.updateWhere({ _id: signup._id }, { $set: fields });
      migrated += 1;
    }
  }
}
