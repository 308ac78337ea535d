import { INACTIVE_MEMBER_STATUSES, type ActivityType } from '../../types/labels';
import type { ActivityDoc, SignupDoc } from '../../cloudfunctions/modules/activities/activities.types';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import type { StudyDayDoc } from '../../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * Two months of branch life for the monthly report (last month and this month up to yesterday): study time on
 * some days for every active member, and each branch's 支委会 and 党小组会 with sign-ups, check-ins and a leave.
 * This month one branch in two has not held its 党小组会 yet, so the report has something missing to show.
 * Deterministic, so the gallery's pictures only change when the code does. Written only once.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const CHINA = 8 * HOUR;
const BRANCHES = ['u-b-office', 'u-b-service', 'u-b-retired', 'u-b-east', 'u-b-west'];

const chinaDay = (at: number) => new Date(at + CHINA).toISOString().slice(0, 10);
/** Midnight in China of the first day of the month `offset` months from the one holding `at`. */
function monthStart(at: number, offset: number): number {
  const day = new Date(at + CHINA);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + offset, 1) - CHINA;
}

export async function seedDemoReportMonths(store: DocStore, now: number): Promise<boolean> {
  const activities = store.collection<ActivityDoc>('activities');
  if ((await activities.count({ _id: { $gt: 'act-month-', $lt: 'act-month.' } })) > 0) return false;
  const members = (
    await store.collection<MemberDoc>('members').find({ unitId: { $in: BRANCHES } }, { sort: [['_id', 1]], limit: 100 })
  ).filter((member) => !INACTIVE_MEMBER_STATUSES.includes(member.status));
  const units = await store.collection<UnitDoc>('units').find({ _id: { $in: BRANCHES } }, { limit: 100 });
  const days = store.collection<StudyDayDoc>('study_days');
  const signups = store.collection<SignupDoc>('signups');
  const yesterday = chinaDay(now - DAY);

  for (const [offset, pace] of [
    [-1, 3],
    [0, 2],
  ] as const) {
    const start = monthStart(now, offset);
    const month = chinaDay(start).slice(0, 7);
    for (const [index, member] of members.entries()) {
      for (let date = 1; date <= 31; date += 1) {
        const day = chinaDay(start + (date - 1) * DAY);
        if (!day.startsWith(month) || day > yesterday || (index + date) % pace !== 0) continue;
        const seconds = (10 + ((index * 7 + date * 13) % 20)) * 60;
        const _id = `${member._id}_${day}`;
        if (!(await days.get(_id))) await days.insert({ _id, memberId: member._id, day, seconds });
      }
    }
    for (const [branchIndex, branchId] of BRANCHES.entries()) {
      const unit = units.find((u) => u._id === branchId);
      if (!unit) continue;
      const meetings: Array<[ActivityType, number, string]> = [['committee_meeting', 4, '支委会']];
      if (offset < 0 || branchIndex % 2 === 0) meetings.push(['group_meeting', 11, '党小组会']);
      const branchMembers = members.filter((m) => m.unitId === branchId);
      for (const [type, dayIndex, name] of meetings) {
        const startAt = start + dayIndex * DAY + 14 * HOUR;
        if (startAt + 2 * HOUR > now) continue;
        const activityId = `act-month-${month}-${branchId}-${type}`;
        const expected = branchMembers.map((m) => m._id);
        await activities.insert({
          _id: activityId,
          type,
          title: `${Number(month.slice(5, 7))}月${name}`,
          description: '学习传达上级会议精神，研究支部本月工作。',
          startAt,
          endAt: startAt + 2 * HOUR,
          place: { text: '党员活动室' },
          organiserUnitId: branchId,
          organiserPath: [...unit.path, branchId],
          openToAll: false,
          capacity: null,
          signupOpensAt: startAt - 7 * DAY,
          signupClosesAt: startAt,
          cancelPolicy: 'until_deadline',
          approvalRequired: false,
          showRoster: true,
          extraFields: [],
          expectedMemberIds: expected,
          confirmedCount: branchMembers.length,
          waitlistCount: 0,
          createdBy: 'm-001',
          createdAt: startAt - 7 * DAY,
        });
        for (const [index, member] of branchMembers.entries()) {
          const onLeave = (index + dayIndex + offset) % 5 === 0;
          await signups.insert({
            _id: `${activityId}_${member._id}`,
            activityId,
            memberId: member._id,
            memberName: member.name,
            unitId: member.unitId,
            status: onLeave ? 'leave' : 'confirmed',
            arrival: startAt - 5 * DAY + index,
            answers: {},
            leaveReason: onLeave ? '外出办事' : null,
            // On leave, a sign-up carries its activity's path and end, as the 请假 route stores it.
            ...(onLeave ? { organiserPath: [...unit.path, branchId], endAt: startAt + 2 * HOUR } : {}),
            ...(onLeave || index % 7 === 6 ? {} : { checkedInAt: startAt + 5 * 60_000 }),
            createdAt: startAt - 5 * DAY,
            updatedAt: startAt - 5 * DAY,
          });
        }
      }
    }
  }
  return true;
}
