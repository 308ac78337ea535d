import * as z from 'zod';
import { ACTIVITY_TYPES, POINT_RULES } from '../labels';
import { EpochMs, Id } from './common';
import { Stage, UnitKind } from './members';

/** A calendar month, `YYYY-MM` (China time), as the month picker gives it. */
export const ReportMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份不正确，请用月份选择器重新选择要查看的月份。');

export const MonthlyReportInput = z.strictObject({ unitId: Id, month: ReportMonth });
export type MonthlyReportInput = z.output<typeof MonthlyReportInput>;

const Count = z.number().int().nonnegative();
/** A percentage rounded to one decimal; null when there is nothing to divide by. */
const Percent = z.number().min(0).max(100).nullable();
const MeetingType = z.enum(ACTIVITY_TYPES);

/** What a subtree did in one month, every figure read from the per-unit aggregates (ADR 0015). */
export const ReportFigures = z.object({
  study: z.object({
    /** Verified study time credited, in minutes. */
    minutes: Count,
    itemsCompleted: Count,
    /** Minutes per active member (rounded down); null without active members. */
    minutesPerMember: Count.nullable(),
    /** Members credited with study time this month, each once (学习人数). */
    members: Count,
  }),
  quizzes: z.object({
    attemptsHandedIn: Count,
    /** Hand-ins of quizzes with a pass mark; daily practice and competitions have none. */
    attemptsGraded: Count,
    attemptsPassed: Count,
    /** Passed per graded hand-in; null when nothing graded was handed in. */
    passRate: Percent,
    /** Average score of the attempts handed in, as a percentage. */
    averageScore: Percent,
    /** Attempts by score in bands of ten (the last 90–100). */
    scoreBands: z.array(z.object({ from: Count, to: Count, attempts: Count })),
  }),
  activities: z.object({
    /** Places held (报名) in activities starting this month, 请假, and check-ins. */
    signups: Count,
    leave: Count,
    checkins: Count,
    /** Check-ins per place held. */
    attendanceRate: Percent,
    /** Members who checked in at an activity starting this month, each once (参加活动人数). */
    members: Count,
  }),
  /** 三会一课 held (ended) this month by type, what is required of the branches, and the types still missing. */
  meetings: z.object({
    held: z.partialRecord(MeetingType, Count),
    required: z.partialRecord(MeetingType, Count),
    missing: z.array(MeetingType),
    /** Branches of the subtree with a required meeting missing this month. */
    branchesMissing: Count,
  }),
  points: z.object({
    awarded: Count,
    byRule: z.record(z.enum(POINT_RULES), Count),
    /** Members by their points balance now, in bands `[from, to]` (`to` null: and more). */
    balanceBands: z.array(z.object({ from: Count, to: Count.nullable(), members: Count })),
  }),
  /** 问一问 this month: questions asked and how many members asked (counts only, never the text). */
  assistant: z.object({ questions: Count, members: Count }),
  /**
   * The development pipeline now: members on the roster, active ones, and active ones per stage; and the members
   * who reached each stage this month (a change of stage dated this month; 正式党员 = 转正).
   */
  pipeline: z.object({
    members: Count,
    activeMembers: Count,
    byStage: z.record(Stage, Count),
    reachedThisMonth: z.record(Stage, Count),
  }),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

/** One figure against last month, with the sentence a secretary would say about it. */
export const ReportChange = z.object({
  figure: z.string(),
  current: z.number(),
  previous: z.number(),
  direction: z.enum(['up', 'down', 'same']),
  text: z.string(),
});

export const ReportUnit = z.object({
  unitId: Id,
  name: z.string(),
  kind: UnitKind,
  figures: ReportFigures,
  changes: z.array(ReportChange),
});

/** A study plan due this month that reaches the unit's members: how many of them completed it. */
export const ReportPlan = z.object({
  planId: Id,
  title: z.string(),
  deadline: EpochMs,
  members: Count,
  completedMembers: Count,
  /** Completed per member reached; null when it reaches nobody. */
  completionRate: Percent,
});

export const MonthlyReport = ReportUnit.extend({
  month: ReportMonth,
  previousMonth: ReportMonth,
  /** The server's clock: meetings not yet ended are not held, and a month still running is not complete. */
  generatedAt: EpochMs,
  /** For a committee or general branch: every branch of its subtree (first 100 by name), side by side. */
  branches: z.array(ReportUnit),
  branchTotal: Count,
  /** Study plans due this month assigned to the unit, above it or inside its subtree (the first 5 by deadline). */
  plans: z.array(ReportPlan),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;
