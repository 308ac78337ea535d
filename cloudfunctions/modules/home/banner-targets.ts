import type { HomeBannerTarget } from '../../../types/schemas/home';
import type { CallContext } from '../../kernel/context';
import { activitiesRepository } from '../activities/activities.repository';
import { studyRepository } from '../study/study.repository';
import { votesRepository } from '../votes/votes.repository';

/** What a banner opens, as far as showing the banner is concerned. */
export interface ResolvedTarget {
  title: string;
  /** Members can open it now: content published and due, an activity not ended, a vote not closed. */
  live: boolean;
  /** When it stops being live on its own (an activity's end, a vote's close). */
  liveUntil: number | null;
  /** Whether every member of a unit with this path (ending with the unit) may open it. */
  visibleTo(unitPath: string[]): boolean;
}

export const targetKey = (target: HomeBannerTarget) => `${target.kind}:${target.id}`;

const idsOf = (targets: HomeBannerTarget[], kind: HomeBannerTarget['kind']) => [
  ...new Set(targets.filter((t) => t.kind === kind).map((t) => t.id)),
];

/** Looks the targets up, one query per kind; a target that no longer exists is absent from the answer. */
export async function resolveTargets(
  ctx: CallContext,
  targets: HomeBannerTarget[],
): Promise<Map<string, ResolvedTarget>> {
  const [contentIds, activityIds, voteIds] = (['content', 'activity', 'vote'] as const).map((kind) =>
    idsOf(targets, kind),
  );
  const byIds = <T>(ids: string[], find: (ids: string[]) => Promise<T[]>) =>
    ids.length ? find(ids) : Promise.resolve([]);
  const [contents, activities, votes] = await Promise.all([
    byIds(contentIds!, (ids) => studyRepository(ctx.store).contents.find({ _id: { $in: ids } }, { limit: ids.length })),
    byIds(activityIds!, (ids) =>
      activitiesRepository(ctx.store).activities.find({ _id: { $in: ids } }, { limit: ids.length }),
    ),
    byIds(voteIds!, (ids) => votesRepository(ctx.store).votes.find({ _id: { $in: ids } }, { limit: ids.length })),
  ]);
  const resolved = new Map<string, ResolvedTarget>();
  for (const content of contents)
    resolved.set(targetKey({ kind: 'content', id: content._id }), {
      title: content.title,
      live: content.status === 'published' && content.publishAt !== null && content.publishAt <= ctx.now,
      liveUntil: null,
      visibleTo: (unitPath) => unitPath.includes(content.audienceUnitId),
    });
  for (const activity of activities)
    resolved.set(targetKey({ kind: 'activity', id: activity._id }), {
      title: activity.title,
      live: ctx.now < activity.endAt,
      liveUntil: activity.endAt,
      visibleTo: (unitPath) => activity.openToAll || unitPath.includes(activity.organiserUnitId),
    });
  for (const vote of votes)
    resolved.set(targetKey({ kind: 'vote', id: vote._id }), {
      title: vote.title,
      live: ctx.now < vote.closesAt,
      liveUntil: vote.closesAt,
      visibleTo: (unitPath) => unitPath.includes(vote.unitId),
    });
  return resolved;
}
