import * as z from 'zod';
import {
  ATTEMPT_MODES,
  DIFFICULTIES,
  PARTIAL_CREDITS,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  QUIZ_KINDS,
  REVIEW_POLICIES,
} from '../labels';
import { EpochMs, Id, PageInput } from './common';

const Tag = z.string().trim().min(1).max(12);
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * A question as an admin writes it. `answer` is, by type: option letters (single: one, multiple: two or
 * more), 对 or 错 (judge), or the accepted answers (blank; compared ignoring full/half width and spaces).
 */
export const QuestionSaveInput = z
  .strictObject({
    questionId: Id.optional(),
    /** The bank: questions of a unit serve its subtree's quizzes. */
    unitId: Id,
    type: z.enum(QUESTION_TYPES),
    stem: z.string().trim().min(4, '题干至少 4 个字').max(500, '题干不能超过 500 字'),
    options: z.array(z.string().trim().min(1, '选项不能为空').max(100)).max(6).default([]),
    answer: z.array(z.string().trim().min(1).max(50)).min(1, '请填写答案').max(6),
    explanation: z.string().trim().max(500).default(''),
    tags: z.array(Tag).max(5).default([]),
    difficulty: z.enum(DIFFICULTIES).default('medium'),
    source: z.string().trim().max(40).default(''),
    status: z.enum(QUESTION_STATUSES).default('active'),
  })
  .superRefine((q, ctx) => {
    for (const problem of questionRuleProblems(q)) ctx.addIssue({ code: 'custom', ...problem });
  });

/**
 * How options and answer must fit the type. Apart from the schema so an import reports them beside a
 * row's other errors (a refinement runs only once every field is valid).
 */
export function questionRuleProblems(q: {
  type: string;
  options: string[];
  answer: string[];
}): Array<{ path: ['options' | 'answer']; message: string }> {
  const problems: Array<{ path: ['options' | 'answer']; message: string }> = [];
  const add = (field: 'options' | 'answer', message: string) => problems.push({ path: [field], message });
  const choice = q.type === 'single' || q.type === 'multiple';
  if (choice && q.options.length < 2) add('options', '选择题至少要有 2 个选项');
  if (!choice && q.options.length) add('options', '这种题型没有选项');
  const letters = OPTION_LETTERS.slice(0, q.options.length) as readonly string[];
  if (choice && q.answer.some((a) => !letters.includes(a))) add('answer', `答案应为选项字母（${letters.join('、')}）`);
  if (choice && new Set(q.answer).size !== q.answer.length) add('answer', '答案重复了');
  if (q.type === 'single' && q.answer.length !== 1) add('answer', '单选题只能有一个答案');
  if (q.type === 'multiple' && q.answer.length < 2) add('answer', '多选题至少要有两个正确选项');
  if (q.type === 'judge' && (q.answer.length !== 1 || !['对', '错'].includes(q.answer[0] ?? '')))
    add('answer', '判断题的答案填“对”或“错”');
  return problems;
}

export const QuestionAdmin = z.object({
  questionId: Id,
  unitId: Id,
  type: z.enum(QUESTION_TYPES),
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.array(z.string()),
  explanation: z.string(),
  tags: z.array(z.string()),
  difficulty: z.enum(DIFFICULTIES),
  source: z.string(),
  status: z.enum(QUESTION_STATUSES),
  version: z.number().int(),
  /** Another question of the same bank is the same question: type, stem, options in any order and answer. */
  duplicateOf: Id.nullable(),
  openReports: z.number().int(),
  updatedAt: EpochMs,
});
export const QuestionListInput = z.strictObject({
  unitId: Id,
  type: z.enum(QUESTION_TYPES).optional(),
  status: z.enum(QUESTION_STATUSES).optional(),
  tag: Tag.optional(),
  ...PageInput,
});
export const QuestionListOutput = z.object({ items: z.array(QuestionAdmin), total: z.number().int() });
export const QuestionIdInput = z.strictObject({ questionId: Id });

