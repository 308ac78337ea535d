import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { bulletinCounts } from '../notices/bulletin-counts';
import { noticesCollection } from '../notices/notices.repository';
import { balanceOf } from '../points/points.service';
import { DAILY_COUNT, dailyAttemptId } from '../quiz/attempts.service';
import { quizRepository } from '../quiz/quiz.repository';
import { chinaDay } from '../shared/china-time';
import { completionOf } from '../study/credit';
import { completedAmong, passedAmong } from '../study/plans.service';
import { studyRepository } from '../study/study.repository';
import { participationId, votesRepository } from '../votes/votes.repository';
import { homeRepository, mapKey, summaryId } from './home.repository';
import type { HomeViewDoc, MemberSummaryDoc, SummaryProgress, UnitFeedDoc } from './home.types';
import { currentSignups } from './summary-signups';

/**
 * A member's home summary: the facts about them the home shows, kept by the services that change them
 * (summary-notes.ts, summary-signups.ts). It is rebuilt from the records when it is missing (a deployment
 * upgraded from before the home), of an older layout, of another day (which also bounds how long a write lost
 * between a record and the summary can show), or when the unit feed lists a plan it has no count for.
 */
export const SUMMARY_VERSION = 2;
const DAY_MS = 86_400_000;
const STREAK_DAYS_READ = 100;

type SummaryFields = Omit<MemberSummaryDoc, '_id' | 'kind' | 'rev'>;

export function summaryIsFresh(
  summary: HomeViewDoc | undefined,
  feed: UnitFeedDoc,
  today: string,
): summary is MemberSummaryDoc {
  if (!summary || summary.kind !== 'member' || summary.version !== SUMMARY_VERSION || summary.day !== today)
    return false;
  return feed.plans.every((plan) => mapKey(plan.planId) in summary.planDone);
}

/** Seconds studied today, and the run of study days (a minute or more each) that ended yesterday. */
async function studyDays(ctx: CallContext, memberId: string, today: string) {
  const days = await studyRepository(ctx.store).days.find(
    { memberId },
    { sort: [['day', -1]], limit: STREAK_DAYS_READ },
  );
  const secondsOf = new Map(days.map((doc) => [doc.day, doc.seconds]));
  let streakBefore = 0;
  while (
    streakBefore < STREAK_DAYS_READ &&
    Math.floor((secondsOf.get(chinaDay(ctx.now - (streakBefore + 1) * DAY_MS)) ?? 0) / 60) > 0
  )
    streakBefore += 1;
  return { studySeconds: secondsOf.get(today) ?? 0, streakBefore };
}

async function dailyQuiz(ctx: CallContext, memberId: string, today: string) {
  const attempt = await quizRepository(ctx.store).attempts.get(dailyAttemptId(memberId, today));
  return {
    done: attempt?.status === 'submitted',
    questionCount: attempt ? attempt.questionIds.length : DAILY_COUNT,
  };
}

async function notices(ctx: CallContext, memberId: string) {
  const inbox = noticesCollection(ctx.store);
  const [unread, [latest]] = await Promise.all([
    inbox.count({ memberId, readAt: { $exists: false } }),
    inbox.find({ memberId }, { sort: [['createdAt', -1]], limit: 1 }),
  ]);
  return { unread, latest: latest ? { title: latest.title, at: latest.createdAt } : null };
}

async function planDone(ctx: CallContext, memberId: string, feed: UnitFeedDoc): Promise<Record<string, number>> {
  if (feed.plans.length === 0) return {};
  const [done, passed] = await Promise.all([
    completedAmong(ctx, memberId, [...new Set(feed.plans.flatMap((plan) => plan.itemIds))]),
    passedAmong(ctx, memberId, [...new Set(feed.plans.flatMap((plan) => plan.quizIds))]),
  ]);
  return Object.fromEntries(
    feed.plans.map((plan) => [
      mapKey(plan.planId),
      plan.itemIds.filter((id) => done.has(id)).length + plan.quizIds.filter((id) => passed.has(id)).length,
    ]),
  );
}

