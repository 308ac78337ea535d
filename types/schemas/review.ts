import * as z from 'zod';
import { BRANCH_STARS, REVIEW_GRADES, REVIEW_PHASES, SELF_ASSESSMENT_MAX, SELF_ASSESSMENT_MIN } from '../review-labels';
import { EpochMs, Id } from './common';

/**
 * 民主评议党员 (the annual democratic review of members) and 支部评星定级 (the committee's rating of branches).
 * A round runs in phases: 自我评价 → 民主测评 → 组织评定 → 公示 → 已完成 (see ADR 0018).
 */
const Year = z.number().int().min(2000, '年度不正确').max(2100, '年度不正确');
const Phase = z.enum(REVIEW_PHASES);
const Grade = z.enum(REVIEW_GRADES, '请选择评议等次');

export const GradeCounts = z.object({
  excellent: z.number().int(),
  qualified: z.number().int(),
  basic: z.number().int(),
  unqualified: z.number().int(),
});

/** When each phase is planned to end: shown to members as the date to finish by. */
export const PhaseDeadlines = z.object({
  self: EpochMs,
  rating: EpochMs,
  grading: EpochMs,
  publicity: EpochMs,
});

export const ReviewRoundOpenInput = z
  .strictObject({ unitId: Id, year: Year, deadlines: PhaseDeadlines.strict() })
  .refine((i) => i.deadlines.self < i.deadlines.rating, {
    path: ['deadlines', 'rating'],
    message: '民主测评应在自我评价之后结束',
  })
  .refine((i) => i.deadlines.rating < i.deadlines.grading, {
    path: ['deadlines', 'grading'],
    message: '组织评定应在民主测评之后结束',
  })
  .refine((i) => i.deadlines.grading < i.deadlines.publicity, {
    path: ['deadlines', 'publicity'],
    message: '公示应在组织评定之后结束',
  });
export const ReviewRoundIdInput = z.strictObject({ roundId: Id });
export const ReviewRoundsInput = z.strictObject({ unitId: Id });

export const SelfSubmitInput = z.strictObject({
  roundId: Id,
  text: z
    .string()
    .trim()
    .min(SELF_ASSESSMENT_MIN, `自我评价至少写 ${SELF_ASSESSMENT_MIN} 个字`)
    .max(SELF_ASSESSMENT_MAX, `自我评价不超过 ${SELF_ASSESSMENT_MAX} 个字`),
});

/** One rater's sheet: a grade for every other member under review, each once. */
export const RateInput = z.strictObject({
  roundId: Id,
  grades: z
    .array(z.strictObject({ memberId: Id, grade: Grade }))
    .min(1, '请为每位党员选择等次')
    .max(500),
});

export const GradeInput = z.strictObject({
  roundId: Id,
  memberId: Id,
  grade: Grade,
  reason: z.string().trim().min(2, '请写明评定理由，至少 2 个字').max(200, '评定理由不超过 200 个字'),
});

const RoundCore = {
  roundId: Id,
  unitId: Id,
  unitName: z.string(),
  year: z.number().int(),
  phase: Phase,
  deadlines: PhaseDeadlines,
  openedAt: EpochMs,
};

/** What the member page shows: the round, what is asked of me now, and my grade once published. */
export const ReviewCurrentOutput = z.object({
  round: z
    .object({
      ...RoundCore,
      /** I am under review this round (a full or probationary member of the branch when it opened). */
      underReview: z.boolean(),
      /** I may rate (a full member under review). */
      mayRate: z.boolean(),
      selfText: z.string().nullable(),
      rated: z.boolean(),
      /** The members I grade on my sheet, while 民主测评 is open and I have not rated. */
      ratees: z.array(z.object({ memberId: Id, name: z.string() })),
      /** My 组织评定 grade, once published (公示 and after). */
      myGrade: Grade.nullable(),
      /** The branch's counts per grade, once published. */
      outcome: GradeCounts.nullable(),
    })
    .nullable(),
});

/** A round in the console, with its progress (never who rated). */
export const AdminRoundCard = z.object({
  ...RoundCore,
  underReview: z.number().int(),
  raters: z.number().int(),
  selfSubmitted: z.number().int(),
  sheets: z.number().int(),
  graded: z.number().int(),
  outcome: GradeCounts.nullable(),
});
export const AdminRoundsOutput = z.object({ items: z.array(AdminRoundCard) });

/** One member's row on the grade sheet: self-assessment, the 民主测评 counts, and the grade recorded. */
export const TallyRow = z.object({
  memberId: Id,
  name: z.string(),
  selfText: z.string().nullable(),
  ratings: GradeCounts,
  grade: Grade.nullable(),
  reason: z.string().nullable(),
  /** The member's quantified assessment (量化考核) for the round's year, when the unit has a scheme. */
  score: z.object({ total: z.number(), maxTotal: z.number() }).nullable(),
});
export const ReviewTallyOutput = z.object({ round: AdminRoundCard, rows: z.array(TallyRow) });

export const ReviewSummaryInput = z.strictObject({ unitId: Id, year: Year });
export const ReviewSummaryOutput = z.object({
  year: z.number().int(),
  branches: z.array(
    z.object({
      roundId: Id,
      unitId: Id,
      unitName: z.string(),
      phase: Phase,
      underReview: z.number().int(),
      /** Counts per grade: null until the branch publishes its outcome. */
      outcome: GradeCounts.nullable(),
    }),
  ),
  /** Counts per grade over the published branches. */
  total: GradeCounts,
});

export const BranchRatingInput = z.strictObject({
  unitId: Id,
  year: Year,
  stars: z.number('请选择星级').int().min(1, '请选择星级').max(BRANCH_STARS.length, '最多五星'),
  note: z.string().trim().min(2, '请写一句评语，至少 2 个字').max(200, '评语不超过 200 个字'),
});
export const BranchRatingsInput = z.strictObject({ unitId: Id, year: Year });

/** A branch's year beside its rating: figures from the console's aggregates and its 三会一课 record. */
export const BranchYearRow = z.object({
  unitId: Id,
  unitName: z.string(),
  members: z.number().int(),
  studyMinutesPerMember: z.number().int().nullable(),
  attendanceRate: z.number().nullable(),
  /** Months of the year (so far) in which the branch held every required 三会一课 meeting. */
  meetingMonthsComplete: z.number().int(),
  meetingMonthsOwed: z.number().int(),
  reviewOutcome: GradeCounts.nullable(),
  stars: z.number().int().nullable(),
  note: z.string().nullable(),
  ratedAt: EpochMs.nullable(),
});
export const BranchRatingsOutput = z.object({ year: z.number().int(), items: z.array(BranchYearRow) });