export const QuestionImportInput = z.strictObject({
  unitId: Id,
  format: z.enum(['csv', 'xlsx']),
  /** Base64 of the file. */
  file: z.string().min(4).max(2_000_000),
  mode: z.enum(['dry_run', 'all_or_nothing', 'valid_only']),
});
export const QuestionImportReport = z.object({
  /** total = importable + invalid + duplicatesInFile + duplicatesInBank: each row counts once. */
  total: z.number().int(),
  /** Rows without errors that are not duplicates: what an import writes. */
  importable: z.number().int(),
  /** Rows with at least one error (each listed in the row's `errors`). */
  invalid: z.number().int(),
  created: z.number().int(),
  written: z.boolean(),
  /** Rows repeating an earlier row of the file / a question already in the bank (skipped, never written). */
  duplicatesInFile: z.number().int(),
  duplicatesInBank: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      stem: z.string(),
      errors: z.array(z.string()),
      /**
       * The same question (type, stem, options in any order, answer) is earlier in the file or already in the
       * bank. The same stem with other options or another answer is a different question.
       */
      duplicate: z.enum(['file', 'bank']).nullable(),
    }),
  ),
});

/** A question as a member sees it during an attempt: never the answer or the explanation. */
export const PlayQuestion = z.object({
  questionId: Id,
  type: z.enum(QUESTION_TYPES),
  stem: z.string(),
  /** In this attempt's order; answers refer to these positions. */
  options: z.array(z.string()),
});
export type PlayQuestion = z.infer<typeof PlayQuestion>;

/** Choice positions (single/multiple), true/false (judge), or text (blank). */
export const Answer = z.union([z.array(z.number().int().min(0).max(5)).max(6), z.boolean(), z.string().max(100)]);
export type Answer = z.infer<typeof Answer>;

export const AttemptView = z.object({
  attemptId: Id,
  mode: z.enum(ATTEMPT_MODES),
  title: z.string(),
  questions: z.array(PlayQuestion),
  /** Answers saved so far, by question id. */
  saved: z.record(z.string(), Answer),
  startedAt: EpochMs,
  /** The server's deadline (time-limited exams); answers after it are not counted. */
  deadline: EpochMs.nullable(),
  serverNow: EpochMs,
  submitted: z.boolean(),
});
export type AttemptView = z.infer<typeof AttemptView>;

export const ReviewItem = z.object({
  questionId: Id,
  type: z.enum(QUESTION_TYPES),
  stem: z.string(),
  options: z.array(z.string()),
  given: Answer.nullable(),
  /** Right/wrong and the points per question: present only when the review policy allows (for a judge
   *  question right/wrong is the answer). */
  correct: z.boolean().nullable(),
  score: z.number().nullable(),
  /** Present only when the review policy allows. */
  answer: Answer.nullable(),
  explanation: z.string().nullable(),
});

export const AttemptResult = z.object({
  attemptId: Id,
  mode: z.enum(ATTEMPT_MODES),
  title: z.string(),
  score: z.number(),
  maxScore: z.number().int(),
  percent: z.number().int(),
  passed: z.boolean().nullable(),
  submittedAt: EpochMs,
  /** Answered faster than a person can read: left for an admin to look at, kept off leaderboards and points. */
  flagged: z.boolean(),
  /** A flagged attempt's review: pending, or confirmed (counted) / voided by an admin. */
  flagStatus: z.enum(['pending', 'confirmed', 'voided']).nullable(),
  /** Fewer than half of the questions answered: no points and no rank. */
  blank: z.boolean(),
  /** Whether answers and explanations are shown (the review policy). */
  reviewShown: z.boolean(),
  items: z.array(ReviewItem),
  pointsAwarded: z.number().int(),
});
export type AttemptResult = z.infer<typeof AttemptResult>;

export const AttemptIdInput = z.strictObject({ attemptId: Id });
export const SaveAnswerInput = z.strictObject({ attemptId: Id, questionId: Id, answer: Answer });
export const SubmitInput = z.strictObject({
  attemptId: Id,
  /** Answers not saved yet (by question id); saved ones need not be sent again. */
  answers: z.record(Id, Answer).default({}),
});
export const QuizIdInput = z.strictObject({ quizId: Id });

