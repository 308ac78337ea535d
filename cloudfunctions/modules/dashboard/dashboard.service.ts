import type { z } from 'zod';
import {
  PARTY_AGE_BANDS,
  type Dashboard,
  type DashboardActivity,
  type DashboardComposition,
  type DashboardInput,
} from '../../../types/schemas/dashboard';
import { MEMBER_STATUSES, POINT_RULES, STAGES, THREE_MEETINGS, type ActivityType } from '../../../types/labels';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { chinaDay } from '../shared/china-time';
import { pendingWork } from '../system/pending-work.service';
import { aggregateCollections, unitDayId, unitMonthId, type Counts, type UnitMonthDoc } from './aggregates';
import { BALANCE_BANDS } from './tallies';
import { matrixBranches } from './branch-lists';
import { periodDays, periodMonths, weekStartOf } from './periods';

/**
 * `admin.dashboard` from the aggregates only (ADR 0015): the unit, its children (≤ 100), its branches for the
 * 三会一课 matrix, the unit's day documents, the children's month documents and their snapshots, and the pending
 * counts — a number of reads that depends on the period and the unit count, never on the members.
 */
export async function dashboard(ctx: CallContext, input: DashboardInput): Promise<z.input<typeof Dashboard>> {
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，请返回刷新。');
  const { from, to } = periodDays(input.period, input.anchor);
  const months = periodMonths(from, to);
  const { days, months: monthDocs, snapshots } = aggregateCollections(ctx.store);

  // This month's own document (the 交流园地 and 问一问 figures) comes with the period's, in the same read.
  const thisMonth = chinaDay(ctx.now).slice(0, 7);
  const [children, childUnitTotal, branches, dayDocs, ownAndThisMonth, pending] = await Promise.all([
    repo.units.find({ parentId: unit._id, archived: { $ne: true } }, { sort: [['name', 1]], limit: 100 }),
    repo.units.count({ parentId: unit._id, archived: { $ne: true } }),
    matrixBranches(ctx.store, unit),
    // By `_id` range, a stretch of at most 100 days a read, side by side: an indexed range on every store, where
    // the unit-and-day filter made the embedded store scan every unit's days.
    Promise.all(
      chunks(eachDay(from, to), 100).map((stretch) =>
        days.find(
          { _id: { $gte: unitDayId(unit._id, stretch[0]!), $lte: unitDayId(unit._id, stretch.at(-1)!) } },
          { sort: [['_id', 1]], limit: 100 },
        ),
      ),
    ).then((stretches) => stretches.flat()),
    monthDocs.find(
      { _id: { $in: [...new Set([...months, thisMonth])].map((month) => unitMonthId(unit._id, month)) } },
      { limit: 100 },
    ),
    pendingWork(ctx, unit._id),
  ]);
  const ownMonths = ownAndThisMonth.filter((doc) => months.includes(doc.month));
  const forumMonth = ownAndThisMonth.find((doc) => doc.month === thisMonth);
  const childIds = children.map((child) => child._id);
  const childMonthIds = childIds.flatMap((childId) => months.map((month) => unitMonthId(childId, month)));
  const [childMonths, snapshotDocs, ownSnapshot] = await Promise.all([
    Promise.all(chunks(childMonthIds, 100).map((ids) => monthDocs.find({ _id: { $in: ids } }, { limit: 100 }))).then(
      (pages) => pages.flat(),
    ),
    childIds.length ? snapshots.find({ _id: { $in: childIds } }, { limit: 100 }) : Promise.resolve([]),
    snapshots.get(unit._id),
  ]);
  const snapshotOf = new Map([...snapshotDocs, ...(ownSnapshot ? [ownSnapshot] : [])].map((doc) => [doc._id, doc.c]));
  const year = Number(chinaDay(ctx.now).slice(0, 4));

  const weeks = new Map<string, Counts>();
  for (const doc of dayDocs) sumInto(getOr(weeks, weekStartOf(doc.day), {}), doc.c);
  const weekStarts = [...new Set(eachDay(from, to).map(weekStartOf))];
  const ownTotals: Counts = {};
  for (const doc of ownMonths) sumInto(ownTotals, doc.c);

  return {
    unitId: unit._id,
    unitName: unit.name,
    kind: unit.kind,
    period: input.period,
    from,
    to,
    serverNow: ctx.now,
    composition: composition(snapshotOf.get(unit._id) ?? {}, year),
    totals: activity(ownTotals),
    weeks: weekStarts.map((weekStart) => ({ weekStart, ...activity(weeks.get(weekStart) ?? {}) })),
    children: children.map((child) => {
      const counts: Counts = {};
      for (const doc of childMonths) if (doc.unitId === child._id) sumInto(counts, doc.c);
      const snapshot = snapshotOf.get(child._id) ?? {};
      return {
        unitId: child._id,
        name: child.name,
        kind: child.kind,
        composition: composition(snapshot, year),
        activity: activity(counts),
      };
    }),
    childUnitTotal,
    scoreBands: Array.from({ length: 10 }, (_, band) => ({
      from: band * 10,
      to: band === 9 ? 100 : band * 10 + 9,
      attempts: ownTotals[`score_${band}`] ?? 0,
    })),
    points: {
      byRule: Object.fromEntries(POINT_RULES.map((rule) => [rule, ownTotals[`points_${rule}`] ?? 0])) as Record<
        (typeof POINT_RULES)[number],
        number
      >,
      balanceBands: BALANCE_BANDS.map((bandFrom, band) => ({
        from: bandFrom,
        to: band + 1 < BALANCE_BANDS.length ? BALANCE_BANDS[band + 1]! - 1 : null,
        members: snapshotOf.get(unit._id)?.[`balance_${band}`] ?? 0,
      })),
    },
    meetingMatrix: branches.map((branch) => ({
      unitId: branch._id,
      name: branch.name,
      months: months.map((month) => meetingCell(ctx.now, branch, month, ownMonths)),
    })),
    pending,
    forumThisMonth: { posts: forumMonth?.c.forumPosts ?? 0, members: forumMonth?.c.forumPosters ?? 0 },
    assistantThisMonth: {
      questions: forumMonth?.c.assistantQuestions ?? 0,
      members: forumMonth?.c.assistantUsers ?? 0,
    },
  };
}

