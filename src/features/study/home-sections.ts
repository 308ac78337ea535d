import type { ContentCard } from '@contract/schemas/study';

export interface HomeSectionsInput<R extends ContentCard, L extends ContentCard> {
  resume: ContentCard | null;
  /** Items already shown elsewhere on the page (the plan card's next item). */
  shownElsewhere: string[];
  recommended: R[];
  latest: L[];
}

/**
 * The study home's three lists without repeats: an item appears once, in the first section that has it
 * (继续学习, then 为您推荐, then 最新), and not at all when the plan card already shows it.
 */
export function homeSections<R extends ContentCard, L extends ContentCard>({
  resume,
  shownElsewhere,
  recommended,
  latest,
}: HomeSectionsInput<R, L>) {
  const seen = new Set(shownElsewhere);
  const fresh = <T extends ContentCard>(items: T[]) =>
    items.filter((item) => {
      if (seen.has(item.contentId)) return false;
      seen.add(item.contentId);
      return true;
    });
  const [continued = null] = fresh(resume ? [resume] : []);
  return { resume: continued, recommended: fresh(recommended), latest: fresh(latest) };
}
