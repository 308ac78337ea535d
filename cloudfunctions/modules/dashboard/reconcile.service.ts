import type { CallContext } from '../../kernel/context';
import { drainEvents } from '../../kernel/events';
import { THREE_MEETINGS } from '../../../types/labels';
import type { MemberDoc } from '../members/members.types';
import { rebuildOverdueEntries } from '../development/overdue-index';
import { repairReviewPaths } from '../engage/review-paths';
import { chinaDay } from '../shared/china-time';
import { aggregateCollections, emptyTally, encodeKey, type Counts, type MeetingEntry, type Tally } from './aggregates';
import type { Collection, Doc } from '../../store/types';
import { batchedWrites } from './batched-writes';
import { rebuildBranchLists } from './branch-lists';
import { rewriteMarks, wantMark, type WantedMarks } from './member-months';
import { eachDoc, eachRecord, tallyRecords } from './member-records';
import { memberSnapshot } from './tallies';

/**
 * The nightly reconcile (ADR 0015): delivers what waits in the outbox, recomputes every aggregate from the
 * records, rewrites the documents that drifted and removes those nothing supports, and reports how much it
 * found. Run by the `jobs` timer; also the backfill after data was loaded without events (seeding, imports).
 */
export async function reconcileAggregates(ctx: CallContext) {
  const outbox = await drainEvents(ctx);
  const perMember = new Map<string, Tally>();
  const pathOf = new Map<string, string[]>();
  for await (const member of eachRecord<MemberDoc>(ctx.store, 'members', {})) {
    const tally = emptyTally();
    tally.snapshot = memberSnapshot(member);
    perMember.set(member._id, tally);
    pathOf.set(member._id, member.unitPath);
  }
  const marks: WantedMarks = new Map();
  await tallyRecords(
    ctx.store,
    (memberId) => perMember.get(memberId) ?? null,
    undefined,
    (memberId, month, kind) => wantMark(marks, memberId, month, kind),
  );

  const days = new Map<string, { unitId: string; day: string; c: Counts }>();
  const months = new Map<
    string,
    { unitId: string; month: string; c: Counts; meetings: Record<string, MeetingEntry> }
  >();
  const snapshots = new Map<string, Counts>();
  const add = (into: Counts, from: Counts) => {
    for (const [key, n] of Object.entries(from)) if (n) into[key] = (into[key] ?? 0) + n;
  };
  const monthOf = (unitId: string, month: string) => {
    const id = `${unitId}:${month}`;
    if (!months.has(id)) months.set(id, { unitId, month, c: {}, meetings: {} });
    return months.get(id)!;
  };
  for (const [memberId, tally] of perMember) {
    for (const unitId of pathOf.get(memberId) ?? []) {
      if (!snapshots.has(unitId)) snapshots.set(unitId, {});
      add(snapshots.get(unitId)!, tally.snapshot);
      for (const [day, counts] of tally.days) {
        const id = `${unitId}:${day}`;
        if (!days.has(id)) days.set(id, { unitId, day, c: {} });
        add(days.get(id)!.c, counts);
        add(monthOf(unitId, day.slice(0, 7)).c, counts);
      }
    }
  }
  for await (const meeting of eachRecord<{
    _id: string;
    type: string;
    startAt: number;
    endAt: number;
    organiserPath: string[];
  }>(ctx.store, 'activities', { type: { $in: [...THREE_MEETINGS] } })) {
    for (const unitId of meeting.organiserPath)
      monthOf(unitId, chinaDay(meeting.startAt).slice(0, 7)).meetings[encodeKey(meeting._id)] = {
        type: meeting.type,
        endAt: meeting.endAt,
        organiserPath: meeting.organiserPath,
      };
  }

  const stores = aggregateCollections(ctx.store);
  const drift = {
    days: await rewrite(stores.days as unknown as Collection<Doc>, days, (doc) => ({ c: doc.c })),
    months: await rewrite(stores.months as unknown as Collection<Doc>, months, (doc) => ({
      c: doc.c,
      meetings: doc.meetings,
    })),
    snapshots: await rewrite(
      stores.snapshots as unknown as Collection<Doc>,
      new Map([...snapshots].map(([unitId, c]) => [unitId, { c }])),
      (doc) => ({ c: doc.c }),
    ),
  };
  // The marks of who already counted this month (not part of what the reconcile reports back).
  const markDrift = await rewriteMarks(ctx.store, marks);
  // The indexes behind the console's 待办 badges that a count cannot keep by itself (not reported back either).
  const badges = {
    developmentOverdue: await rebuildOverdueEntries(ctx.store),
    taskReviewPaths: await repairReviewPaths(ctx),
  };
  // The 三会一课 matrix's branch lists, which unit writes keep (not reported back either).
  const branchLists = await rebuildBranchLists(ctx.store);
  const result = { at: ctx.now, outbox, drift, marks: markDrift, badges, branchLists, members: perMember.size };
  const system = ctx.store.collection<Doc>('system');
  if (!(await system.updateWhere({ _id: 'aggregates-reconcile' }, { $set: result })))
    await system.insert({ _id: 'aggregates-reconcile', ...result });
  console.info(JSON.stringify({ event: 'aggregates.reconcile', ...result }));
  return { delivered: outbox.delivered, ...drift };
}

/** Makes the collection hold exactly `wanted`: returns how many documents were wrong, missing or stale. */
async function rewrite<W extends object>(
  collection: Collection<Doc>,
  wanted: Map<string, W>,
  fieldsOf: (doc: W) => Record<string, unknown>,
): Promise<number> {
  const writes = batchedWrites();
  const seen = new Set<string>();
  for await (const found of eachDoc(collection, {})) {
    const doc = found as Doc & Record<string, unknown>;
    seen.add(doc._id);
    const want = wanted.get(doc._id);
    if (!want) {
      if (!isEmpty(doc)) await writes.add(() => collection.removeWhere({ _id: doc._id }));
      continue;
    }
    const fields = fieldsOf(want);
    if (Object.entries(fields).some(([key, value]) => !same(doc[key], value)))
      await writes.add(() => collection.updateWhere({ _id: doc._id }, { $set: fields }));
  }
  for (const [id, want] of wanted)
    if (!seen.has(id)) await writes.add(() => collection.insert({ _id: id, ...want } as never));
  return writes.done();
}

function isEmpty(doc: Record<string, unknown>): boolean {
  const counts = Object.values((doc.c as Counts | undefined) ?? {});
  return counts.every((n) => n === 0) && Object.keys((doc.meetings as object | undefined) ?? {}).length === 0;
}

/** Equal as counters: zero and absent are the same; maps compared key by key. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) =>
      same((a as Record<string, unknown>)[key] ?? 0, (b as Record<string, unknown>)[key] ?? 0),
    );
  }
  return a === b;
}
