/** 民主评议党员 (the annual democratic review) and 支部评星定级 (the committee rates its branches). */
import { Empty } from '../schemas/common';
import {
  AdminRoundCard,
  AdminRoundsOutput,
  BranchRatingInput,
  BranchRatingsInput,
  BranchRatingsOutput,
  BranchYearRow,
  GradeInput,
  RateInput,
  ReviewCurrentOutput,
  ReviewRoundIdInput,
  ReviewRoundOpenInput,
  ReviewRoundsInput,
  ReviewSummaryInput,
  ReviewSummaryOutput,
  ReviewTallyOutput,
  SelfSubmitInput,
  TallyRow,
} from '../schemas/review';
import { route } from '../route-def';

export const reviewApiRoutes = {
  'review.current': route({
    input: Empty,
    output: ReviewCurrentOutput,
    access: { role: 'member' },
    writes: false,
    summary: "My branch's latest review round: its phase, what I must do, and my grade once published.",
  }),
  'review.selfSubmit': route({
    input: SelfSubmitInput,
    output: ReviewCurrentOutput,
    access: { role: 'member', audience: 'reviewRound' },
    writes: true,
    summary: 'Writes or rewrites my self-assessment (自我评价) while that phase is open.',
  }),
  'review.rate': route({
    input: RateInput,
    output: ReviewCurrentOutput,
    access: { role: 'member', audience: 'reviewRound' },
    writes: true,
    summary: 'Hands in my one anonymous 民主测评 sheet grading every other member under review.',
  }),
};

export const reviewAdminRoutes = {
  'admin.reviewRounds': route({
    input: ReviewRoundsInput,
    output: AdminRoundsOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The review rounds of the branches in a subtree, newest year first, with their progress.',
  }),
  'admin.reviewRoundOpen': route({
    input: ReviewRoundOpenInput,
    output: AdminRoundCard,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: "Opens a branch's review round for a year with the planned end of each phase; one per branch and year.",
  }),
  'admin.reviewRoundAdvance': route({
    input: ReviewRoundIdInput,
    output: AdminRoundCard,
    access: { role: 'branch_admin', scope: 'reviewRound' },
    writes: true,
    summary: 'Ends the current phase: 自我评价 → 民主测评 → 组织评定, and 公示 → 已完成 (公示 begins by publishing).',
  }),
  'admin.reviewTally': route({
    input: ReviewRoundIdInput,
    output: ReviewTallyOutput,
    access: { role: 'branch_admin', scope: 'reviewRound' },
    writes: false,
    summary: 'The grade sheet: each member’s self-assessment and 民主测评 counts, sealed until 民主测评 has closed.',
  }),
  'admin.reviewGrade': route({
    input: GradeInput,
    output: TallyRow,
    access: { role: 'branch_admin', scope: 'reviewRound' },
    writes: true,
    summary: 'Records the branch’s 组织评定 of one member with a short reason (one grade per member), audited.',
  }),
  'admin.reviewPublish': route({
    input: ReviewRoundIdInput,
    output: AdminRoundCard,
    access: { role: 'branch_admin', scope: 'reviewRound' },
    writes: true,
    summary: 'Publishes the outcome (公示) once every member is graded: counts per grade to the branch.',
  }),
  'admin.reviewSummary': route({
    input: ReviewSummaryInput,
    output: ReviewSummaryOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Counts per grade per branch of a subtree for a year, each once its branch has published.',
  }),
  'admin.branchRating': route({
    input: BranchRatingInput,
    output: BranchYearRow,
    access: { role: 'org_admin', scope: 'unit' },
    writes: true,
    summary: '支部评星定级: the committee rates a branch’s year with stars and a note, audited.',
  }),
  'admin.branchRatings': route({
    input: BranchRatingsInput,
    output: BranchRatingsOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: "The branches of a subtree with a year's figures, 三会一课 record, review outcome and star rating.",
  }),
};
