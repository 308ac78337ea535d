import { requireMember, type CallContext } from '../../kernel/context';
import { isVisible, topicState, toCard, visibleTo } from './content-access';
import { recommend } from './recommend';
import { studyRepository } from './study.repository';
import type { ContentDoc } from './study.types';
import { buildSummary } from './summary-records';
import { studyFigures } from './summary-figures';
import {
  fromViewKey,
  memberViewId,
  studyViews,
  SUMMARY_VERSION,
  unitPlansId,
  viewKey,
  type MemberStudySummary,
  type PlanBrief,
  type StudyView,
} from './study-views';

/**
 * The study home in one call: what to resume, my plan's next items, 为您推荐, the latest, my figures. It reads
 * the member's summary with the plans of their units (one query), the latest content they may see, and the
 * few items named by the summary or a plan that are not among those: three reads however much they studied.
 */
const RECOMMEND_POOL = 100;
const PLANS_READ = 20;
const PLAN_GRACE_MS = 30 * 86_400_000;

export async function studyHome(ctx: CallContext) {
  const member = requireMember(ctx);
  const { contents } = studyRepository(ctx.store);
  const summaryId = memberViewId(member._id);
  const [views, pool] = await Promise.all([
    studyViews(ctx.store).find(
      { _id: { $in: [summaryId, ...member.unitPath.map(unitPlansId)] } },
      { limit: 1 + member.unitPath.length },
    ),
    contents.find(visibleTo(member, ctx.now), {
      sort: [
        ['publishAt', -1],
        ['_id', 1],
      ],
      limit: RECOMMEND_POOL,
    }),
  ]);
  const stored = views.find((view): view is MemberStudySummary => view.kind === 'member');
  const summary = stored?.version === SUMMARY_VERSION ? stored : await buildSummary(ctx, member._id, stored);
  const completedAt = new Map(Object.entries(summary.completed).map(([key, at]) => [fromViewKey(key), at]));
  const opened = Object.entries(summary.open)
    .map(([key, state]) => ({ contentId: fromViewKey(key), at: state.at }))
    .filter((item) => !completedAt.has(item.contentId))
    .sort((a, b) => b.at - a.at)
    .slice(0, 5);
  const completed = [...completedAt]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([contentId]) => contentId);
  const gaps = planGaps(plansOf(views, ctx.now), completedAt, ctx.now);

  const known = new Map(pool.map((doc) => [doc._id, doc]));
  const missing = [...new Set([...opened.map((item) => item.contentId), ...completed, ...gaps.keys()])].filter(
    (id) => !known.has(id),
  );
  if (missing.length)
    for (const doc of await contents.find({ _id: { $in: missing.slice(0, 100) } }, { limit: 100 }))
      known.set(doc._id, doc);
  const visible = (id: string) => {
    const doc = known.get(id);
    return doc && isVisible(doc, member, ctx.now) ? doc : undefined;
  };
  const resumeDoc = opened.map((item) => visible(item.contentId)).find((doc) => doc && doc.kind !== 'topic');
  const nextDocs = [...gaps.keys()]
    .map(visible)
    .filter((doc): doc is ContentDoc => doc !== undefined)
    .slice(0, 3);
  const recentCompleted = completed
    .map((id) => known.get(id))
    .filter((doc): doc is ContentDoc => doc !== undefined)
    .map((doc) => ({ title: doc.title, tags: doc.tags }));
  // What "学习计划待学" already shows is not repeated under 为您推荐.
  const shown = new Set(nextDocs.map((doc) => doc._id));
  const picks = recommend(
    pool
      .filter((doc) => !completedAt.has(doc._id) && !shown.has(doc._id) && doc.kind !== 'topic')
      .map((doc) => ({ contentId: doc._id, tags: doc.tags, publishAt: doc.publishAt ?? doc.createdAt })),
    { now: ctx.now, planGaps: gaps, recentCompleted },
    5,
  );
  const cards = (docs: ContentDoc[]) => Promise.all(docs.map((doc) => toCard(ctx, doc, stateOf(doc, summary))));
  const [resume, next, recommended, latest] = await Promise.all([
    cards(resumeDoc ? [resumeDoc] : []),
    cards(nextDocs),
    cards(picks.map((pick) => known.get(pick.contentId)!)),
    cards(pool.slice(0, 5)),
  ]);
  return {
    resume: resume[0] ?? null,
    planNext: next.map((card) => ({ ...card, planTitle: gaps.get(card.contentId) ?? '' })),
    recommended: recommended.map((card, index) => ({ ...card, reason: picks[index]?.reason ?? '' })),
    latest,
    stats: studyFigures(summary, ctx.now),
  };
}

/** The plans of the member's units that have started and not closed more than 30 days ago, soonest first. */
function plansOf(views: StudyView[], now: number): PlanBrief[] {
  return views
    .flatMap((view) => (view.kind === 'unitPlans' ? Object.values(view.plans) : []))
    .filter((plan) => plan.startAt <= now && plan.deadline >= now - PLAN_GRACE_MS)
    .sort((a, b) => a.deadline - b.deadline || a.planId.localeCompare(b.planId))
    .slice(0, PLANS_READ);
}

/** The open plans' items not yet completed (for "my plan's next items" and recommendations), plan title by item. */
function planGaps(plans: PlanBrief[], completed: Map<string, number>, now: number): Map<string, string> {
  const gaps = new Map<string, string>();
  for (const plan of plans.filter((open) => open.deadline >= now))
    for (const id of plan.itemIds) if (!completed.has(id) && !gaps.has(id)) gaps.set(id, plan.title);
  return gaps;
}

/** A card's progress from the summary: a topic is as far along as the share of its items completed. */
function stateOf(content: ContentDoc, summary: MemberStudySummary) {
  if (content.kind === 'topic')
    return topicState(content, content.topicItemIds.filter((id) => viewKey(id) in summary.completed).length);
  if (viewKey(content._id) in summary.completed) return { percent: 100, completed: true };
  return { percent: summary.open[viewKey(content._id)]?.percent ?? 0, completed: false };
}
