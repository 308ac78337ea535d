import type { z } from 'zod';
import type { SignupStatus } from '../../../types/labels';
import type { ExtraField, SignUpInput } from '../../../types/schemas/activities';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { activitiesRepository, signupId } from './activities.repository';
import type { ActivityDoc, SignupDoc } from './activities.types';
import { activityLabel, assertInAudience, loadActivity } from './activity-access';
import { notify } from '../notices/notify';
import { refreshHomeSignups } from '../home/summary-signups';
import { refreshShareCard } from './share.service';
import { cancelRefusal, CHECKED_IN_REFUSAL } from './signup-actions';
import { signupChanged, signupFacts } from './signup-events';
import { leaveFields } from './leave-index';
import { arrivalStamps, QUEUE_ORDER } from './queue-order';

/**
 * Sign-up against capacity. The activity's `confirmedCount` is the seat ledger: a seat is taken by one
 * conditional increment (`confirmedCount < capacity`), so no number of simultaneous sign-ups can overbook.
 * Beyond capacity members queue in arrival order; whenever a seat frees up, the head of the queue is
 * promoted. A new sign-up takes a seat directly only while nobody is waiting, so no one jumps the queue.
 */
const ACTIVE: SignupStatus[] = ['pending', 'confirmed', 'waitlisted'];

/** Server time with a per-process sequence: ties within a millisecond keep their arrival order. */
const arrivalStamp = arrivalStamps();

async function takeSeat(ctx: CallContext, activity: ActivityDoc, queueFirst: boolean): Promise<boolean> {
  const { activities } = activitiesRepository(ctx.store);
  if (activity.capacity === null) {
    await activities.updateWhere({ _id: activity._id }, { $inc: { confirmedCount: 1 } });
    return true;
  }
  const filter = queueFirst
    ? { _id: activity._id, confirmedCount: { $lt: activity.capacity }, waitlistCount: 0 }
    : { _id: activity._id, confirmedCount: { $lt: activity.capacity } };
  return (await activities.updateWhere(filter, { $inc: { confirmedCount: 1 } })) === 1;
}

async function releaseSeat(ctx: CallContext, activityId: string): Promise<void> {
  await activitiesRepository(ctx.store).activities.updateWhere({ _id: activityId }, { $inc: { confirmedCount: -1 } });
}

/** Fills free seats from the head of the waitlist; safe to run concurrently and repeatedly. */
export async function promoteFromWaitlist(ctx: CallContext, activityId: string): Promise<void> {
  const { activities, signups } = activitiesRepository(ctx.store);
  for (;;) {
    const activity = await loadActivity(ctx, activityId);
    if (activity.waitlistCount <= 0 || !(await takeSeat(ctx, activity, false))) return;
    const [head] = await signups.find({ activityId, status: 'waitlisted' }, { sort: QUEUE_ORDER, limit: 1 });
    if (!head) {
      await releaseSeat(ctx, activityId);
      return;
    }
    const moved = await signups.updateWhere(
      { _id: head._id, status: 'waitlisted' },
      { $set: { status: 'confirmed', updatedAt: ctx.now } },
    );
    if (moved === 0) {
      await releaseSeat(ctx, activityId);
      continue;
    }
    await activities.updateWhere({ _id: activityId }, { $inc: { waitlistCount: -1 } });
    await refreshHomeSignups(ctx, head.memberId);
    const member = await membersRepository(ctx.store).memberById(head.memberId);
    if (!member) continue;
    await signupChanged(ctx, activity, member, signupFacts(head), signupFacts({ ...head, status: 'confirmed' }));
    await notify(ctx, member, '候补成功', `您已递补报名${activityLabel(activity)}，请准时参加。`);
  }
}

function checkAnswers(fields: ExtraField[], answers: Record<string, string | number>): Record<string, string | number> {
  const errors: Record<string, string> = {};
  const clean: Record<string, string | number> = {};
  for (const field of fields) {
    const value = answers[field.key];
    if (value === undefined || value === '') {
      if (field.required) errors[`answers.${field.key}`] = `请填写“${field.label}”`;
      continue;
    }
    if (field.kind === 'number' && typeof value !== 'number')
      errors[`answers.${field.key}`] = `“${field.label}”应填数字`;
    else if (field.kind === 'choice' && !field.options?.includes(String(value)))
      errors[`answers.${field.key}`] = `请从选项中选择“${field.label}”`;
    else clean[field.key] = value;
  }
  if (Object.keys(errors).length) throw new AppError('VALIDATION_FAILED', undefined, errors);
  return clean;
}

/** Seats (or queues) a sign-up that is already recorded as `pending` approval or about to be written. */
async function place(ctx: CallContext, activity: ActivityDoc): Promise<'confirmed' | 'waitlisted'> {
  return (await takeSeat(ctx, activity, true)) ? 'confirmed' : 'waitlisted';
}