/** How many of each meeting a branch must hold in one month (as `activities.meetingRecords` asks of a month). */
export const REQUIRED_MONTHLY: Partial<Record<ActivityType, number>> = { committee_meeting: 1, group_meeting: 1 };

export function meetingCell(now: number, branch: { _id: string }, month: string, ownMonths: UnitMonthDoc[]) {
  const held: Partial<Record<ActivityType, number>> = {};
  const doc = ownMonths.find((m) => m.month === month);
  for (const meeting of Object.values(doc?.meetings ?? {})) {
    if (meeting.endAt > now || !meeting.organiserPath.includes(branch._id)) continue;
    const type = meeting.type as ActivityType;
    held[type] = (held[type] ?? 0) + 1;
  }
  const past = month <= chinaDay(now).slice(0, 7);
  const missing = past
    ? THREE_MEETINGS.filter((type) => (held[type] ?? 0) < (REQUIRED_MONTHLY[type] ?? 0))
    : ([] as ActivityType[]);
  return { month, held, missing };
}

function composition(c: Counts, year: number): z.input<typeof DashboardComposition> {
  const byPartyAge = Object.fromEntries(PARTY_AGE_BANDS.map((band) => [band, 0])) as Record<
    (typeof PARTY_AGE_BANDS)[number],
    number
  >;
  for (const [key, n] of Object.entries(c)) {
    if (key === 'join_none') byPartyAge.none += n;
    else if (key.startsWith('join_')) byPartyAge[partyAgeBand(year - Number(key.slice(5)))] += n;
  }
  return {
    members: c.members ?? 0,
    activeMembers: c.active ?? 0,
    byStage: Object.fromEntries(STAGES.map((stage) => [stage, c[`stage_${stage}`] ?? 0])) as Record<
      (typeof STAGES)[number],
      number
    >,
    byStatus: Object.fromEntries(MEMBER_STATUSES.map((status) => [status, c[`status_${status}`] ?? 0])) as Record<
      (typeof MEMBER_STATUSES)[number],
      number
    >,
    byPartyAge,
  };
}

/** 党龄 in whole calendar years (this year minus the year of joining, China time). */
export function partyAgeBand(years: number): (typeof PARTY_AGE_BANDS)[number] {
  if (years < 5) return 'under_5';
  if (years < 10) return 'from_5_to_10';
  if (years < 20) return 'from_10_to_20';
  if (years < 30) return 'from_20_to_30';
  return 'over_30';
}

function activity(c: Counts): z.input<typeof DashboardActivity> {
  return {
    studyMinutes: Math.floor((c.studySeconds ?? 0) / 60),
    itemsCompleted: c.itemsCompleted ?? 0,
    attemptsHandedIn: c.attemptsHandedIn ?? 0,
    attemptsGraded: c.attemptsGraded ?? 0,
    attemptsPassed: c.attemptsPassed ?? 0,
    signups: c.signups ?? 0,
    leave: c.leave ?? 0,
    checkins: c.checkins ?? 0,
    pointsAwarded: c.pointsAwarded ?? 0,
    ballotsCast: c.ballotsCast ?? 0,
  };
}

function sumInto(into: Counts, from: Counts): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

function getOr<K, V>(map: Map<K, V>, key: K, fresh: V): V {
  if (!map.has(key)) map.set(key, fresh);
  return map.get(key)!;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > to) return out;
    out.push(day);
  }
}
