import type { DocStore, IndexSpec } from './types';

/**
 * Every collection the code uses and its indexes: the one list all adapters (and the setup route) read.
 * Unique indexes skip documents without the field, so optional unique fields are left absent, not null.
 * Array fields (paths) get single-field indexes only: nedb's compound indexes do not expand arrays, and a
 * query on a compound-indexed array field would silently miss documents.
 */
export const COLLECTIONS = {
  units: [{ fields: ['parentId'] }, { fields: ['path'] }],
  votes: [{ fields: ['unitId'] }, { fields: ['unitPath'] }, { fields: ['closesAt'] }],
  vote_participations: [{ fields: ['voteId'] }],
  vote_ballots: [{ fields: ['voteId'] }],
  surveys: [{ fields: ['unitId'] }, { fields: ['unitPath'] }, { fields: ['closesAt'] }],
  survey_participations: [{ fields: ['surveyId'] }],
  survey_responses: [{ fields: ['surveyId'] }],
  suggestions: [{ fields: ['unitPath'] }, { fields: ['authorKey'] }, { fields: ['createdAt'] }],
  tasks: [{ fields: ['unitPath'] }],
  task_assignments: [{ fields: ['taskId'] }, { fields: ['memberId'] }, { fields: ['reviewPath'] }],
  development_steps: [{ fields: ['memberId'] }, { fields: ['unitPath'] }],
  development_settings: [],
  development_reminders: [{ fields: ['memberId'] }],
  development_overdue: [{ fields: ['unitPath'] }, { fields: ['overdueFrom'] }],
  development_materials: [{ fields: ['memberId'] }],
  development_paths: [],
  assessment_schemes: [{ fields: ['unitId'] }],
  assessment_items: [{ fields: ['unitPath'] }, { fields: ['memberId'] }],
  assessment_periods: [{ fields: ['unitId'] }],
  assessment_scores: [{ fields: ['unitPath'] }, { fields: ['memberId'] }],
  honours: [{ fields: ['memberId'] }],
  guidance_notes: [{ fields: ['memberId'] }, { fields: ['unitPath'] }],
  dues_profiles: [{ fields: ['unitPath'] }],
  dues_months: [{ fields: ['unitPath', 'month'] }, { fields: ['memberId', 'month'] }, { fields: ['state', 'month'] }],
  dues_payments: [{ fields: ['state', 'method'] }, { fields: ['memberId'] }],
  dues_reminders: [],
  review_rounds: [{ fields: ['unitPath'] }, { fields: ['unitId'] }, { fields: ['year'] }],
  review_self: [{ fields: ['roundId'] }, { fields: ['memberId'] }],
  review_rater_marks: [{ fields: ['roundId'] }],
  review_ratings: [{ fields: ['roundId', 'rateeId'] }],
  review_grades: [{ fields: ['roundId'] }, { fields: ['memberId'] }],
  branch_ratings: [{ fields: ['unitPath'] }],
  transfers: [
    { fields: ['openFor'], unique: true },
    { fields: ['memberId'] },
    { fields: ['fromPath', 'actionDueAt'] },
    { fields: ['toPath', 'actionDueAt'] },
    { fields: ['status', 'receiptDueAt'] },
  ],
  flow_registrations: [{ fields: ['unitPath'] }],
  volunteer_records: [{ fields: ['memberId'] }],
  care_records: [{ fields: ['memberId', 'at'] }],
  forum_topics: [{ fields: ['unitId', 'pinned', 'lastPostAt'] }, { fields: ['unitPath'] }, { fields: ['memberId'] }],
  forum_posts: [{ fields: ['topicId', 'seq'], unique: true }, { fields: ['memberId'] }],
  forum_reads: [{ fields: ['memberId'] }],
  forum_uploads: [{ fields: ['memberId'] }, { fields: ['traceId'] }],
  forum_month_posters: [{ fields: ['month'] }],
  comments: [{ fields: ['targetId', 'createdAt'] }, { fields: ['memberId'] }, { fields: ['managedPath'] }],
  publicity_items: [{ fields: ['unitId'] }, { fields: ['unitPath'] }, { fields: ['endsAt'] }],
  publicity_objections: [{ fields: ['itemId'] }, { fields: ['unitPath'] }, { fields: ['memberId'] }],
  publicity_closings: [{ fields: ['unitPath'] }],
  members: [
    { fields: ['openid'], unique: true },
    { fields: ['phoneHash'], unique: true },
    { fields: ['idCardHash'], unique: true },
    { fields: ['unitId'] },
    { fields: ['unitPath'] },
    { fields: ['name'] },
    { fields: ['nameKey'] },
    { fields: ['demo'] },
  ],
  invites: [{ fields: ['codeHash'], unique: true }, { fields: ['memberId'] }],
  binding_requests: [{ fields: ['openid'] }, { fields: ['unitPath'] }],
  audit: [{ fields: ['unitPath'] }, { fields: ['at'] }],
  personal_data_quota: [{ fields: ['day'] }],
  checkin_code_tries: [],
  identity_challenges: [{ fields: ['memberId'] }],
  activities: [
    { fields: ['organiserPath'] },
    { fields: ['organiserUnitId'] },
    { fields: ['startAt'] },
    { fields: ['endAt'] },
  ],
  signups: [
    { fields: ['activityId', 'status'] },
    { fields: ['activityId', 'arrival'] },
    { fields: ['memberId'] },
    { fields: ['organiserPath', 'status', 'endAt'] },
  ],
  reminders: [{ fields: ['dueAt'] }],
  notices: [{ fields: ['memberId', 'createdAt'] }],
  bulletins: [{ fields: ['unitPath'] }, { fields: ['publishedAt'] }],
  bulletin_receipts: [
    { fields: ['memberId', 'showUntil'] },
    { fields: ['bulletinId', 'readFlag'] },
    { fields: ['bulletinId', 'remindedRound'] },
  ],
  groups: [],
  wall_links: [{ fields: ['unitId'] }],
  contents: [
    { fields: ['audienceUnitId'] },
    { fields: ['audiencePath'] },
    { fields: ['status', 'publishAt'] },
    { fields: ['terms'] },
    { fields: ['tags'] },
    { fields: ['updatedAt'] },
  ],
  study_sessions: [{ fields: ['memberId'] }],
  study_current: [],
  study_progress: [
    { fields: ['memberId', 'lastOpenedAt'] },
    { fields: ['memberId', 'completedAt'] },
    { fields: ['contentId'] },
  ],
  study_days: [{ fields: ['memberId', 'day'] }],
  study_views: [{ fields: ['kind'] }],
  favorites: [{ fields: ['memberId', 'at'] }],
  plans: [
    { fields: ['unitPath'] },
    { fields: ['unitId', 'deadline'] },
    { fields: ['itemIds'] },
    { fields: ['quizIds'] },
  ],
  notes: [{ fields: ['unitPath'] }, { fields: ['memberId', 'createdAt'] }, { fields: ['unitId', 'status'] }],
  points_awards: [{ fields: ['memberId', 'at'] }],
  points_caps: [],
  points_balances: [{ fields: ['unitPath'] }, { fields: ['total'] }],
  points_rules: [],
  upload_chunks: [{ fields: ['uploadId', 'index'] }],
  questions: [
    { fields: ['bankUnitId', 'status'] },
    { fields: ['bankPath'] },
    { fields: ['stemKey'] },
    { fields: ['tags'] },
    { fields: ['updatedAt'] },
    // Random draws read the bank in key order from a random key (quiz/draw), leaving out sealed questions:
    // the index on sealedUntil gives PostgreSQL its statistics (most questions have none).
    { fields: ['randKey'] },
    { fields: ['sealedUntil'] },
  ],
  quizzes: [{ fields: ['unitPath'] }, { fields: ['closesAt'] }],
  attempts: [
    { fields: ['quizId', 'memberId'] },
    { fields: ['memberId', 'submittedAt'] },
    { fields: ['quizId', 'status'] },
    // No index on `questionIds`: every attempt holds popular questions, and nedb's index of an array field
    // keeps one list per value, so saving any answer cost O(attempts with that question) (22 ms at 200,000
    // attempts). Only re-grading after a correction looks attempts up by question, and it pages through them.
  ],
  quiz_scores: [
    // The leaderboard reads a score's members by time, and counts those faster than me, from the compound index
    // on PostgreSQL; nedb uses a compound index only for an equality on every field, so it reads the single one.
    { fields: ['scoreKey'] },
    { fields: ['scoreKey', 'seconds'], scalar: true },
    { fields: ['board', 'score'] },
    { fields: ['unitPath'] },
  ],
  quiz_histograms: [],
  quiz_unit_scores: [],
  wrong_book: [{ fields: ['memberId', 'due'] }],
  wrong_book_sealed: [{ fields: ['memberId', 'opensAt'] }],
  quiz_flags: [{ fields: ['reviewPath'] }],
  question_reports: [{ fields: ['bankPath'] }, { fields: ['questionId', 'status'] }],
  question_drafts: [{ fields: ['bankPath'] }, { fields: ['bankUnitId', 'contentId'] }],
  study_path_dismissals: [{ fields: ['memberId'] }],
  assistant_passages: [{ fields: ['contentId'] }, { fields: ['terms'] }, { fields: ['audienceUnitId'] }],
  assistant_conversations: [{ fields: ['memberId', 'updatedAt'] }],
  assistant_quota: [{ fields: ['memberId', 'day'] }, { fields: ['day'] }],
  home_views: [],
  events: [{ fields: ['leaseUntil'] }, { fields: ['at'] }],
  unit_days: [{ fields: ['unitId', 'day'] }],
  unit_months: [{ fields: ['unitId', 'month'] }],
  unit_snapshots: [],
  unit_branch_lists: [],
  member_months: [{ fields: ['memberId'] }],
  home_banners: [{ fields: ['unitId'] }],
  leases: [],
  system: [],
} satisfies Record<string, IndexSpec[]>;

export type CollectionName = keyof typeof COLLECTIONS;

const SCALAR_FIELDS = new Map(
  Object.entries(COLLECTIONS as Record<string, IndexSpec[]>).map(([name, specs]) => [
    name,
    new Set(specs.filter((spec) => spec.scalar).flatMap((spec) => spec.fields)),
  ]),
);
const NO_FIELDS: ReadonlySet<string> = new Set();

/** The fields a collection's indexes declare scalar (see IndexSpec.scalar); none for a collection not listed. */
export function scalarFields(collection: string): ReadonlySet<string> {
  return SCALAR_FIELDS.get(collection) ?? NO_FIELDS;
}

export async function ensureAllCollections(store: DocStore): Promise<{ collections: string[]; indexes: number }> {
  // Side by side: each collection loads and indexes on its own, and one at a time a store's opening waited on
  // each file's writes in turn.
  await Promise.all(Object.entries(COLLECTIONS).map(([name, specs]) => store.ensureCollection(name, specs)));
  return {
    collections: Object.keys(COLLECTIONS),
    indexes: Object.values(COLLECTIONS).reduce((sum, specs) => sum + specs.length, 0),
  };
}