async function afterQueued(ctx: CallContext, activityId: string, status: 'confirmed' | 'waitlisted'): Promise<void> {
  if (status === 'waitlisted') {
    await activitiesRepository(ctx.store).activities.updateWhere({ _id: activityId }, { $inc: { waitlistCount: 1 } });
    await promoteFromWaitlist(ctx, activityId);
  }
}

export async function signUp(ctx: CallContext, input: z.output<typeof SignUpInput>): Promise<SignupStatus> {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, input.activityId);
  assertInAudience(activity, member);
  if (ctx.now < activity.signupOpensAt) throw new AppError('CONFLICT', '报名还没有开始，请在报名开始后再来。');
  if (ctx.now > activity.signupClosesAt) throw new AppError('CONFLICT', '报名已经截止了。如需参加，请联系组织者。');
  const answers = checkAnswers(activity.extraFields, input.answers);
  const { signups } = activitiesRepository(ctx.store);
  const id = signupId(activity._id, member._id);
  const existing = await signups.get(id);
  if (existing && ACTIVE.includes(existing.status)) return existing.status;

  const status: SignupStatus = activity.approvalRequired ? 'pending' : await place(ctx, activity);
  const record = { status, arrival: arrivalStamp(ctx.now), answers, leaveReason: null, updatedAt: ctx.now };
  let written = false;
  if (existing) {
    written = (await signups.updateWhere({ _id: id, status: existing.status }, { $set: record })) === 1;
  } else {
    try {
      await signups.insert({
        _id: id,
        activityId: activity._id,
        memberId: member._id,
        memberName: member.name,
        unitId: member.unitId,
        createdAt: ctx.now,
        ...record,
      });
      written = true;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  if (!written) {
    // A duplicate of this same sign-up got there first (a double tap): give back what this one took.
    if (status === 'confirmed') await releaseSeat(ctx, activity._id);
    return (await signups.get(id))?.status ?? status;
  }
  await signupChanged(
    ctx,
    activity,
    member,
    existing ? signupFacts(existing) : null,
    signupFacts({ status, checkedInAt: existing?.checkedInAt }),
  );
  if (status !== 'pending') await afterQueued(ctx, activity._id, status);
  await refreshHomeSignups(ctx, member._id);
  await refreshShareCard(ctx, activity._id);
  return status;
}

function assertCancellable(activity: ActivityDoc, now: number): void {
  const refusal = cancelRefusal(activity, now);
  if (refusal) throw new AppError('CONFLICT', refusal);
}

/** Moves a sign-up out of the seat ledger: frees its seat (promoting the queue) or leaves the queue. */
async function leaveLedger(ctx: CallContext, activityId: string, was: SignupStatus): Promise<void> {
  if (was === 'confirmed') {
    await releaseSeat(ctx, activityId);
    await promoteFromWaitlist(ctx, activityId);
  } else if (was === 'waitlisted') {
    await activitiesRepository(ctx.store).activities.updateWhere({ _id: activityId }, { $inc: { waitlistCount: -1 } });
  }
}

export async function cancelSignUp(ctx: CallContext, activityId: string): Promise<SignupStatus> {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  const { signups } = activitiesRepository(ctx.store);
  const existing = await signups.get(signupId(activityId, member._id));
  if (!existing || !ACTIVE.includes(existing.status)) throw new AppError('CONFLICT', '您没有报名这个活动。');
  if (existing.checkedInAt !== undefined) throw new AppError('CONFLICT', CHECKED_IN_REFUSAL);
  assertCancellable(activity, ctx.now);
  const changed = await signups.updateWhere(
    { _id: existing._id, status: existing.status },
    { $set: { status: 'cancelled', updatedAt: ctx.now } },
  );
  if (changed === 0) return (await signups.get(existing._id))?.status ?? 'cancelled';
  await signupChanged(ctx, activity, member, signupFacts(existing), signupFacts({ status: 'cancelled' }));
  await leaveLedger(ctx, activityId, existing.status);
  await refreshHomeSignups(ctx, member._id);
  await refreshShareCard(ctx, activityId);
  return 'cancelled';
}

/** 请假: for expected attendees of a meeting, or anyone signed up; frees a seat if one was held. */
export async function requestLeave(ctx: CallContext, activityId: string, reason: string): Promise<SignupStatus> {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  if (ctx.now >= activity.endAt) throw new AppError('CONFLICT', '活动已经结束，不能再请假。');
  const { signups } = activitiesRepository(ctx.store);
  const id = signupId(activityId, member._id);
  const existing = await signups.get(id);
  const expected = activity.expectedMemberIds.includes(member._id);
  if (!expected && (!existing || !ACTIVE.includes(existing.status))) {
    throw new AppError('CONFLICT', '只有应参加的党员或已报名的党员需要请假。');
  }
  if (existing?.status === 'leave') return 'leave';
  if (existing?.checkedInAt !== undefined) throw new AppError('CONFLICT', CHECKED_IN_REFUSAL);
  if (existing) {
    const changed = await signups.updateWhere(
      { _id: id, status: existing.status },
      { $set: { status: 'leave', leaveReason: reason, updatedAt: ctx.now, ...leaveFields(activity) } },
    );
    if (changed === 0) return (await signups.get(id))?.status ?? 'leave';
    await signupChanged(ctx, activity, member, signupFacts(existing), signupFacts({ status: 'leave' }));
    await leaveLedger(ctx, activityId, existing.status);
    await refreshHomeSignups(ctx, member._id);
    await refreshShareCard(ctx, activityId);
  } else {
    const record = memberRecord(activityId, member, ctx.now, {
      status: 'leave',
      leaveReason: reason,
      ...leaveFields(activity),
    });
    if (await insertOrKeep(ctx, record)) await signupChanged(ctx, activity, member, null, signupFacts(record));
  }
  return 'leave';
}

export function memberRecord(activityId: string, member: MemberDoc, now: number, extra: Partial<SignupDoc>): SignupDoc {
  return {
    _id: signupId(activityId, member._id),
    activityId,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    status: 'confirmed',
    arrival: arrivalStamp(now),
    answers: {},
    leaveReason: null,
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
}

/**
 * Inserts a sign-up record unless one exists already (two writers racing both end with the same record);
 * says whether this call inserted it.
 */
export async function insertOrKeep(ctx: CallContext, record: SignupDoc): Promise<boolean> {
  try {
    await activitiesRepository(ctx.store).signups.insert(record);
    return true;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    return false;
  }
}

/**
 * A confirmed sign-up holding a seat, for 代签: the member's own if already confirmed, else a seat taken from
 * the ledger like any sign-up (refused when full), their waitlisted, pending or withdrawn sign-up moved onto it.
 */
export async function confirmWithSeat(ctx: CallContext, activity: ActivityDoc, member: MemberDoc): Promise<void> {
  const { activities, signups } = activitiesRepository(ctx.store);
  const id = signupId(activity._id, member._id);
  const existing = await signups.get(id);
  if (existing?.status === 'confirmed') return;
  if (!(await takeSeat(ctx, activity, false))) {
    throw new AppError('CONFLICT', '活动名额已满，不能代签；请先为不能到场的党员办理取消或请假后再试。');
  }
  let written = true;
  if (existing) {
    const status = { _id: id, status: existing.status };
    written = (await signups.updateWhere(status, { $set: { status: 'confirmed', updatedAt: ctx.now } })) === 1;
    if (written && existing.status === 'waitlisted')
      await activities.updateWhere({ _id: activity._id }, { $inc: { waitlistCount: -1 } });
  } else {
    try {
      await signups.insert(memberRecord(activity._id, member, ctx.now, { status: 'confirmed' }));
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      written = false;
    }
  }
  if (!written) {
    // The sign-up changed under us (the member acted at the same moment): give the seat back.
    await releaseSeat(ctx, activity._id);
    throw new AppError('CONFLICT', '这位党员的报名状态刚刚有变化，请刷新后重试。');
  }
  await signupChanged(
    ctx,
    activity,
    member,
    existing ? signupFacts(existing) : null,
    signupFacts({ status: 'confirmed', checkedInAt: existing?.checkedInAt }),
  );
  await refreshHomeSignups(ctx, member._id);
  await refreshShareCard(ctx, activity._id);
}

/** An organiser approves or rejects a sign-up that needs approval; approved ones are seated or queued. */
export async function decideSignup(ctx: CallContext, activityId: string, memberId: string, approve: boolean) {
  const activity = await loadActivity(ctx, activityId);
  const { signups } = activitiesRepository(ctx.store);
  const id = signupId(activityId, memberId);
  const existing = await signups.get(id);
  if (!existing || existing.status !== 'pending') throw new AppError('CONFLICT', '这条报名已经处理过了，请刷新。');
  const status: SignupStatus = approve ? await place(ctx, activity) : 'rejected';
  const changed = await signups.updateWhere({ _id: id, status: 'pending' }, { $set: { status, updatedAt: ctx.now } });
  if (changed === 0) {
    if (status === 'confirmed') await releaseSeat(ctx, activityId);
    throw new AppError('CONFLICT', '这条报名已经处理过了，请刷新。');
  }
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (member) await signupChanged(ctx, activity, member, signupFacts(existing), signupFacts({ ...existing, status }));
  if (status === 'confirmed' || status === 'waitlisted') await afterQueued(ctx, activityId, status);
  await refreshHomeSignups(ctx, memberId);
  if (member) {
    const text =
      status === 'rejected'
        ? '未通过审核'
        : status === 'confirmed'
          ? '已通过审核，报名成功'
          : '已通过审核，目前在候补中';
    await notify(ctx, member, '报名审核结果', `${activityLabel(activity)}：${text}。`);
  }
  await refreshShareCard(ctx, activityId);
}
