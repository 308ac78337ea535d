import { newWorkbook } from '../shared/heavy-libraries';
import type { z } from 'zod';
import { ACTIVITY_TYPE_LABELS, THREE_MEETINGS, type ActivityType } from '../../../types/labels';
import type { MinutesInput } from '../../../types/schemas/activities';
import { IMAGE_TYPES } from '../../platform/files';
import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { chinaDay, chinaPeriod } from '../shared/china-time';
import { activitiesRepository } from './activities.repository';
import type { ActivityDoc, SignupDoc } from './activities.types';
import { eligibleMemberIds, expectsWholeAudience } from './expected-attendees';
import { activityLabel, loadActivity } from './activity-access';
import { notify } from '../notices/notify';

/** Attendance (应到/实到/请假/缺席), meeting minutes, and each branch's 三会一课 record per period. */
export async function attendance(ctx: CallContext, activityId: string) {
  const activity = await loadActivity(ctx, activityId);
  const { signups } = activitiesRepository(ctx.store);
  const all = await findAll((skip) => signups.find({ activityId }, { sort: [['arrival', 1]], skip, limit: 100 }));
  const byMember = new Map(all.map((s) => [s.memberId, s]));
  const { expectedIds, expectedBasis } = await expectedAttendees(ctx, activity, all);
  const extra = all
    .filter((s) => s.checkedInAt !== undefined && !expectedIds.includes(s.memberId))
    .map((s) => s.memberId);
  const ids = [...expectedIds, ...extra];
  const members: MemberDoc[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    members.push(
      ...(await membersRepository(ctx.store).members.find({ _id: { $in: ids.slice(i, i + 100) } }, { limit: 100 })),
    );
  }
  const nameOf = new Map(members.map((m) => [m._id, m.name]));
  const rows = ids.map((memberId) => {
    const signup = byMember.get(memberId);
    const outcome: 'present' | 'leave' | 'absent' =
      signup?.checkedInAt !== undefined ? 'present' : signup?.status === 'leave' ? 'leave' : 'absent';
    const note =
      outcome === 'leave' ? (signup?.leaveReason ?? null) : signup?.proxy ? `代签：${signup.proxy.reason}` : null;
    return { memberId, name: nameOf.get(memberId) ?? signup?.memberName ?? '', outcome, note };
  });
  const count = (outcome: string) => rows.filter((row) => row.outcome === outcome).length;
  return {
    expected: expectedIds.length,
    expectedBasis,
    present: count('present'),
    leave: count('leave'),
    absent: count('absent'),
    rows,
  };
}

/**
 * 应到 (ADR 0013): the members fixed at publication; a branch meeting published before that rule expects its
 * branch's eligible members as of now; any other activity expects whoever holds a place.
 */
async function expectedAttendees(ctx: CallContext, activity: ActivityDoc, signups: SignupDoc[]) {
  if (activity.expectedMemberIds.length)
    return { expectedIds: activity.expectedMemberIds, expectedBasis: 'members' as const };
  const organiser = await membersRepository(ctx.store).unitById(activity.organiserUnitId);
  if (organiser && expectsWholeAudience(activity, organiser))
    return { expectedIds: await eligibleMemberIds(ctx, organiser._id), expectedBasis: 'members' as const };
  const expectedIds = signups
    .filter((s) => s.status === 'confirmed' || s.status === 'leave' || s.checkedInAt !== undefined)
    .map((s) => s.memberId);
  return { expectedIds, expectedBasis: 'signups' as const };
}

const OUTCOME_LABELS = { present: '实到', leave: '请假', absent: '缺席' } as const;

