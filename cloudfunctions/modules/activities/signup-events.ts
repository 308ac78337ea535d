import { publish, type SignupFacts } from '../../kernel/events';
import type { CallContext } from '../../kernel/context';
import type { MemberDoc } from '../members/members.types';
import type { ActivityDoc, SignupDoc } from './activities.types';

/**
 * Announces what a sign-up write changed (ADR 0015), so the per-unit aggregates follow at once. Called after
 * a conditional write succeeded, with the state that write started from and the state it left, so two writers
 * racing each announce only their own step.
 */
export async function signupChanged(
  ctx: CallContext,
  activity: Pick<ActivityDoc, '_id' | 'startAt'>,
  member: Pick<MemberDoc, '_id' | 'unitPath'>,
  before: SignupFacts | null,
  after: SignupFacts | null,
): Promise<void> {
  if (!counts(before) && !counts(after)) return;
  if (before && after && before.status === after.status && before.checkedIn === after.checkedIn) return;
  await publish(ctx, {
    type: 'signup.changed',
    payload: {
      memberId: member._id,
      unitPath: member.unitPath,
      activityId: activity._id,
      startAt: activity.startAt,
      before,
      after,
    },
  });
}

/**
 * Whether the per-unit figures count a sign-up in this state (a held place, a leave or a check-in, as
 * `dashboard/tallies.ts` adds them): moves among pending, waitlisted, cancelled and rejected change no figure,
 * so they are not announced — a queue of thousands costs no events.
 */
const counts = (facts: SignupFacts | null) =>
  facts !== null && (facts.status === 'confirmed' || facts.status === 'leave' || facts.checkedIn);

/** What the aggregates count of a sign-up record. */
export const signupFacts = (signup: Pick<SignupDoc, 'status' | 'checkedInAt'>): SignupFacts => ({
  status: signup.status,
  checkedIn: signup.checkedInAt !== undefined,
});
