import type { z } from 'zod';
import { publish } from '../../kernel/events';
import { THREE_MEETINGS } from '../../../types/labels';
import type { SignupStatus } from '../../../types/labels';
import type {
  ActivityCreateInput,
  ActivityDetail,
  ActivityListInput,
  ActivitySummary,
} from '../../../types/schemas/activities';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { chinaPeriod } from '../shared/china-time';
import { activitiesRepository, signupId } from './activities.repository';
import type { ActivityDoc, SignupDoc } from './activities.types';
import { placeForMap } from './claimed-position';
import { activityLabel, canManage, loadActivity } from './activity-access';
import { inAudience } from './audience';
import { mayReadMinutes } from './minutes-readers';
import { signupActions } from './signup-actions';
import { eligibleMemberIds, expectsWholeAudience } from './expected-attendees';
import { aheadOf, QUEUE_ORDER } from './queue-order';
import { storedActivity } from './stored-activity';

/** Publishing activities and reading them: lists (upcoming, past, mine, by month) and the detail page. */
const ACTIVE: SignupStatus[] = ['pending', 'confirmed', 'waitlisted', 'leave'];

export async function createActivity(ctx: CallContext, input: z.output<typeof ActivityCreateInput>) {
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const organiserPath = [...unit.path, unit._id];
  // 应到 is fixed at publication: later joiners are guests, leavers stay on the record (ADR 0013).
  const expected = expectsWholeAudience(input, unit) ? await eligibleMemberIds(ctx, unit._id) : [];
  const { unitId: _unit, ...fields } = input;
  const activity: ActivityDoc = {
    _id: newId('act'),
    ...fields,
    organiserUnitId: unit._id,
    organiserPath,
    expectedMemberIds: expected,
    confirmedCount: 0,
    waitlistCount: 0,
    createdBy: admin._id,
    createdAt: ctx.now,
  };
  await activitiesRepository(ctx.store).activities.insert(activity);
  if (THREE_MEETINGS.includes(activity.type))
    await publish(ctx, {
      type: 'meeting.changed',
      payload: {
        activityId: activity._id,
        before: null,
        after: { type: activity.type, organiserPath, startAt: activity.startAt, endAt: activity.endAt },
      },
    });
  await appendAudit(ctx, {
    action: 'activity.create',
    summary: `发布了${activityLabel(activity)}`,
    targetId: activity._id,
    targetName: activity.title,
    unitPath: organiserPath,
  });
  return activity._id;
}

function summary(activity: ActivityDoc, organiserName: string, myStatus: SignupStatus | null): ActivitySummary {
  return {
    activityId: activity._id,
    type: activity.type,
    title: activity.title,
    startAt: activity.startAt,
    endAt: activity.endAt,
    placeText: activity.place.text,
    organiserName,
    capacity: activity.capacity,
    confirmedCount: activity.confirmedCount,
    waitlistCount: activity.waitlistCount,
    myStatus,
  };
}

async function summaries(ctx: CallContext, found: ActivityDoc[], member: MemberDoc | null) {
  const activities = found.map(storedActivity);
  const unitName = await membersRepository(ctx.store).unitNames(activities.map((a) => a.organiserUnitId));
  const mine =
    member && activities.length
      ? await activitiesRepository(ctx.store).signups.find(
          { _id: { $in: activities.map((a) => signupId(a._id, member._id)) } },
          { limit: activities.length },
        )
      : [];
  const status = new Map(mine.map((s) => [s.activityId, s.status]));
  return activities.map((a) => summary(a, unitName.get(a.organiserUnitId) ?? '', status.get(a._id) ?? null));
}