export async function attendanceExport(ctx: CallContext, activityId: string) {
  const activity = await loadActivity(ctx, activityId);
  const report = await attendance(ctx, activityId);
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('考勤');
  sheet.addRow([activity.title, chinaDay(activity.startAt)]);
  sheet.addRow([`应到 ${report.expected}`, `实到 ${report.present}`, `请假 ${report.leave}`, `缺席 ${report.absent}`]);
  sheet.addRow(['姓名', '结果', '备注']);
  for (const row of report.rows) sheet.addRow([row.name, OUTCOME_LABELS[row.outcome], row.note ?? '']);
  sheet.columns.forEach((column) => (column.width = 18));
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${activity.title}-考勤-${chinaDay(activity.startAt).replace(/-/g, '')}.xlsx`,
    file: file.toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

export async function saveMinutes(ctx: CallContext, input: z.output<typeof MinutesInput>) {
  const admin = requireMember(ctx);
  const activity = await loadActivity(ctx, input.activityId);
  if (ctx.now < activity.startAt) throw new AppError('CONFLICT', '会议还没有开始，开始后才能填写会议记录。');
  const { activityId: _id, ...fields } = input;
  const minutes = { ...fields, recordedAt: ctx.now, recordedBy: admin._id };
  await activitiesRepository(ctx.store).activities.updateWhere({ _id: activity._id }, { $set: { minutes } });
  await appendAudit(ctx, {
    action: 'activity.minutes',
    summary: `${activity.minutes ? '修改' : '记录'}了${activityLabel(activity)}的会议记录`,
    targetId: activity._id,
    targetName: activity.title,
    unitPath: activity.organiserPath,
  });
  return getMinutes(ctx, activity._id);
}

const MAX_PHOTO_BYTES = 1024 * 1024;

export async function uploadPhoto(ctx: CallContext, activityId: string, name: string, base64: string) {
  await loadActivity(ctx, activityId);
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0 || content.length > MAX_PHOTO_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', '图片太大，请压缩到 1 MB 以内。');
  const contentType = IMAGE_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  const fileId = await ctx.platform.files.put(name, content, contentType);
  return { fileId, url: await ctx.platform.files.urlOf(fileId) };
}

export async function getMinutes(ctx: CallContext, activityId: string) {
  const activity = await loadActivity(ctx, activityId);
  if (!activity.minutes) throw new AppError('NOT_FOUND', '这个活动还没有会议记录。');
  const { rows: _rows, ...summary } = await attendance(ctx, activityId);
  const { recordedBy: _by, photos = [], ...minutes } = activity.minutes;
  const withUrls = await Promise.all(
    photos.map(async (fileId) => ({ fileId, url: await ctx.platform.files.urlOf(fileId) })),
  );
  return { ...minutes, photos: withUrls, attendance: summary };
}

/** How many of each meeting a branch must hold in a period of `months` months. */
function required(months: number): Partial<Record<ActivityType, number>> {
  return months === 1
    ? { committee_meeting: 1, group_meeting: 1 }
    : { branch_congress: 1, party_lecture: 1, committee_meeting: months, group_meeting: months };
}

export async function meetingRecords(ctx: CallContext, unitId: string, period: string) {
  const repo = membersRepository(ctx.store);
  const { start, end, months } = chinaPeriod(period);
  const units = await findAll((skip) => repo.unitsInSubtree(unitId, skip));
  const branches = units
    .filter((unit) => unit.kind === 'branch' && !unit.archived)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const meetings: ActivityDoc[] = await findAll((skip) =>
    activitiesRepository(ctx.store).activities.find(
      {
        organiserPath: unitId,
        type: { $in: [...THREE_MEETINGS] },
        startAt: { $gte: start, $lt: end },
        endAt: { $lte: ctx.now },
      },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  const need = required(months);
  return {
    period,
    branches: branches.map((branch) => {
      const held = Object.fromEntries(THREE_MEETINGS.map((type) => [type, 0])) as Record<ActivityType, number>;
      for (const meeting of meetings) if (meeting.organiserPath.includes(branch._id)) held[meeting.type] += 1;
      const missing = (Object.entries(need) as Array<[ActivityType, number]>)
        .filter(([type, n]) => held[type] < n)
        .map(([type]) => type);
      return { unitId: branch._id, name: branch.name, held, missing };
    }),
  };
}

/** Reminds the admins of every branch that has not held a required meeting in the period. */
export async function remindMissing(ctx: CallContext, unitId: string, period: string) {
  const records = await meetingRecords(ctx, unitId, period);
  const { members } = membersRepository(ctx.store);
  let reminded = 0;
  for (const branch of records.branches.filter((b) => b.missing.length > 0)) {
    const admins = await members.find(
      { unitId: branch.unitId, role: { $in: ['branch_admin', 'org_admin', 'super_admin'] } },
      { limit: 20 },
    );
    const what = branch.missing.map((type) => ACTIVITY_TYPE_LABELS[type]).join('、');
    for (const admin of admins) {
      await notify(
        ctx,
        admin,
        '三会一课提醒',
        `${branch.name}在 ${period} 还没有召开：${what}，请及时安排。`,
        'meeting_missing',
      );
      reminded += 1;
    }
  }
  const unit = await membersRepository(ctx.store).unitById(unitId);
  await appendAudit(ctx, {
    action: 'meetings.remind',
    summary: `提醒了 ${reminded} 位支部管理员补开 ${period} 的三会一课`,
    targetId: unitId,
    targetName: unit?.name,
    unitPath: unit ? [...unit.path, unit._id] : [unitId],
  });
  return { reminded };
}