export const QuizSummary = z.object({
  quizId: Id,
  kind: z.enum(QUIZ_KINDS),
  title: z.string(),
  unitName: z.string(),
  opensAt: EpochMs,
  closesAt: EpochMs,
  timeLimitMinutes: z.number().int().nullable(),
  attemptLimit: z.number().int(),
  questionCount: z.number().int(),
  passPercent: z.number().int(),
  attemptsUsed: z.number().int(),
  bestPercent: z.number().int().nullable(),
  /** An unfinished attempt to resume. */
  openAttemptId: Id.nullable(),
});

export const QuizHome = z.object({
  daily: z.object({ done: z.boolean(), attemptId: Id.nullable(), percent: z.number().int().nullable() }),
  reviewDue: z.number().int(),
  wrongBookSize: z.number().int(),
  challengeBest: z.number().int(),
  quizzes: z.array(QuizSummary),
});

export const ChallengeStep = z.object({
  attemptId: Id,
  streak: z.number().int(),
  finished: z.boolean(),
  best: z.number().int(),
  /** The run just finished beat the previous best (a run of 0 never does). */
  newBest: z.boolean(),
  question: PlayQuestion.nullable(),
  /** After a wrong answer: what was right, and why. */
  reveal: z.object({ answer: Answer, explanation: z.string() }).nullable(),
});
export const ChallengeAnswerInput = z.strictObject({ attemptId: Id, questionId: Id, answer: Answer });

export const HistoryOutput = z.object({
  items: z.array(
    z.object({
      attemptId: Id,
      mode: z.enum(ATTEMPT_MODES),
      title: z.string(),
      /** Points earned of `maxScore`; for a challenge, the streak. */
      score: z.number(),
      maxScore: z.number().int(),
      percent: z.number().int(),
      passed: z.boolean().nullable(),
      submittedAt: EpochMs,
    }),
  ),
  total: z.number().int(),
});

export const LeaderboardInput = z.strictObject({
  /** A quiz id, or `challenge` for the best challenge runs. */
  board: Id,
  unitId: Id.optional(),
  ...PageInput,
});
export const Leaderboard = z.object({
  title: z.string(),
  items: z.array(
    z.object({
      /** Null for a score of 0: unranked. */
      rank: z.number().int().nullable(),
      name: z.string(),
      unitName: z.string(),
      score: z.number(),
      seconds: z.number().int(),
    }),
  ),
  total: z.number().int(),
  mine: z.object({ rank: z.number().int().nullable(), score: z.number(), seconds: z.number().int() }).nullable(),
  /** A competition: its unit ranking is read with `quiz.unitBoard`. */
  competition: z.boolean(),
});

/** Competitions: each audience unit scored per member, not by size. */
export const UnitBoard = z.object({
  units: z.array(
    z.object({
      unitId: Id,
      unitName: z.string(),
      /** Members of the unit when the competition was published (the participation base). */
      members: z.number().int(),
      participants: z.number().int(),
      participationPercent: z.number().int(),
      averagePercent: z.number().int(),
      /** average × participation: what the unit ranking uses. */
      index: z.number().int(),
      /** Shared by units with the same index; null for an index of 0 (unranked). */
      rank: z.number().int().nullable(),
    }),
  ),
});

export const ReportQuestionInput = z.strictObject({
  questionId: Id,
  reason: z.string().trim().min(4, '请写明哪里有误（至少 4 个字）').max(200),
});
export const WrongBookOutput = z.object({
  items: z.array(
    z.object({
      questionId: Id,
      type: z.enum(QUESTION_TYPES),
      stem: z.string(),
      options: z.array(z.string()),
      answer: Answer,
      explanation: z.string(),
      due: EpochMs,
      lapses: z.number().int(),
    }),
  ),
  total: z.number().int(),
  /** The end of today by the server's clock (China time): an item due before it is today's review. */
  dueBefore: EpochMs,
});

export const Draw = z.strictObject({
  tag: Tag.optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  count: z.number().int().min(1).max(50),
});

