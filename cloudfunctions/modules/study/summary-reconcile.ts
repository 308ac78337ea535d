import type { CallContext } from '../../kernel/context';
import { drainEvents } from '../../kernel/events';
import type { Collection, Doc, Filter } from '../../store/types';
import { studyRepository } from './study.repository';
import { summaryFromRecords, unitPlansFromRecords, type SummaryFields } from './summary-records';
import {
  studyViews,
  SUMMARY_VERSION,
  unitPlansId,
  type MemberStudySummary,
  type PlanBrief,
  type UnitPlansView,
} from './study-views';

/**
 * The nightly repair of the study home's views (beside the aggregates' reconcile): delivers what waits in the
 * outbox, recomputes each member summary built so far and every unit's plans from the records, and rewrites
 * those that drifted (an event lost to a crash between two writes, content edited after it was credited).
 * Members without a summary are left to their first study home, which builds it from the records.
 */
export async function reconcileStudyViews(ctx: CallContext) {
  const outbox = await drainEvents(ctx);
  const views = studyViews(ctx.store);
  let summaries = 0;
  for await (const view of pages(views as Collection<MemberStudySummary>, {
    kind: 'member',
    version: SUMMARY_VERSION,
  })) {
    const fields = await summaryFromRecords(ctx, view._id.slice(2));
    const drifted = !sameSummary(view, fields);
    if (drifted || Object.keys(view.days).length > Object.keys(fields.days).length) {
      const written = await views.updateWhere({ _id: view._id, rev: view.rev }, { $set: fields, $inc: { rev: 1 } });
      if (written && drifted) summaries += 1;
    }
  }
  const assigned = new Set<string>();
  for await (const plan of pages(studyRepository(ctx.store).plans, {})) assigned.add(plan.unitId);
  let unitPlans = 0;
  for await (const view of pages(views as Collection<UnitPlansView>, { kind: 'unitPlans' })) {
    const unitId = view._id.slice(2);
    if (!assigned.delete(unitId) && Object.keys(view.plans).length === 0) continue;
    unitPlans += await repairUnitPlans(ctx, unitId, view);
  }
  for (const unitId of assigned) unitPlans += await repairUnitPlans(ctx, unitId, null);
  const result = { delivered: outbox.delivered, summaries, unitPlans };
  console.info(JSON.stringify({ event: 'study.reconcile', ...result }));
  return result;
}

async function repairUnitPlans(ctx: CallContext, unitId: string, view: UnitPlansView | null): Promise<number> {
  const plans = await unitPlansFromRecords(ctx, unitId);
  if (view && samePlans(view.plans, plans)) return 0;
  const views = studyViews(ctx.store);
  if (view) await views.updateWhere({ _id: view._id }, { $set: { plans } });
  else await views.insert({ _id: unitPlansId(unitId), kind: 'unitPlans', plans });
  return 1;
}

/** Every document matching `filter`, in pages of 100 by `_id`. */
async function* pages<T extends Doc>(collection: Collection<T>, filter: Filter): AsyncGenerator<T> {
  let after = '';
  for (;;) {
    const page = await collection.find({ ...filter, _id: { $gt: after } }, { sort: [['_id', 1]], limit: 100 });
    yield* page;
    if (page.length < 100) return;
    after = page[page.length - 1]!._id;
  }
}

/** Equal as the home shows them: the days the records keep, completions, progress (absent is 0), points. */
function sameSummary(stored: MemberStudySummary, fresh: SummaryFields): boolean {
  const openKeys = new Set([...Object.keys(stored.open), ...Object.keys(fresh.open)]);
  const completedKeys = new Set([...Object.keys(stored.completed), ...Object.keys(fresh.completed)]);
  const oldest = Object.keys(fresh.days).sort()[0] ?? '';
  const keptDays = Object.keys(stored.days).filter((day) => day >= oldest);
  return (
    stored.points === fresh.points &&
    [...completedKeys].every((key) => stored.completed[key] === fresh.completed[key]) &&
    [...openKeys].every(
      (key) =>
        stored.open[key]?.at === fresh.open[key]?.at &&
        (stored.open[key]?.percent ?? 0) === (fresh.open[key]?.percent ?? 0),
    ) &&
    new Set([...keptDays, ...Object.keys(fresh.days)]).size === Object.keys(fresh.days).length &&
    Object.entries(fresh.days).every(([day, seconds]) => stored.days[day] === seconds)
  );
}

function samePlans(a: Record<string, PlanBrief>, b: Record<string, PlanBrief>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const canonical = (plan: PlanBrief | undefined) =>
    plan ? JSON.stringify([plan.planId, plan.title, plan.startAt, plan.deadline, plan.itemIds, plan.quizIds]) : '';
  return [...keys].every((key) => canonical(a[key]) === canonical(b[key]));
}
