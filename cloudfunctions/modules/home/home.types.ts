import type { ActivityType, ContentCategory, ContentKind, VoteKind } from '../../../types/labels';
import type { HomeBannerTarget } from '../../../types/schemas/home';

/**
 * The home's read model (see docs/adr/0014-the-home-in-three-reads.md). Three kinds of document share the
 * `home_views` collection, so one query by id fetches a member's summary, their unit's feed and the stamps
 * of the units above them:
 * - `member:<memberId>` — facts about one member, written by the services that change them;
 * - `unit:<unitId>` — what every member of one unit sees alike, a cache rebuilt when a stamp on its path moves;
 * - `stamp:<unitId>` — a revision counter bumped whenever something addressed to the unit's subtree changes.
 */
export type HomeViewDoc = MemberSummaryDoc | UnitFeedDoc | StampDoc;

/** A confirmed sign-up to an activity that has not ended, as the home lists it. */
export interface SummarySignup {
  activityId: string;
  title: string;
  type: ActivityType;
  startAt: number;
  endAt: number;
  placeText: string;
  checkedIn: boolean;
}

export interface SummaryProgress {
  percent: number;
  completed: boolean;
}

export interface MemberSummaryDoc {
  _id: string;
  kind: 'member';
  /** The layout of this document; a summary of another version is rebuilt on read. */
  version: number;
  /** The China-time day the day-bound fields are for; a summary of another day is rebuilt on read. */
  day: string;
  /** Moved by every write, so a rebuild that raced a write does not overwrite it (it stays for the next read). */
  rev: number;
  studySeconds: number;
  /** Consecutive days with at least a minute of study, ending yesterday. */
  streakBefore: number;
  dailyQuiz: { done: boolean; questionCount: number };
  pointsTotal: number;
  notices: { unread: number; latest: { title: string; at: number } | null };
  /** 通知公告 addressed to the member: not yet read, and must-read ones not yet confirmed (live, not expired). */
  bulletins: { unread: number; mustRead: number };
  /** Soonest first. */
  signups: SummarySignup[];
  /** Items done (content completed, exams passed) of each plan the unit feed listed, and any progressed since. */
  planDone: Record<string, number>;
  /** Votes among the feed's open ones the member has voted in, and any cast since. */
  votedIds: string[];
  /** The member's progress on the feed's latest items (and their topics' items), and on anything studied since. */
  progress: Record<string, SummaryProgress>;
}

/** What a card needs of an item, without the member's progress. */
export interface FeedCard {
  contentId: string;
  kind: ContentKind;
  category: ContentCategory;
  title: string;
  summary: string;
  coverFileId: string | null;
  tags: string[];
  estimatedMinutes: number;
  durationSeconds: number | null;
  topicItemIds: string[];
  publishAt: number;
}

export interface FeedBanner {
  bannerId: string;
  title: string;
  subtitle: string | null;
  coverFileId: string | null;
  target: HomeBannerTarget;
  /** When the target stops being live (an activity's end, a vote's close); null for content. */
  liveUntil: number | null;
}

export interface FeedPlan {
  planId: string;
  title: string;
  startAt: number;
  deadline: number;
  itemIds: string[];
  quizIds: string[];
}

export interface FeedVote {
  voteId: string;
  kind: VoteKind;
  title: string;
  unitId: string;
  unitName: string;
  opensAt: number;
  closesAt: number;
}

export interface UnitFeedDoc {
  _id: string;
  kind: 'unit';
  version: number;
  unitName: string;
  /** The nearest unit of kind branch on the unit's path (itself included), for the branch rank. */
  branchId: string | null;
  /** The revision of each stamp on the unit's path when the feed was built. */
  seen: Record<string, number>;
  builtAt: number;
  /** Newest first, targets live and visible to the unit when built. */
  banners: FeedBanner[];
  /** The newest items members of the unit can read, then the next scheduled ones. */
  latest: FeedCard[];
  /** Plans addressed to the unit's path that have not passed their deadline, soonest deadline first. */
  plans: FeedPlan[];
  /** Votes of the unit's path that have not closed, closing soonest first. */
  votes: FeedVote[];
}

export interface StampDoc {
  _id: string;
  kind: 'stamp';
  rev: number;
}

/** A banner an admin put on the home of a unit's subtree. `unitPath` ends with the unit. */
export interface BannerDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  title: string;
  subtitle: string | null;
  coverFileId: string | null;
  target: HomeBannerTarget;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}
