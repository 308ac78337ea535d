import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { activitiesRepository, signupId } from '../activities/activities.repository';
import type { ActivityDoc, SignupDoc } from '../activities/activities.types';
import { appendAudit } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import { chinaPeriod } from '../shared/china-time';
import { servedMinutes } from '../activities/volunteer-minutes';
import type { VolunteerSource } from '../../../types/transfer-labels';
import { transfersRepository, volunteerRecordId } from './transfers.repository';
import type { VolunteerRecordDoc } from './transfers.types';

const MINUTE = 60_000;
/** Confirmed minutes may exceed the activity's length by this much (setting up, clearing away). */
const SLACK_MINUTES = 60;
/** A reason for other minutes than the member's own says something: at least this many characters. */
const MIN_REASON = 4;

/**
 * Volunteer hours (志愿服务时长). A member who checked in to a 志愿服务 activity earns the minutes from their
 * check-in to their check-out, held to the activity's window; without a check-out, nothing until the organiser
 * confirms (shown as waiting). An organiser may confirm other minutes instead, up to the activity's length
 * plus an hour and with a reason, which then count in place of the member's own figure.
 */
interface VolunteerEntry {
  memberId: string;
  activityId: string;
  title: string;
  startAt: number;
  minutes: number;
  source: VolunteerSource;
}

async function volunteerActivities(ctx: CallContext, ids: string[], from: number, to: number) {
  const { activities } = activitiesRepository(ctx.store);
  const found = new Map<string, ActivityDoc>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    const page = await activities.find(
      { _id: { $in: unique.slice(i, i + 100) }, type: 'volunteer', startAt: { $gte: from, $lt: to } },
      { limit: 100 },
    );
    for (const activity of page) found.set(activity._id, activity);
  }
  return found;
}

async function inPages<T>(ids: string[], fetch: (page: string[], skip: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    for (let skip = 0; ; skip += 100) {
      const page = await fetch(ids.slice(i, i + 50), skip);
      all.push(...page);
      if (page.length < 100) break;
    }
  }
  return all;
}

/** Every volunteer entry of these members for activities starting in [from, to). */
async function volunteerEntries(ctx: CallContext, memberIds: string[], from: number, to: number) {
  const ids = [...new Set(memberIds)];
  const { signups } = activitiesRepository(ctx.store);
  const { volunteer } = transfersRepository(ctx.store);
  const [checkedIn, confirmed] = await Promise.all([
    inPages<SignupDoc>(ids, (page, skip) =>
      signups.find(
        { memberId: { $in: page }, checkedInAt: { $exists: true } },
        { sort: [['_id', 1]], skip, limit: 100 },
      ),
    ),
    inPages<VolunteerRecordDoc>(ids, (page, skip) =>
      volunteer.find(
        { memberId: { $in: page }, startAt: { $gte: from, $lt: to } },
        { sort: [['_id', 1]], skip, limit: 100 },
      ),
    ),
  ]);
  const entries = new Map<string, VolunteerEntry>();
  const activities = await volunteerActivities(
    ctx,
    checkedIn.map((s) => s.activityId),
    from,
    to,
  );
  for (const signup of checkedIn) {
    const activity = activities.get(signup.activityId);
    if (!activity || activity.endAt > ctx.now) continue;
    entries.set(signup._id, {
      memberId: signup.memberId,
      activityId: activity._id,
      title: activity.title,
      startAt: activity.startAt,
      minutes: servedMinutes(activity, signup),
      source: signup.checkedOutAt === undefined ? 'checkin' : 'checkout',
    });
  }
  for (const record of confirmed)
    entries.set(record._id, {
      memberId: record.memberId,
      activityId: record.activityId,
      title: record.title,
      startAt: record.startAt,
      minutes: record.minutes,
      source: 'confirmed',
    });
  // An attendance without a check-out stays listed (at 0) so the member sees it waits for the organiser.
  return [...entries.values()].filter((entry) => entry.minutes > 0 || entry.source === 'checkin');
}

/**
 * Volunteer minutes of each member for activities starting in [from, to): for the dossier, the assessment
 * and anyone else who counts service. Members without any get 0.
 */
export async function volunteerMinutesOf(
  ctx: CallContext,
  memberIds: string[],
  from: number,
  to: number,
): Promise<Map<string, number>> {
  const totals = new Map(memberIds.map((id) => [id, 0]));
  for (const entry of await volunteerEntries(ctx, memberIds, from, to))
    totals.set(entry.memberId, (totals.get(entry.memberId) ?? 0) + entry.minutes);
  return totals;
}

