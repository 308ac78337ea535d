import type { DomainEvent } from '../../kernel/events';
import type { DocStore } from '../../store/types';
import { THREE_MEETINGS } from '../../../types/labels';
import type { ActivityDoc } from '../activities/activities.types';
import { chinaDay } from '../shared/china-time';
import { aggregateCollections, emptyTally, meetingWrites, tallyWrites, type Counts } from './aggregates';
import { eachDoc, eachRecord } from './member-records';

/**
 * A whole unit moved in the tree. Its own documents already hold everything its subtree adds (they are rolled
 * up), so that is what leaves the units it is no longer under and joins the ones it is now under; units on
 * both paths keep theirs. Its meetings move the same way.
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
  return [
    ...tallyWrites(store, leaving, share, -1),
    ...tallyWrites(store, joining, share, 1),
    ...(await meetingMoves(store, unitId, leaving)),
  ];
}

/**
 * The 三会一课 meetings organised in the moved subtree, whose activities `admin.unitMove` has given the new
 * organiser path: they leave the month documents of the units left behind, and every unit on the new path holds
 * them with that path (the reconcile reads the same records, so the two agree).
 */
async function meetingMoves(store: DocStore, unitId: string, leaving: string[]) {
  const writes: Array<() => Promise<unknown>> = [];
  const meetings = eachRecord<ActivityDoc>(store, 'activities', {
    organiserPath: unitId,
    type: { $in: [...THREE_MEETINGS] },
  });
  for await (const meeting of meetings) {
    const month = chinaDay(meeting.startAt).slice(0, 7);
    const { type, endAt, organiserPath } = meeting;
    writes.push(
      ...meetingWrites(store, meeting._id, month, leaving, null),
      ...meetingWrites(store, meeting._id, month, organiserPath, { type, endAt, organiserPath }),
    );
  }
  return writes;
}

const nonZero = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
