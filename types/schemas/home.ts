import * as z from 'zod';
import { ACTIVITY_TYPES, VOTE_KINDS } from '../labels';
import { EpochMs, Id } from './common';
import { Role, Stage } from './members';
import { ContentCard } from './study';

/** What a home banner opens: a study item, an activity or a vote the banner's unit can see. */
export const HOME_BANNER_TARGET_KINDS = ['content', 'activity', 'vote'] as const;
export type HomeBannerTargetKind = (typeof HOME_BANNER_TARGET_KINDS)[number];
export const HOME_BANNER_TARGET_LABELS: Record<HomeBannerTargetKind, string> = {
  content: '学习内容',
  activity: '活动',
  vote: '投票',
};

/** A unit shows at most this many banners of its own; members see the newest few of their units. */
export const HOME_BANNERS_PER_UNIT = 5;
export const HOME_BANNERS_SHOWN = 5;

export const HomeBannerTarget = z.strictObject({ kind: z.enum(HOME_BANNER_TARGET_KINDS), id: Id });
export type HomeBannerTarget = z.infer<typeof HomeBannerTarget>;

export const HomeBanner = z.object({
  bannerId: Id,
  title: z.string(),
  subtitle: z.string().nullable(),
  coverUrl: z.string().nullable(),
  target: HomeBannerTarget,
});
export type HomeBanner = z.infer<typeof HomeBanner>;

export const HomeMember = z.object({
  name: z.string(),
  role: Role,
  unitName: z.string(),
  stage: Stage,
  joinedAt: EpochMs.nullable(),
});

export const HomePlanDue = z.object({
  planId: Id,
  title: z.string(),
  dueAt: EpochMs,
  /** Items (study content and exams) of the plan I have finished, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
});

/**
 * An activity I signed up for (confirmed), starting within 7 days or running now. The page decides
 * whether check-in is open from `checkinOpensAt`/`checkinClosesAt` and `serverNow`.
 */
export const HomeActivity = z.object({
  activityId: Id,
  title: z.string(),
  type: z.enum(ACTIVITY_TYPES),
  startAt: EpochMs,
  endAt: EpochMs,
  placeText: z.string(),
  checkinOpensAt: EpochMs,
  checkinClosesAt: EpochMs,
  checkedIn: z.boolean(),
});

/** An open vote of my units in which I may vote and have not voted yet. */
export const HomeVote = z.object({ voteId: Id, kind: z.enum(VOTE_KINDS), title: z.string(), endAt: EpochMs });

/** Everything the mini-program's 首页 shows, in one call. */
export const MeHome = z.object({
  /** The server's clock when the answer was made, so the page can judge time windows without trusting the phone. */
  serverNow: EpochMs,
  member: HomeMember,
  /** The newest banners of my unit and the units above it, at most `HOME_BANNERS_SHOWN`. */
  banners: z.array(HomeBanner),
  notices: z.object({
    unread: z.number().int(),
    latest: z.object({ title: z.string(), at: EpochMs }).nullable(),
  }),
  /** 通知公告 for me: unread ones (the tab bar's badge), and must-read ones I have not confirmed (a to-do). */
  bulletins: z.object({ unread: z.number().int(), mustRead: z.number().int() }),
  today: z.object({
    /** Verified study minutes credited today (China time), against the daily goal. */
    studyMinutes: z.number().int(),
    studyGoalMinutes: z.number().int(),
    dailyQuiz: z.object({ done: z.boolean(), questionCount: z.number().int() }),
    /** My unfinished study plans whose deadline is within 7 days, soonest first. */
    plansDue: z.array(HomePlanDue),
    /** Soonest first. */
    activities: z.array(HomeActivity),
    /** Closing soonest first. */
    votes: z.array(HomeVote),
    /** The newest must-read 通知公告 I have not confirmed (`bulletins.mustRead` counts them all). */
    mustRead: z.object({ noticeId: Id, title: z.string(), deadline: EpochMs.nullable() }).nullable(),
  }),
  points: z.object({
    total: z.number().int(),
    /** Consecutive days with credited study, up to today (or yesterday, if none yet today). */
    streakDays: z.number().int(),
    /** My place by points among the members of my branch (ties share a place); null outside a branch. */
    branchRank: z.number().int().nullable(),
  }),
  /** The newest published study items I may read, at most 4. */
  latest: z.array(ContentCard),
});
export type MeHome = z.infer<typeof MeHome>;

export const NoticesReadOutput = z.object({ unread: z.number().int() });

const BannerTitle = z.string().trim().min(2, '标题至少 2 个字').max(30, '标题不能超过 30 个字');
const BannerSubtitle = z.string().trim().max(40, '副标题不能超过 40 个字');

export const HomeBannerListInput = z.strictObject({ unitId: Id });

/** Create (no `bannerId`) or change a banner of `unitId`; its members and those of the units below see it. */
export const HomeBannerSaveInput = z.strictObject({
  unitId: Id,
  bannerId: Id.optional(),
  title: BannerTitle,
  subtitle: BannerSubtitle.nullable().default(null),
  /** An image uploaded with `admin.studyUpload`; null = the page draws a plain banner. */
  coverFileId: z.string().max(300).nullable().default(null),
  target: HomeBannerTarget,
});

export const HomeBannerRemoveInput = z.strictObject({ unitId: Id, bannerId: Id });

export const AdminHomeBanner = HomeBanner.extend({
  unitId: Id,
  coverFileId: z.string().nullable(),
  /** The title of what the banner opens, as the admin list shows it. */
  targetTitle: z.string(),
  /** False once the target was taken down, closed or ended: members no longer see the banner. */
  targetLive: z.boolean(),
  updatedAt: EpochMs,
});
export type AdminHomeBanner = z.infer<typeof AdminHomeBanner>;

export const HomeBannerListOutput = z.object({ items: z.array(AdminHomeBanner) });
export const HomeBannerSaveOutput = z.object({ bannerId: Id });