export async function listActivities(ctx: CallContext, input: z.output<typeof ActivityListInput>) {
  const member = requireMember(ctx);
  const { activities, signups } = activitiesRepository(ctx.store);
  const audience: Filter = { $or: [{ openToAll: true }, { organiserUnitId: { $in: member.unitPath } }] };
  const clauses: Filter[] = [audience];
  if (input.month) {
    const { start, end } = chinaPeriod(input.month);
    clauses.push({ startAt: { $gte: start, $lt: end } });
  }
  if (input.view === 'mine') {
    const mine = await signups.find(
      { memberId: member._id, status: { $in: ACTIVE } },
      { sort: [['arrival', -1]], limit: 100 },
    );
    clauses.push({ _id: { $in: mine.map((s) => s.activityId) } });
  } else if (!input.month) {
    // A month (the calendar) shows everything in it, past and upcoming.
    clauses.push(input.view === 'upcoming' ? { endAt: { $gte: ctx.now } } : { endAt: { $lt: ctx.now } });
  }
  const filter: Filter = { $and: clauses };
  const [page, total] = await Promise.all([
    activities.find(filter, {
      sort: [['startAt', input.view === 'past' ? -1 : 1]],
      skip: input.skip,
      limit: input.limit,
    }),
    activities.count(filter),
  ]);
  return { items: await summaries(ctx, page, member), total };
}

export async function adminActivities(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { activities } = activitiesRepository(ctx.store);
  const filter = { organiserPath: unitId };
  const [page, total] = await Promise.all([
    activities.find(filter, { sort: [['startAt', -1]], skip, limit }),
    activities.count(filter),
  ]);
  return { items: await summaries(ctx, page, null), total };
}

function mySignup(signup: SignupDoc | null, waitlistPosition: number | null) {
  if (!signup) return null;
  return {
    status: signup.status,
    waitlistPosition,
    checkedIn: signup.checkedInAt !== undefined,
    checkedInAt: signup.checkedInAt ?? null,
  };
}

async function waitlistPositionOf(ctx: CallContext, signup: SignupDoc | null) {
  if (signup?.status !== 'waitlisted') return null;
  const { signups } = activitiesRepository(ctx.store);
  return (
    (await signups.count({ $and: [{ activityId: signup.activityId, status: 'waitlisted' }, aheadOf(signup)] })) + 1
  );
}

export async function activityDetail(ctx: CallContext, activityId: string): Promise<ActivityDetail> {
  const member = requireMember(ctx);
  const activity = await loadActivity(ctx, activityId);
  const manager = canManage(activity, member);
  if (!inAudience(activity, member) && !manager) throw new AppError('FORBIDDEN', '这个活动只面向组织单位的党员。');
  const [unitName, signup] = await Promise.all([
    membersRepository(ctx.store).unitNames([activity.organiserUnitId]),
    activitiesRepository(ctx.store).signups.get(signupId(activity._id, member._id)),
  ]);
  const base = summary(activity, unitName.get(activity.organiserUnitId) ?? '', signup?.status ?? null);
  const expected = activity.expectedMemberIds.includes(member._id);
  return {
    ...base,
    description: activity.description,
    place: placeForMap(activity.place),
    organiserUnitId: activity.organiserUnitId,
    signupOpensAt: activity.signupOpensAt,
    signupClosesAt: activity.signupClosesAt,
    cancelPolicy: activity.cancelPolicy,
    approvalRequired: activity.approvalRequired,
    showRoster: activity.showRoster,
    extraFields: activity.extraFields,
    expectedCount: activity.expectedMemberIds.length,
    mine: mySignup(signup, await waitlistPositionOf(ctx, signup)),
    expected,
    actions: signupActions(activity, signup, expected, ctx.now),
    minutesAvailable: activity.minutes !== undefined && mayReadMinutes(activity, member, signup),
    canManage: manager,
  };
}

export async function signupList(ctx: CallContext, activityId: string) {
  const { signups } = activitiesRepository(ctx.store);
  const all: SignupDoc[] = await findAll((skip) =>
    signups.find({ activityId }, { sort: QUEUE_ORDER, skip, limit: 100 }),
  );
  const unitName = await membersRepository(ctx.store).unitNames(all.map((s) => s.unitId));
  let position = 0;
  return {
    items: all.map((s) => ({
      memberId: s.memberId,
      name: s.memberName,
      unitName: unitName.get(s.unitId) ?? '',
      status: s.status,
      waitlistPosition: s.status === 'waitlisted' ? ++position : null,
      answers: s.answers,
      leaveReason: s.leaveReason,
      checkedIn: s.checkedInAt !== undefined,
      claimedPosition: s.claimedPosition ?? null,
      proxy: s.proxy !== undefined,
    })),
  };
}
