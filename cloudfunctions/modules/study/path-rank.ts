import { recommend, type RecommendCandidate, type RecommendContext } from './recommend';

/**
 * The learning path's ranking: the study recommender (plans, recent study, recency) extended with the
 * member's weak tags — the tags of the questions they miss. An unfinished plan item still comes first;
 * among the rest, an item on a weak tag outranks one that only resembles what was read lately.
 */
export const WEAK_TAG_SCORE = 20;
const MAX_COUNTED_MISSES = 4;

export interface WeakTag {
  tag: string;
  misses: number;
}

export interface PathContext extends RecommendContext {
  /** Most missed first. */
  weakTags: WeakTag[];
}

export interface PathPick {
  contentId: string;
  score: number;
  reason: string;
}

function planReason(plan: string, gaps: Map<string, string>): string {
  const left = [...gaps.values()].filter((title) => title === plan).length;
  return `学习计划「${plan}」还有 ${left} 项未完成`;
}

export function rankPath(candidates: RecommendCandidate[], context: PathContext, limit: number): PathPick[] {
  const base = recommend(candidates, context, candidates.length);
  const tagsOf = new Map(candidates.map((c) => [c.contentId, c.tags]));
  const publishedAt = new Map(candidates.map((c) => [c.contentId, c.publishAt]));
  const picks = base.map((pick) => {
    const weak = context.weakTags.find((w) => tagsOf.get(pick.contentId)?.includes(w.tag));
    const weakScore = weak ? WEAK_TAG_SCORE * Math.min(weak.misses, MAX_COUNTED_MISSES) : 0;
    const plan = context.planGaps.get(pick.contentId);
    const reason =
      plan !== undefined
        ? planReason(plan, context.planGaps)
        : weak
          ? `您在「${weak.tag}」题目中错了 ${weak.misses} 次`
          : pick.reason;
    return { contentId: pick.contentId, score: pick.score + weakScore, reason };
  });
  picks.sort(
    (a, b) =>
      b.score - a.score ||
      (publishedAt.get(b.contentId) ?? 0) - (publishedAt.get(a.contentId) ?? 0) ||
      (a.contentId < b.contentId ? -1 : a.contentId > b.contentId ? 1 : 0),
  );
  return picks.slice(0, limit);
}
