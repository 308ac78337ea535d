import { requireMember, type CallContext } from '../../kernel/context';
import { balanceOf } from '../points/points.service';
import { cardsFor, isVisible, visibleTo } from './content-access';
import { planGaps } from './plans.service';
import { studyStats } from './progress.service';
import { recommend } from './recommend';
import { studyRepository } from './study.repository';
import type { ContentDoc } from './study.types';

/** The study home in one call: what to resume, my plan's next items, 为你推荐, the latest, my figures. */
const RECOMMEND_POOL = 100;

export async function studyHome(ctx: CallContext) {
  const member = requireMember(ctx);
  const { contents, progress } = studyRepository(ctx.store);
  const [pool, opened, completed, gaps, stats, points] = await Promise.all([
    contents.find(visibleTo(member, ctx.now), {
      sort: [
        ['publishAt', -1],
        ['_id', 1],
      ],
      limit: RECOMMEND_POOL,
    }),
    progress.find(
      { memberId: member._id, completedAt: { $exists: false } },
      { sort: [['lastOpenedAt', -1]], limit: 5 },
    ),
    progress.find({ memberId: member._id, completedAt: { $exists: true } }, { sort: [['completedAt', -1]], limit: 10 }),
    planGaps(ctx, member),
    studyStats(ctx),
    balanceOf(ctx.store, member._id),
  ]);
  const known = new Map(pool.map((doc) => [doc._id, doc]));
  const missing = [...new Set([...opened, ...completed].map((p) => p.contentId).concat([...gaps.keys()]))].filter(
    (id) => !known.has(id),
  );
  if (missing.length)
    for (const doc of await contents.find({ _id: { $in: missing.slice(0, 100) } }, { limit: 100 }))
      known.set(doc._id, doc);
  const visible = (id: string) => {
    const doc = known.get(id);
    return doc && isVisible(doc, member, ctx.now) ? doc : undefined;
  };
  const resumeDoc = opened.map((p) => visible(p.contentId)).find((doc) => doc && doc.kind !== 'topic');
  const nextDocs = [...gaps.keys()]
    .map(visible)
    .filter((doc): doc is ContentDoc => doc !== undefined)
    .slice(0, 3);
  const completedIds = new Set(completed.map((p) => p.contentId));
  const recentCompleted = completed
    .map((p) => known.get(p.contentId))
    .filter((doc): doc is ContentDoc => doc !== undefined)
    .map((doc) => ({ title: doc.title, tags: doc.tags }));
  // What "学习计划待学" already shows is not repeated under 为你推荐.
  const shown = new Set(nextDocs.map((doc) => doc._id));
  const picks = recommend(
    pool
      .filter((doc) => !completedIds.has(doc._id) && !shown.has(doc._id) && doc.kind !== 'topic')
      .map((doc) => ({ contentId: doc._id, tags: doc.tags, publishAt: doc.publishAt ?? doc.createdAt })),
    { now: ctx.now, planGaps: gaps, recentCompleted },
    5,
  );
  const pickDocs = picks.map((pick) => known.get(pick.contentId)!);
  const [resume, next, recommended, latest] = await Promise.all([
    resumeDoc ? cardsFor(ctx, member, [resumeDoc]) : Promise.resolve([]),
    cardsFor(ctx, member, nextDocs),
    cardsFor(ctx, member, pickDocs),
    cardsFor(ctx, member, pool.slice(0, 5)),
  ]);
  return {
    resume: resume[0] ?? null,
    planNext: next.map((card) => ({ ...card, planTitle: gaps.get(card.contentId) ?? '' })),
    recommended: recommended.map((card, index) => ({ ...card, reason: picks[index]?.reason ?? '' })),
    latest,
    stats: { ...stats, points },
  };
}
