import type { CallContext } from '../../kernel/context';
import { activitiesRepository } from '../activities/activities.repository';
import { checkinWindow } from '../activities/checkin-window';
import { homeRepository, summaryId } from './home.repository';
import type { SummarySignup } from './home.types';

const SIGNUPS_KEPT = 20;
const DAY_MS = 86_400_000;
const TRIES = 2;

/** The member's confirmed sign-ups whose check-in has not closed, soonest first. */
export async function currentSignups(ctx: CallContext, memberId: string): Promise<SummarySignup[]> {
  const { signups, activities } = activitiesRepository(ctx.store);
  const confirmed = await signups.find({ memberId, status: 'confirmed' }, { sort: [['createdAt', -1]], limit: 100 });
  if (confirmed.length === 0) return [];
  const checkedIn = new Set(confirmed.filter((s) => s.checkedInAt !== undefined).map((s) => s.activityId));
  // A day of margin in the query; the check-in window decides below.
  const open = await activities.find(
    { _id: { $in: confirmed.map((s) => s.activityId) }, endAt: { $gt: ctx.now - DAY_MS } },
    { sort: [['startAt', 1]], limit: 100 },
  );
  return open
    .filter((activity) => checkinWindow(activity).closesAt >= ctx.now)
    .slice(0, SIGNUPS_KEPT)
    .map((activity) => ({
      activityId: activity._id,
      title: activity.title,
      type: activity.type,
      startAt: activity.startAt,
      endAt: activity.endAt,
      placeText: activity.place.text,
      checkedIn: checkedIn.has(activity._id),
    }));
}

/**
 * After a member's sign-up changed (signed up, cancelled, on leave, promoted, approved, checked in): their
 * summary's sign-ups are read again from the records. Stored only if no other write touched the summary
 * meanwhile; when writes keep racing, the summary is marked stale and the next home rebuilds it.
 */
export async function refreshHomeSignups(ctx: CallContext, memberId: string): Promise<void> {
  const { views } = homeRepository(ctx.store);
  const id = summaryId(memberId);
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    const summary = await views.get(id);
    if (!summary || summary.kind !== 'member') return;
    const signups = await currentSignups(ctx, memberId);
    if (await views.updateWhere({ _id: id, rev: summary.rev }, { $set: { signups }, $inc: { rev: 1 } })) return;
  }
  await views.updateWhere({ _id: id }, { $set: { day: '' }, $inc: { rev: 1 } });
}
