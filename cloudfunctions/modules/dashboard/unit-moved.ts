import type { DomainEvent } from '../../kernel/events';
import type { DocStore } from '../../store/types';
import { aggregateCollections, emptyTally, tallyWrites, type Counts } from './aggregates';
import { eachDoc } from './member-records';

/**
 * A whole unit moved in the tree. Its own documents already hold everything its subtree adds (they are rolled
 * up), so that is what leaves the units it is no longer under and joins the ones it is now under; units on
 * both paths keep theirs. Meetings stay where their activity's organiser path puts them, as in the reconcile.
 */
export async function unitMovedWrites(
  store: DocStore,
  event: DomainEvent<'unit.moved'>,
): Promise<Array<() => Promise<unknown>>> {
  const { unitId, before, after } = event.payload;
  const leaving = before.filter((id) => !after.includes(id));
  const joining = after.filter((id) => !before.includes(id));
  if (leaving.length === 0 && joining.length === 0) return [];
  const { days, snapshots } = aggregateCollections(store);
  const share = emptyTally();
  for await (const doc of eachDoc(days, { unitId })) share.days.set(doc.day, nonZero(doc.c));
  share.snapshot = nonZero((await snapshots.get(unitId))?.c ?? {});
  return [...tallyWrites(store, leaving, share, -1), ...tallyWrites(store, joining, share, 1)];
}

const nonZero = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
