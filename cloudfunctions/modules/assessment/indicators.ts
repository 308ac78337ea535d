import type { IndicatorSource } from '../../../types/assessment-labels';
import { THREE_MEETINGS } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import type { Doc, Filter } from '../../store/types';
import { datesOf, eachRecord } from '../dashboard/member-records';
import { chinaDay } from '../shared/china-time';
import { volunteerMinutesOf } from '../transfers/volunteer.service';
import type { Period } from './periods';

/**
 * The raw value of every computed indicator for some members over a period, read from the records the other
 * modules keep: study days (minutes), finished items, plan awards, passed exams (distinct quizzes), check-ins at
 * 三会一课 and at other activities (by the activity's start), accepted tasks, points, volunteer hours (as the
 * transfers module counts them), and approved manual items by indicator key. Each is a plain count or sum over those records.
 */
export type RawValues = Record<Exclude<IndicatorSource, 'manual'>, number> & { manual: Record<string, number> };

const empty = (): RawValues => ({
  study_minutes: 0,
  items_completed: 0,
  plans_completed: 0,
  exams_passed: 0,
  meetings_attended: 0,
  activities_attended: 0,
  tasks_done: 0,
  points: 0,
  volunteer_hours: 0,
  manual: {},
});

interface Row extends Doc {
  memberId: string;
  [field: string]: unknown;
}

async function* rowsOf(ctx: CallContext, name: string, memberIds: string[], filter: Filter): AsyncGenerator<Row> {
  for (let i = 0; i < memberIds.length; i += 100)
    yield* eachRecord<Row>(ctx.store, name, { ...filter, memberId: { $in: memberIds.slice(i, i + 100) } });
}

export async function rawValuesOf(
  ctx: CallContext,
  memberIds: string[],
  period: Period,
): Promise<Map<string, RawValues>> {
  const values = new Map(memberIds.map((id) => [id, empty()]));
  const of = (memberId: string) => values.get(memberId)!;
  const within = { $gte: period.from, $lt: period.to };
  const seconds = new Map<string, number>();
  for await (const day of rowsOf(ctx, 'study_days', memberIds, {
    day: { $gte: chinaDay(period.from), $lt: chinaDay(period.to) },
  }))
    seconds.set(day.memberId, (seconds.get(day.memberId) ?? 0) + Number(day.seconds));
  for (const [memberId, total] of seconds) of(memberId).study_minutes = Math.floor(total / 60);
  for await (const row of rowsOf(ctx, 'study_progress', memberIds, { completedAt: within }))
    of(row.memberId).items_completed += 1;
  for await (const award of rowsOf(ctx, 'points_awards', memberIds, { at: within })) {
    of(award.memberId).points += Number(award.points);
    if (award.rule === 'plan_complete') of(award.memberId).plans_completed += 1;
  }
  const passed = new Map<string, Set<string>>();
  for await (const attempt of rowsOf(ctx, 'attempts', memberIds, {
    status: 'submitted',
    passed: true,
    submittedAt: within,
  }))
    if (attempt.quizId)
      passed.set(attempt.memberId, (passed.get(attempt.memberId) ?? new Set()).add(String(attempt.quizId)));
  for (const [memberId, quizzes] of passed) of(memberId).exams_passed = quizzes.size;
  await addAttendance(ctx, memberIds, period, of);
  for (const [memberId, minutes] of await volunteerMinutesOf(ctx, memberIds, period.from, period.to))
    of(memberId).volunteer_hours = Math.round(minutes / 6) / 10;
  for await (const task of rowsOf(ctx, 'task_assignments', memberIds, { state: 'accepted', submittedAt: within }))
    of(task.memberId).tasks_done += 1;
  for await (const item of rowsOf(ctx, 'assessment_items', memberIds, { status: 'approved', occurredAt: within })) {
    const manual = of(item.memberId).manual;
    const key = String(item.indicatorKey);
    manual[key] = (manual[key] ?? 0) + Number(item.points);
  }
  return values;
}

async function addAttendance(
  ctx: CallContext,
  memberIds: string[],
  period: Period,
  of: (memberId: string) => RawValues,
): Promise<void> {
  const checkIns: Row[] = [];
  for await (const signup of rowsOf(ctx, 'signups', memberIds, { checkedInAt: { $exists: true } }))
    checkIns.push(signup);
  const ids = [...new Set(checkIns.map((s) => String(s.activityId)))];
  const starts = await datesOf(ctx.store, 'activities', ids);
  const meetings = new Set<string>();
  for (let i = 0; i < ids.length; i += 100) {
    const found = await ctx.store
      .collection<{ _id: string; type: string }>('activities')
      .find({ _id: { $in: ids.slice(i, i + 100) }, type: { $in: [...THREE_MEETINGS] } }, { limit: 100 });
    for (const activity of found) meetings.add(activity._id);
  }
  for (const signup of checkIns) {
    const start = starts.get(String(signup.activityId));
    if (start === undefined || start < period.from || start >= period.to) continue;
    if (meetings.has(String(signup.activityId))) of(signup.memberId).meetings_attended += 1;
    else of(signup.memberId).activities_attended += 1;
  }
}