export const QuizSaveInput = z
  .strictObject({
    quizId: Id.optional(),
    unitId: Id,
    kind: z.enum(QUIZ_KINDS),
    title: z.string().trim().min(2, '标题至少 2 个字').max(40),
    /** Competitions: the units that compete (each in the organiser's subtree); exams: the organiser's subtree. */
    audienceUnitIds: z.array(Id).max(50).default([]),
    fixedQuestionIds: z.array(Id).max(100).default([]),
    draws: z.array(Draw).max(10).default([]),
    opensAt: EpochMs,
    closesAt: EpochMs,
    timeLimitMinutes: z.number().int().min(1).max(300).nullable().default(null),
    attemptLimit: z.number().int().min(1).max(10).default(1),
    passPercent: z.number().int().min(0).max(100).default(60),
    shuffle: z.boolean().default(true),
    reviewPolicy: z.enum(REVIEW_POLICIES).default('after_submit'),
    partialCredit: z.enum(PARTIAL_CREDITS).default('half'),
  })
  .refine((q) => q.closesAt > q.opensAt, { message: '结束时间要晚于开始时间', path: ['closesAt'] })
  .refine((q) => q.fixedQuestionIds.length + q.draws.reduce((sum, d) => sum + d.count, 0) > 0, {
    message: '请至少选择或抽取一道题',
    path: ['fixedQuestionIds'],
  })
  .refine((q) => q.fixedQuestionIds.length + q.draws.reduce((sum, d) => sum + d.count, 0) <= 100, {
    message: '一次考试最多 100 道题',
    path: ['draws'],
  });
export const QuizListInput = z.strictObject({ unitId: Id, ...PageInput });
export const QuizAdminRow = z.object({
  quizId: Id,
  kind: z.enum(QUIZ_KINDS),
  title: z.string(),
  opensAt: EpochMs,
  closesAt: EpochMs,
  questionCount: z.number().int(),
  submitted: z.number().int(),
});
export const QuizListOutput = z.object({ items: z.array(QuizAdminRow), total: z.number().int() });

export const QuizAnalysis = z.object({
  title: z.string(),
  attempts: z.number().int(),
  participants: z.number().int(),
  averagePercent: z.number().int(),
  passPercent: z.number().int(),
  /** Ten buckets: 0–9 %, 10–19 %, … 90–100 %. */
  distribution: z.array(z.number().int()),
  units: z.array(
    z.object({
      unitId: Id,
      unitName: z.string(),
      participants: z.number().int(),
      passed: z.number().int(),
      passRate: z.number().int(),
    }),
  ),
  questions: z.array(
    z.object({
      questionId: Id,
      stem: z.string(),
      answered: z.number().int(),
      /** Share answered correctly (0–1). */
      facility: z.number(),
      /** Upper 27 % minus lower 27 % facility (−1–1); low values mark questions that do not separate. */
      discrimination: z.number(),
    }),
  ),
  missedTags: z.array(z.object({ tag: z.string(), misses: z.number().int() })),
  flagged: z.array(
    z.object({
      attemptId: Id,
      name: z.string(),
      percent: z.number().int(),
      seconds: z.number().int(),
      status: z.enum(['pending', 'confirmed', 'voided']),
    }),
  ),
});

export const ReportListInput = z.strictObject({
  unitId: Id,
  status: z.enum(['open', 'resolved', 'dismissed']),
  ...PageInput,
});
export const ReportListOutput = z.object({
  items: z.array(
    z.object({
      reportId: Id,
      questionId: Id,
      stem: z.string(),
      reason: z.string(),
      reporterName: z.string(),
      status: z.enum(['open', 'resolved', 'dismissed']),
      createdAt: EpochMs,
    }),
  ),
  total: z.number().int(),
});
export const ReportResolveInput = z.strictObject({
  reportId: Id,
  action: z.enum(['fixed', 'dismiss']),
  /** After a correction: grade again every submitted attempt that had the question. */
  regrade: z.boolean().default(false),
});
export const ReportResolveOutput = z.object({ regraded: z.number().int() });
