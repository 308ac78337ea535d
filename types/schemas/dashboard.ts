import * as z from 'zod';
import { ACTIVITY_TYPES, MEMBER_STATUSES, POINT_RULES } from '../labels';
import { CalendarDate, EpochMs, Id } from './common';
import { Stage, UnitKind } from './members';
import { PendingWork } from './pending-work';

/** The console's time window: the calendar month, quarter or year (China time) holding `anchor`. */
export const DASHBOARD_PERIODS = ['month', 'quarter', 'year'] as const;
export const DashboardPeriod = z.enum(DASHBOARD_PERIODS);

export const DashboardInput = z.strictObject({
  unitId: Id,
  period: DashboardPeriod.default('month'),
  /** Any day inside the period wanted; the period is the month, quarter or year that holds it. */
  anchor: CalendarDate,
});

/** 党龄 (years since joining the Party, `joinedAt`) in bands; members who have not joined count as `none`. */
export const PARTY_AGE_BANDS = [
  'under_5',
  'from_5_to_10',
  'from_10_to_20',
  'from_20_to_30',
  'over_30',
  'none',
] as const;
export const PartyAgeBand = z.enum(PARTY_AGE_BANDS);

const Count = z.number().int().nonnegative();

/** Member counts of a subtree now (not as of the period): active members only in `byStage` and `byPartyAge`. */
export const DashboardComposition = z.object({
  /** Every member on the roster of the subtree, whatever their status. */
  members: Count,
  /** Members whose status is 正常 or 流动党员. */
  activeMembers: Count,
  byStage: z.record(Stage, Count),
  byStatus: z.record(z.enum(MEMBER_STATUSES), Count),
  byPartyAge: z.record(PartyAgeBand, Count),
});

/** What happened in a subtree during a stretch of time; every figure is a count of records. */
export const DashboardActivity = z.object({
  /** Verified study time credited, in minutes (the subtree's seconds summed, rounded down). */
  studyMinutes: Count,
  /** Content items members completed. */
  itemsCompleted: Count,
  /**
   * Quiz attempts handed in; those with a pass mark (graded: daily practice and competitions have none); and the
   * graded ones that passed. A pass rate is passed / graded.
   */
  attemptsHandedIn: Count,
  attemptsGraded: Count,
  attemptsPassed: Count,
  /** Sign-ups of activities starting in the stretch: places held now (报名), 请假, and check-ins (签到, 代签 included). */
  signups: Count,
  leave: Count,
  checkins: Count,
  pointsAwarded: Count,
  /** Ballots in votes opening in the stretch. */
  ballotsCast: Count,
});

/** One week (Monday to Sunday) of the period; the first and last may be cut by the period's bounds. */
export const DashboardWeek = DashboardActivity.extend({ weekStart: CalendarDate });

/** Scores of attempts handed in during the period (every mode), as a percentage, in bands of ten (the last 90–100). */
export const ScoreBand = z.object({ from: z.number().int(), to: z.number().int(), attempts: Count });

export const DashboardChild = z.object({
  unitId: Id,
  name: z.string(),
  kind: UnitKind,
  composition: DashboardComposition,
  activity: DashboardActivity,
});

/** 三会一课 of one branch in one month: meetings held (ended) by type, and the types still required but missing. */
export const MeetingCell = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  held: z.partialRecord(z.enum(ACTIVITY_TYPES), Count),
  missing: z.array(z.enum(ACTIVITY_TYPES)),
});

export const Dashboard = z.object({
  unitId: Id,
  unitName: z.string(),
  kind: UnitKind,
  period: DashboardPeriod,
  /** First and last day of the period (inclusive, China time). */
  from: CalendarDate,
  to: CalendarDate,
  /** The server's clock; days after it are empty and meetings not yet ended are not held. */
  serverNow: EpochMs,
  composition: DashboardComposition,
  /** The whole subtree over the period. */
  totals: DashboardActivity,
  /** Study, quiz and attendance trend: one row per week of the period. */
  weeks: z.array(DashboardWeek),
  /** The first 100 child units by name (`childUnitTotal` says how many there are). */
  children: z.array(DashboardChild),
  childUnitTotal: Count,
  scoreBands: z.array(ScoreBand),
  points: z.object({
    /** Points awarded in the period by rule. */
    byRule: z.record(z.enum(POINT_RULES), Count),
    /** Members of the subtree holding points, by their balance now, in bands `[from, to]` (`to` null: and more). */
    balanceBands: z.array(z.object({ from: Count, to: Count.nullable(), members: Count })),
  }),
  /** 三会一课: every branch of the subtree (first 100 by name) × each month of the period. */
  meetingMatrix: z.array(z.object({ unitId: Id, name: z.string(), months: z.array(MeetingCell) })),
  pending: PendingWork,
  /** 交流园地 this month in the subtree: topics and replies posted, and how many members posted (counts only). */
  forumThisMonth: z.object({ posts: Count, members: Count }),
  /** 问一问 this month in the subtree: questions asked and how many members asked (counts only, never the text). */
  assistantThisMonth: z.object({ questions: Count, members: Count }),
});
export type Dashboard = z.infer<typeof Dashboard>;
export type DashboardInput = z.output<typeof DashboardInput>;

export const DrainEventsOutput = z.object({ delivered: Count, waiting: Count });
/** What the nightly reconcile found: events it delivered, and aggregate documents it had to rewrite. */
export const ReconcileOutput = z.object({ delivered: Count, days: Count, months: Count, snapshots: Count });