async function votedIds(ctx: CallContext, memberId: string, feed: UnitFeedDoc): Promise<string[]> {
  if (feed.votes.length === 0) return [];
  const ids = feed.votes.map((vote) => participationId(vote.voteId, memberId));
  const mine = await votesRepository(ctx.store).participations.find({ _id: { $in: ids } }, { limit: ids.length });
  return mine.map((participation) => participation.voteId);
}

/** Progress on the feed's latest items and on the items of its topics (a topic counts its items done). */
async function progress(ctx: CallContext, memberId: string, feed: UnitFeedDoc) {
  const ids = [...new Set(feed.latest.flatMap((card) => [card.contentId, ...card.topicItemIds]))];
  if (ids.length === 0) return {};
  const docs = await studyRepository(ctx.store).progress.find(
    { memberId, contentId: { $in: ids.slice(0, 100) } },
    { limit: Math.min(100, ids.length) },
  );
  const cardOf = new Map(feed.latest.map((card) => [card.contentId, card]));
  const entries = docs.map((doc): [string, SummaryProgress] => {
    const card = cardOf.get(doc.contentId);
    // Of a topic's items only whether they are done counts.
    const state =
      doc.completedAt !== undefined
        ? { percent: 100, completed: true }
        : card
          ? completionOf(card, doc)
          : { percent: 0, completed: false };
    return [mapKey(doc.contentId), state];
  });
  return Object.fromEntries(entries);
}

async function summaryFromRecords(ctx: CallContext, member: MemberDoc, feed: UnitFeedDoc): Promise<SummaryFields> {
  const today = chinaDay(ctx.now);
  const [study, quiz, pointsTotal, inbox, bulletins, signups, plans, voted, progressById] = await Promise.all([
    studyDays(ctx, member._id, today),
    dailyQuiz(ctx, member._id, today),
    balanceOf(ctx.store, member._id),
    notices(ctx, member._id),
    bulletinCounts(ctx, member._id),
    currentSignups(ctx, member._id),
    planDone(ctx, member._id, feed),
    votedIds(ctx, member._id, feed),
    progress(ctx, member._id, feed),
  ]);
  return {
    version: SUMMARY_VERSION,
    day: today,
    ...study,
    dailyQuiz: quiz,
    pointsTotal,
    notices: inbox,
    bulletins,
    signups,
    planDone: plans,
    votedIds: voted,
    progress: progressById,
  };
}

/** Takes a place for a member's first summary, so writes from here on move its `rev`; returns the `rev`. */
async function holdPlace(ctx: CallContext, memberId: string): Promise<number> {
  const { views } = homeRepository(ctx.store);
  const placeholder: MemberSummaryDoc = {
    _id: summaryId(memberId),
    kind: 'member',
    version: 0,
    day: '',
    rev: 0,
    studySeconds: 0,
    streakBefore: 0,
    dailyQuiz: { done: false, questionCount: DAILY_COUNT },
    pointsTotal: 0,
    notices: { unread: 0, latest: null },
    bulletins: { unread: 0, mustRead: 0 },
    signups: [],
    planDone: {},
    votedIds: [],
    progress: {},
  };
  try {
    await views.insert(placeholder);
    return 0;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const existing = await views.get(placeholder._id);
    return existing?.kind === 'member' ? existing.rev : 0;
  }
}

/**
 * The slow path: the summary read from the records, then stored unless a write moved `rev` meanwhile (then
 * this answer is still right for this call, and the next home builds again).
 */
export async function rebuildSummary(
  ctx: CallContext,
  member: MemberDoc,
  feed: UnitFeedDoc,
  existing: HomeViewDoc | undefined,
): Promise<MemberSummaryDoc> {
  const rev = existing?.kind === 'member' ? existing.rev : await holdPlace(ctx, member._id);
  const fields = await summaryFromRecords(ctx, member, feed);
  const id = summaryId(member._id);
  await homeRepository(ctx.store).views.updateWhere({ _id: id, rev }, { $set: fields, $inc: { rev: 1 } });
  return { _id: id, kind: 'member', rev: rev + 1, ...fields };
}
