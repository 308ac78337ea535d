import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { findAll } from '../members/members.repository';
import { balanceOf } from '../points/points.service';
import { completionOf } from './credit';
import { studyRepository } from './study.repository';
import {
  dayKey,
  memberViewId,
  planBrief,
  studyViews,
  SUMMARY_VERSION,
  viewKey,
  type ItemState,
  type MemberStudySummary,
  type PlanBrief,
} from './study-views';

/** How many study days back the streak looks; the summary is built with at most these. */
export const STREAK_DAYS = 100;

export type SummaryFields = Pick<MemberStudySummary, 'days' | 'completed' | 'open' | 'points'>;

/**
 * A member's study summary computed from the records: the one definition the first study home and the
 * nightly reconcile both use, and what the consumer's writes must keep it equal to.
 */
export async function summaryFromRecords(ctx: CallContext, memberId: string): Promise<SummaryFields> {
  const { days, progress, contents } = studyRepository(ctx.store);
  const [recentDays, docs, points] = await Promise.all([
    days.find({ memberId }, { sort: [['day', -1]], limit: STREAK_DAYS }),
    findAll((skip) => progress.find({ memberId }, { sort: [['_id', 1]], skip, limit: 100 })),
    balanceOf(ctx.store, memberId),
  ]);
  const unfinished = docs.filter((doc) => doc.completedAt === undefined);
  const ids = [...new Set(unfinished.map((doc) => doc.contentId))];
  const items = new Map<string, Parameters<typeof completionOf>[0]>();
  for (let i = 0; i < ids.length; i += 100)
    for (const content of await contents.find({ _id: { $in: ids.slice(i, i + 100) } }, { limit: 100 }))
      items.set(content._id, content);
  const open: Record<string, ItemState> = {};
  for (const doc of docs) {
    const content = items.get(doc.contentId);
    const percent = doc.completedAt !== undefined ? 100 : content ? completionOf(content, doc).percent : 0;
    open[viewKey(doc.contentId)] = { at: doc.lastOpenedAt, percent };
  }
  const completed: Record<string, number> = {};
  for (const doc of docs) if (doc.completedAt !== undefined) completed[viewKey(doc.contentId)] = doc.completedAt;
  return {
    days: Object.fromEntries(recentDays.map((doc) => [dayKey(doc.day), doc.seconds])),
    completed,
    open,
    points,
  };
}

/** Every plan assigned to `unitId`, by plan. */
export async function unitPlansFromRecords(ctx: CallContext, unitId: string): Promise<Record<string, PlanBrief>> {
  const plans = await findAll((skip) =>
    studyRepository(ctx.store).plans.find({ unitId }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  return Object.fromEntries(plans.map((plan) => [viewKey(plan._id), planBrief(plan)]));
}

/** Takes the place of a first summary, so events from here on move its `rev`; returns the `rev` to build on. */
async function holdPlace(ctx: CallContext, memberId: string): Promise<number> {
  const views = studyViews(ctx.store);
  const placeholder: MemberStudySummary = {
    _id: memberViewId(memberId),
    kind: 'member',
    version: 0,
    rev: 0,
    days: {},
    completed: {},
    open: {},
    points: 0,
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
 * The slow path of the study home: the summary from the records, stored unless an event moved `rev` while
 * they were read (then this answer is still right for this call, and the next home builds again).
 */
export async function buildSummary(
  ctx: CallContext,
  memberId: string,
  existing: MemberStudySummary | undefined,
): Promise<MemberStudySummary> {
  const rev = existing ? existing.rev : await holdPlace(ctx, memberId);
  const fields = await summaryFromRecords(ctx, memberId);
  const _id = memberViewId(memberId);
  await studyViews(ctx.store).updateWhere(
    { _id, rev },
    { $set: { ...fields, version: SUMMARY_VERSION }, $inc: { rev: 1 } },
  );
  return { _id, kind: 'member', version: SUMMARY_VERSION, rev: rev + 1, ...fields };
}
