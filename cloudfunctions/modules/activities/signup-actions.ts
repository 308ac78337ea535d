import type { SignupStatus } from '../../../types/labels';
import type { ActivityDoc, SignupDoc } from './activities.types';
import { checkinOpen } from './checkin-window';

/**
 * What a member may still do about an activity, decided once on the server so the detail page offers only
 * what the routes will accept. A check-in ends the member's choices: they came, so there is nothing to
 * cancel, excuse or be reminded of.
 */
const HOLDING: SignupStatus[] = ['pending', 'confirmed', 'waitlisted'];

/** Why a sign-up cannot be cancelled now, or null when it can. */
export function cancelRefusal(activity: ActivityDoc, now: number): string | null {
  if (activity.cancelPolicy === 'never') return '这个活动报名后不能取消。如有特殊情况，请联系组织者请假。';
  if (activity.cancelPolicy === 'until_deadline' && now > activity.signupClosesAt)
    return '报名已截止，不能再取消。如有特殊情况，请联系组织者请假。';
  if (now >= activity.startAt) return '活动已经开始，不能取消报名。';
  return null;
}

export const CHECKED_IN_REFUSAL = '您已经签到，不能再取消报名或请假。';

export function signupActions(activity: ActivityDoc, signup: SignupDoc | null, expected: boolean, now: number) {
  if (signup?.checkedInAt !== undefined) return { cancel: false, requestLeave: false, remind: false, checkIn: false };
  const holding = signup !== null && HOLDING.includes(signup.status);
  return {
    cancel: holding && cancelRefusal(activity, now) === null,
    requestLeave: (expected || holding) && signup?.status !== 'leave' && now < activity.endAt,
    remind: holding && now < activity.startAt,
    checkIn: (expected || signup?.status === 'confirmed') && checkinOpen(activity, now),
  };
}
