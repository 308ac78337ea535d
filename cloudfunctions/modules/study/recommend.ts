/**
 * "为您推荐": ranks unread content for a member, deterministically, with the reason shown.
 * - An item of one of my active plans that I have not finished: +100 ("学习计划「…」待完成").
 * - Shared tags with what I completed recently: +10 per tag, credited to the most recent such item
 *   ("因为您学习了「…」").
 * - Recency: up to +5, fading to 0 over 30 days ("最新发布" within a week).
 * Ties go to the newer item, then to the smaller id, so the order never depends on the store.
 */
export interface RecommendCandidate {
  contentId: string;
  tags: string[];
  publishAt: number;
}

export interface RecommendContext {
  now: number;
  /** Unfinished items of my active plans → the plan's title. */
  planGaps: Map<string, string>;
  /** What I completed, most recent first. */
  recentCompleted: Array<{ title: string; tags: string[] }>;
}

export interface Recommendation {
  contentId: string;
  score: number;
  reason: string;
}

const DAY_MS = 86_400_000;
export const PLAN_GAP_SCORE = 100;
export const TAG_SCORE = 10;
export const RECENCY_SCORE = 5;
const RECENCY_DAYS = 30;

export function recommend(
  candidates: RecommendCandidate[],
  context: RecommendContext,
  limit: number,
): Recommendation[] {
  const scored = candidates.map((item) => {
    const reasons: Array<[number, string]> = [];
    const plan = context.planGaps.get(item.contentId);
    if (plan !== undefined) reasons.push([PLAN_GAP_SCORE, `学习计划「${plan}」待完成`]);
    let bestOverlap = 0;
    let because = '';
    for (const done of context.recentCompleted) {
      const overlap = done.tags.filter((tag) => item.tags.includes(tag)).length;
      if (overlap > bestOverlap) [bestOverlap, because] = [overlap, done.title];
    }
    if (bestOverlap > 0) reasons.push([TAG_SCORE * bestOverlap, `因为您学习了「${because}」`]);
    const ageDays = Math.max(0, (context.now - item.publishAt) / DAY_MS);
    const recency = RECENCY_SCORE * Math.max(0, 1 - ageDays / RECENCY_DAYS);
    reasons.push([recency, ageDays <= 7 ? '最新发布' : '您还没有学过']);
    const score = reasons.reduce((sum, [points]) => sum + points, 0);
    // The reason shown is the one that contributed most.
    const [, reason] = reasons.reduce((best, next) => (next[0] > best[0] ? next : best));
    return { contentId: item.contentId, score, reason, publishAt: item.publishAt };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.publishAt - a.publishAt ||
      (a.contentId < b.contentId ? -1 : a.contentId > b.contentId ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ contentId, score, reason }) => ({ contentId, score, reason }));
}