export async function myVolunteer(ctx: CallContext) {
  const member = requireMember(ctx);
  const entries = await volunteerEntries(ctx, [member._id], 0, Number.MAX_SAFE_INTEGER);
  const year = chinaPeriod(`${new Date(ctx.now + 8 * 3600_000).getUTCFullYear()}-01`).start;
  entries.sort((a, b) => b.startAt - a.startAt);
  return {
    items: entries.slice(0, 100).map(({ memberId: _m, ...entry }) => entry),
    totalMinutes: entries.reduce((sum, entry) => sum + entry.minutes, 0),
    yearMinutes: entries.filter((e) => e.startAt >= year).reduce((sum, entry) => sum + entry.minutes, 0),
  };
}

export async function confirmVolunteer(
  ctx: CallContext,
  input: { activityId: string; memberIds: string[]; minutes?: number; reason: string },
) {
  const admin = requireMember(ctx);
  const { activities, signups } = activitiesRepository(ctx.store);
  const activity = await activities.get(input.activityId);
  if (!activity) throw new AppError('NOT_FOUND', '没有找到这个活动，请返回刷新。');
  if (activity.type !== 'volunteer') throw new AppError('CONFLICT', '只有“志愿服务”类活动可以确认志愿时长。');
  if (activity.startAt > ctx.now) throw new AppError('CONFLICT', '活动还没有开始，结束后再确认时长。');
  const ids = [...new Set(input.memberIds)];
  // Volunteer hours count in the assessment: one's own are confirmed by another admin.
  if (ids.includes(admin._id))
    throw new AppError('FORBIDDEN', '不能确认自己的志愿时长，请由其他管理员确认。', {
      memberIds: '请取消勾选本人',
    });
  const longest = Math.round((activity.endAt - activity.startAt) / MINUTE) + SLACK_MINUTES;
  if (input.minutes !== undefined && input.minutes > longest)
    throw new AppError('VALIDATION_FAILED', `确认的时长不能超过活动时长加 60 分钟，即 ${longest} 分钟。`, {
      minutes: `最多 ${longest} 分钟`,
    });
  const attended = await signups.find(
    { _id: { $in: ids.map((id) => signupId(activity._id, id)) }, checkedInAt: { $exists: true } },
    { limit: ids.length },
  );
  const differs = attended.some((s) => input.minutes !== undefined && input.minutes !== servedMinutes(activity, s));
  if (differs && input.reason.length < MIN_REASON)
    throw new AppError('VALIDATION_FAILED', '确认的时长与党员的签到签退记录不同，请写明原因（至少 4 个字）。', {
      reason: '请写明调整时长的原因，至少 4 个字',
    });
  const { volunteer } = transfersRepository(ctx.store);
  const names = new Map(
    (await membersRepository(ctx.store).members.find({ _id: { $in: ids } }, { limit: ids.length })).map((m) => [
      m._id,
      m.name,
    ]),
  );
  const confirmedRows: string[] = [];
  for (const signup of attended) {
    const minutes = input.minutes ?? servedMinutes(activity, signup);
    if (minutes <= 0) continue;
    const reason = input.minutes !== undefined && minutes !== servedMinutes(activity, signup) ? input.reason : '';
    const record: VolunteerRecordDoc = {
      _id: volunteerRecordId(activity._id, signup.memberId),
      activityId: activity._id,
      title: activity.title,
      startAt: activity.startAt,
      memberId: signup.memberId,
      minutes,
      source: 'confirmed',
      confirmedBy: admin._id,
      confirmedAt: ctx.now,
      ...(reason ? { reason } : {}),
    };
    try {
      await volunteer.insert(record);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      await volunteer.updateWhere(
        { _id: record._id },
        { $set: { minutes, confirmedBy: admin._id, confirmedAt: ctx.now, reason } },
      );
    }
    confirmedRows.push(`${names.get(signup.memberId) ?? '已不在册的党员'} ${minutes} 分钟`);
  }
  const confirmed = confirmedRows.length;
  if (confirmed > 0)
    await appendAudit(ctx, {
      action: 'volunteer.confirm',
      summary: `确认「${activity.title}」的志愿服务时长：${confirmedRows.join('、')}${differs ? `（调整原因：${input.reason}）` : ''}`,
      targetId: activity._id,
      targetName: activity.title,
      unitPath: activity.organiserPath,
    });
  return { confirmed, skipped: ids.length - confirmed };
}
