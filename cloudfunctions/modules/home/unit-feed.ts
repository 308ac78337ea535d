import type { CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { upsert } from '../shared/upsert';
import { studyRepository } from '../study/study.repository';
import type { ContentDoc } from '../study/study.types';
import { votesRepository } from '../votes/votes.repository';
import { resolveTargets, targetKey } from './banner-targets';
import { feedId, homeRepository } from './home.repository';
import type { FeedCard, HomeViewDoc, UnitFeedDoc } from './home.types';

/**
 * A unit's home feed: what all of its members see alike (banners, the latest content, open plans and votes).
 * It is a cache of the records, built by the first home after something changed, and kept while
 * - every stamp on the unit's path is at the revision it was built with (moved when content, a vote, a plan,
 *   a banner or the unit's name changes, see feed-stamps.ts; a unit moved elsewhere has a different path), and
 * - it is younger than FEED_MAX_AGE_MS, which bounds how long a change whose stamp was never moved (a crash
 *   between the record and the stamp) can go unseen.
 * What time alone changes (scheduled content falling due, votes opening and closing, banners whose activity
 * ended) is filtered when the home is read.
 */
export const FEED_VERSION = 1;
const FEED_MAX_AGE_MS = 3600_000;
const LATEST_DUE = 4;
const LATEST_SCHEDULED = 8;
const PLANS_KEPT = 20;
const VOTES_KEPT = 20;
const BANNERS_READ = 50;

export function feedIsFresh(
  feed: HomeViewDoc | undefined,
  unitPath: string[],
  stamps: Map<string, number>,
  now: number,
): feed is UnitFeedDoc {
  if (!feed || feed.kind !== 'unit' || feed.version !== FEED_VERSION || now >= feed.builtAt + FEED_MAX_AGE_MS)
    return false;
  const seen = feed.seen;
  return (
    Object.keys(seen).length === unitPath.length &&
    unitPath.every((unitId) => seen[unitId] === (stamps.get(unitId) ?? 0))
  );
}

function feedCard(content: ContentDoc): FeedCard {
  return {
    contentId: content._id,
    kind: content.kind,
    category: content.category,
    title: content.title,
    summary: content.summary,
    coverFileId: content.coverFileId,
    tags: content.tags,
    estimatedMinutes: content.estimatedMinutes,
    durationSeconds: content.durationSeconds,
    topicItemIds: content.topicItemIds,
    publishAt: content.publishAt ?? content.createdAt,
  };
}

/**
 * Builds and stores the feed of the unit `unitPath` ends with. `stamps` are the revisions read before any
 * record, so a change that lands while this runs leaves the stored feed stale, not wrong.
 */
export async function buildUnitFeed(
  ctx: CallContext,
  unitPath: string[],
  stamps: Map<string, number>,
): Promise<UnitFeedDoc> {
  const unitId = unitPath.at(-1) ?? '';
  const { views, banners } = homeRepository(ctx.store);
  const { contents, plans } = studyRepository(ctx.store);
  const published = { status: 'published', audienceUnitId: { $in: unitPath } };
  const onPath = { unitId: { $in: unitPath } };
  const [units, bannerDocs, due, scheduled, planDocs, voteDocs] = await Promise.all([
    membersRepository(ctx.store).units.find({ _id: { $in: unitPath } }, { limit: unitPath.length }),
    banners.find(onPath, {
      sort: [
        ['createdAt', -1],
        ['_id', 1],
      ],
      limit: BANNERS_READ,
    }),
    contents.find(
      { ...published, publishAt: { $lte: ctx.now } },
      {
        sort: [
          ['publishAt', -1],
          ['_id', 1],
        ],
        limit: LATEST_DUE,
      },
    ),
    contents.find(
      { ...published, publishAt: { $gt: ctx.now } },
      {
        sort: [
          ['publishAt', 1],
          ['_id', 1],
        ],
        limit: LATEST_SCHEDULED,
      },
    ),
    plans.find(
      { ...onPath, deadline: { $gte: ctx.now } },
      {
        sort: [
          ['deadline', 1],
          ['_id', 1],
        ],
        limit: PLANS_KEPT,
      },
    ),
    votesRepository(ctx.store).votes.find(
      { ...onPath, closesAt: { $gt: ctx.now } },
      {
        sort: [
          ['closesAt', 1],
          ['_id', 1],
        ],
        limit: VOTES_KEPT,
      },
    ),
  ]);
  const targets = await resolveTargets(
    ctx,
    bannerDocs.map((banner) => banner.target),
  );
  const unitById = new Map(units.map((unit) => [unit._id, unit]));
  const branchId = [...unitPath].reverse().find((id) => unitById.get(id)?.kind === 'branch') ?? null;
  const feed: UnitFeedDoc = {
    _id: feedId(unitId),
    kind: 'unit',
    version: FEED_VERSION,
    unitName: unitById.get(unitId)?.name ?? '',
    branchId,
    seen: Object.fromEntries(unitPath.map((id) => [id, stamps.get(id) ?? 0])),
    builtAt: ctx.now,
    banners: bannerDocs.flatMap((banner) => {
      const target = targets.get(targetKey(banner.target));
      if (!target || !target.live || !target.visibleTo(unitPath)) return [];
      return [
        {
          bannerId: banner._id,
          title: banner.title,
          subtitle: banner.subtitle,
          coverFileId: banner.coverFileId,
          target: banner.target,
          liveUntil: target.liveUntil,
        },
      ];
    }),
    latest: [...due, ...scheduled].map(feedCard),
    plans: planDocs.map((plan) => ({
      planId: plan._id,
      title: plan.title,
      startAt: plan.startAt,
      deadline: plan.deadline,
      itemIds: plan.itemIds,
      quizIds: plan.quizIds,
    })),
    votes: voteDocs.map((vote) => ({
      voteId: vote._id,
      kind: vote.kind,
      title: vote.title,
      unitId: vote.unitId,
      unitName: vote.unitName,
      opensAt: vote.opensAt,
      closesAt: vote.closesAt,
    })),
  };
  const { _id, ...fields } = feed;
  await upsert(views, feed, { $set: fields });
  return feed;
}
