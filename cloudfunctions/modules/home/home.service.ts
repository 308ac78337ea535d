import { HOME_BANNERS_SHOWN, type MeHome } from '../../../types/schemas/home';
import type { ContentCard } from '../../../types/schemas/study';
import { requireMember, type CallContext } from '../../kernel/context';
import { checkinWindow } from '../activities/checkin-window';
import type { MemberDoc } from '../members/members.types';
import { firstMustRead } from '../notices/bulletin-counts';
import { noticesCollection } from '../notices/notices.repository';
import { rankInSubtree } from '../points/points.service';
import { chinaDay } from '../shared/china-time';
import { fileUrl, topicState } from '../study/content-access';
import { whyNotEligible } from '../votes/eligibility';
import { feedId, homeRepository, mapKey, stampId, summaryId } from './home.repository';
import type { FeedCard, MemberSummaryDoc, UnitFeedDoc } from './home.types';
import { rebuildSummary, summaryIsFresh } from './member-summary';
import { noteNoticesRead } from './summary-notes';
import { buildUnitFeed, feedIsFresh } from './unit-feed';

/**
 * The member's 首页 in one call. With a summary and a feed that are current it reads the store three times:
 * the member (the router's read), one query for the summary, the unit's feed and the stamps of the units on
 * the member's path, and one count for the branch rank. Everything else is filtered from those by the time.
 */
export const STUDY_GOAL_MINUTES = 30;
const DAY_MS = 86_400_000;
const AHEAD_MS = 7 * DAY_MS;
const LATEST_SHOWN = 4;

async function card(ctx: CallContext, feedCard: FeedCard, summary: MemberSummaryDoc): Promise<ContentCard> {
  const progress = summary.progress;
  const state =
    feedCard.kind === 'topic'
      ? topicState(feedCard, feedCard.topicItemIds.filter((id) => progress[mapKey(id)]?.completed).length)
      : (progress[mapKey(feedCard.contentId)] ?? { percent: 0, completed: false });
  return {
    contentId: feedCard.contentId,
    kind: feedCard.kind,
    category: feedCard.category,
    title: feedCard.title,
    summary: feedCard.summary,
    coverUrl: await fileUrl(ctx, feedCard.coverFileId),
    tags: feedCard.tags,
    estimatedMinutes: feedCard.estimatedMinutes,
    publishAt: feedCard.publishAt,
    ...state,
  };
}

function today(now: number, member: MemberDoc, feed: UnitFeedDoc, summary: MemberSummaryDoc) {
  const voted = new Set(summary.votedIds);
  return {
    studyMinutes: Math.floor(summary.studySeconds / 60),
    studyGoalMinutes: STUDY_GOAL_MINUTES,
    dailyQuiz: summary.dailyQuiz,
    plansDue: feed.plans
      .filter((plan) => plan.startAt <= now && plan.deadline >= now && plan.deadline <= now + AHEAD_MS)
      .map((plan) => {
        const total = plan.itemIds.length + plan.quizIds.length;
        return {
          planId: plan.planId,
          title: plan.title,
          dueAt: plan.deadline,
          done: Math.min(total, summary.planDone[mapKey(plan.planId)] ?? 0),
          total,
        };
      })
      .filter((plan) => plan.done < plan.total),
    activities: summary.signups
      .map((signup) => ({ signup, window: checkinWindow(signup) }))
      .filter(
        ({ signup, window }) =>
          signup.startAt <= now + AHEAD_MS && now <= (signup.checkedIn ? signup.endAt : window.closesAt),
      )
      .map(({ signup, window }) => ({
        activityId: signup.activityId,
        title: signup.title,
        type: signup.type,
        startAt: signup.startAt,
        endAt: signup.endAt,
        placeText: signup.placeText,
        checkinOpensAt: window.opensAt,
        checkinClosesAt: window.closesAt,
        checkedIn: signup.checkedIn,
      })),
    votes: feed.votes
      .filter(
        (vote) =>
          vote.opensAt <= now &&
          now < vote.closesAt &&
          !voted.has(vote.voteId) &&
          whyNotEligible(vote, member) === null,
      )
      .map((vote) => ({ voteId: vote.voteId, kind: vote.kind, title: vote.title, endAt: vote.closesAt })),
  };
}

export async function meHome(ctx: CallContext): Promise<MeHome> {
  const member = requireMember(ctx);
  const { views } = homeRepository(ctx.store);
  const ids = [summaryId(member._id), feedId(member.unitId), ...member.unitPath.map(stampId)];
  const docs = new Map((await views.find({ _id: { $in: ids } }, { limit: ids.length })).map((doc) => [doc._id, doc]));
  const stamps = new Map(
    member.unitPath.map((unitId) => {
      const stamp = docs.get(stampId(unitId));
      return [unitId, stamp?.kind === 'stamp' ? stamp.rev : 0];
    }),
  );
  const cachedFeed = docs.get(feedId(member.unitId));
  const feed = feedIsFresh(cachedFeed, member.unitPath, stamps, ctx.now)
    ? cachedFeed
    : await buildUnitFeed(ctx, member.unitPath, stamps);
  const cachedSummary = docs.get(summaryId(member._id));
  const summary = summaryIsFresh(cachedSummary, feed, chinaDay(ctx.now))
    ? cachedSummary
    : await rebuildSummary(ctx, member, feed, cachedSummary);
  const studiedToday = Math.floor(summary.studySeconds / 60) > 0;
  const banners = feed.banners
    .filter((banner) => banner.liveUntil === null || ctx.now < banner.liveUntil)
    .slice(0, HOME_BANNERS_SHOWN);
  const [bannerCovers, latest, branchRank, mustRead] = await Promise.all([
    Promise.all(banners.map((banner) => fileUrl(ctx, banner.coverFileId))),
    Promise.all(
      feed.latest
        .filter((item) => item.publishAt <= ctx.now)
        .slice(0, LATEST_SHOWN)
        .map((item) => card(ctx, item, summary)),
    ),
    feed.branchId ? rankInSubtree(ctx.store, feed.branchId, summary.pointsTotal) : Promise.resolve(null),
    // Read only while a must-read notice waits for my confirmation.
    summary.bulletins.mustRead > 0 ? firstMustRead(ctx, member._id) : Promise.resolve(null),
  ]);
  return {
    serverNow: ctx.now,
    member: {
      name: member.name,
      role: member.role,
      unitName: feed.unitName,
      stage: member.stage,
      joinedAt: member.joinedAt,
    },
    banners: banners.map((banner, index) => ({
      bannerId: banner.bannerId,
      title: banner.title,
      subtitle: banner.subtitle,
      coverUrl: bannerCovers[index] ?? null,
      target: banner.target,
    })),
    notices: { unread: Math.max(0, summary.notices.unread), latest: summary.notices.latest },
    bulletins: { unread: Math.max(0, summary.bulletins.unread), mustRead: Math.max(0, summary.bulletins.mustRead) },
    today: { ...today(ctx.now, member, feed, summary), mustRead },
    points: {
      total: summary.pointsTotal,
      streakDays: summary.streakBefore + (studiedToday ? 1 : 0),
      branchRank,
    },
    latest,
  };
}

/** Marks every notice of mine read; the home then counts none unread. */
export async function markNoticesRead(ctx: CallContext) {
  const member = requireMember(ctx);
  const marked = await noticesCollection(ctx.store).updateWhere(
    { memberId: member._id, readAt: { $exists: false } },
    { $set: { readAt: ctx.now } },
    { multi: true },
  );
  if (marked > 0) await noteNoticesRead(ctx, member._id, marked);
  return { unread: 0 };
}
