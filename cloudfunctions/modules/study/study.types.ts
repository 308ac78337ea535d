import type { ContentCategory, ContentKind, ContentStatus, NoteStatus } from '../../../types/labels';

/**
 * A piece of study content. `audiencePath` is the audience unit's path ending with the unit itself (scope
 * checks); members see it when `status` is published, `publishAt` has passed and their unit path holds
 * `audienceUnitId`. `terms` are the 1- and 2-character grams of title, summary and tags: keyword search
 * is an equality match on each gram of the query, which every store adapter indexes.
 */
export interface ContentDoc {
  _id: string;
  kind: ContentKind;
  category: ContentCategory;
  title: string;
  summary: string;
  coverFileId: string | null;
  /** Sanitised HTML; uploaded images are `zhdj-file:<id>` until read. */
  body: string;
  media: string | null;
  durationSeconds: number | null;
  topicItemIds: string[];
  tags: string[];
  source: string;
  author: string;
  estimatedMinutes: number;
  audienceUnitId: string;
  audiencePath: string[];
  status: ContentStatus;
  publishAt: number | null;
  terms: string[];
  completedCount: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  /**
   * Edits saved to an item members can already read: kept beside the published revision, which members go
   * on reading (and searching) until the draft is published.
   */
  draft?: ContentRevision;
}

/** The fields an editor changes: one revision of an item. */
export type ContentRevision = Pick<
  ContentDoc,
  | 'kind'
  | 'category'
  | 'title'
  | 'summary'
  | 'coverFileId'
  | 'body'
  | 'media'
  | 'durationSeconds'
  | 'topicItemIds'
  | 'tags'
  | 'source'
  | 'author'
  | 'estimatedMinutes'
  | 'audienceUnitId'
  | 'audiencePath'
>;

/** One study session; `lastBeatAt` is the compare-and-set guard that makes each beat count once. */
export interface StudySessionDoc {
  _id: string;
  memberId: string;
  contentId: string;
  startedAt: number;
  lastBeatAt: number;
  position: number;
}

/** The member's one current session (`_id` = member id): only its beats are credited. */
export interface CurrentSessionDoc {
  _id: string;
  sessionId: string;
}

/** Progress of one member on one item; `_id` is `${memberId}_${contentId}`. */
export interface ProgressDoc {
  _id: string;
  memberId: string;
  contentId: string;
  creditedSeconds: number;
  /** Media: merged [from, to) second ranges of the timeline watched. */
  watched: Array<[number, number]>;
  position: number;
  lastOpenedAt: number;
  completedAt?: number;
  /** Optimistic version, so two writers never lose each other's credit. */
  version: number;
}

/** Seconds credited to a member on one China-time day; `_id` is `${memberId}_${YYYY-MM-DD}`. */
export interface StudyDayDoc {
  _id: string;
  memberId: string;
  day: string;
  seconds: number;
}

export interface FavoriteDoc {
  _id: string;
  memberId: string;
  contentId: string;
  at: number;
}

/** A study plan for the members of `unitId`'s subtree. */
export interface PlanDoc {
  _id: string;
  title: string;
  unitId: string;
  unitPath: string[];
  itemIds: string[];
  quizIds: string[];
  startAt: number;
  deadline: number;
  createdBy: string;
  createdAt: number;
}

/** A study note (心得). `unitPath` is the writer's, for the reviewers' scope and the branch's wall. */
export interface NoteDoc {
  _id: string;
  memberId: string;
  authorName: string;
  unitId: string;
  unitPath: string[];
  targetKind: 'content' | 'plan';
  targetId: string;
  targetTitle: string;
  text: string;
  status: NoteStatus;
  showInBranch: boolean;
  reviewComment: string | null;
  reviewedBy?: string;
  createdAt: number;
  updatedAt: number;
}
