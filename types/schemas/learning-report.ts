import * as z from 'zod';
import { EpochMs, Id } from './common';

/** A member's 学习报告 covers one calendar month (`YYYY-MM`) or year (`YYYY`), China time. */
export const LEARNING_REPORT_PERIODS = ['month', 'year'] as const;
export const LearningReportPeriod = z.enum(LEARNING_REPORT_PERIODS);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

export const LearningReportInput = z
  .strictObject({
    period: LearningReportPeriod,
    /** `YYYY-MM` for a month, `YYYY` for a year. */
    at: z.string().max(7),
    /** Someone else's report: only an admin whose subtree holds that member (the router checks). */
    memberId: Id.optional(),
  })
  .refine((input) => (input.period === 'month' ? MONTH : YEAR).test(input.at), {
    message: '请选择要查看的月份或年份（月份如 2026-05，年份如 2026）',
    path: ['at'],
  });

const Count = z.number().int().nonnegative();
/** A share of answers, 0–100, rounded; null when nothing was answered. */
const Percent = z.number().int().min(0).max(100).nullable();

/** What the member did in one period; every figure is a count of their own records. */
export const LearningFigures = z.object({
  /** Verified study time, in minutes (seconds summed, rounded down). */
  studyMinutes: Count,
  itemsCompleted: Count,
  /** Quiz attempts handed in, and the share of their questions answered correctly. */
  quizzesHandedIn: Count,
  correctRate: Percent,
  /** Activities the member checked in at (代签 included). */
  activitiesAttended: Count,
  pointsEarned: z.number().int(),
});

/** How the member answered questions carrying one tag in the period. */
export const TagPerformance = z.object({
  tag: z.string(),
  answered: Count,
  correct: Count,
  rate: z.number().int().min(0).max(100),
});

/** A tag to work on: a low correct rate in the period, and/or questions of it still in the wrong-answer book. */
export const WeakPoint = z.object({
  tag: z.string(),
  rate: Percent,
  inWrongBook: Count,
});

export const LearningSuggestion = z.object({
  contentId: Id,
  title: z.string(),
  tag: z.string(),
  reason: z.string(),
});

export const AttendedActivity = z.object({
  activityId: Id,
  title: z.string(),
  startAt: EpochMs,
});

export const LearningReport = z.object({
  memberName: z.string(),
  unitName: z.string(),
  period: LearningReportPeriod,
  at: z.string(),
  /** The period before, for comparison (the month before, or the year before). */
  previousAt: z.string(),
  current: LearningFigures,
  previous: LearningFigures,
  /** Tags answered in the period, most answered first (at most 8). */
  tags: z.array(TagPerformance),
  /** The best tags (at least 3 answers, rate ≥ 80), best first; at most 3. */
  strengths: z.array(TagPerformance),
  /** At most 3, weakest first. */
  weakPoints: z.array(WeakPoint),
  /** Up to 3 published items the member may read, for the weak tags, not yet completed. */
  suggestions: z.array(LearningSuggestion),
  /** The activities attended in the period, latest first (at most 20). */
  activities: z.array(AttendedActivity),
});
