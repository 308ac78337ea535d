import type { CallContext } from '../cloudfunctions/kernel/context';
import { reconcileAggregates } from '../cloudfunctions/modules/dashboard/reconcile.service';
import { chinaDay } from '../cloudfunctions/modules/shared/china-time';
import { reconcileStudyViews } from '../cloudfunctions/modules/study/summary-reconcile';
import type { ProgressDoc, StudyDayDoc } from '../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../cloudfunctions/store/types';

const DAY_MS = 86_400_000;
/** Study days per member, spread over the past year, and the demo items each has opened (the first ones done). */
export const STUDY_DAYS_PER_MEMBER = 6;
const ITEMS = ['c-demo-1', 'c-demo-2', 'c-demo-3'];
const COMPLETED_ITEMS = 2;

/**
 * A year of study for the synthetic members `s-<from>` … `s-<to - 1>`: credited days every two months (each
 * member on its own days) and the demo items opened, two of them completed. Written as records, without events,
 * as an import would be; `backfill` then builds the aggregates and views from them.
 */
export async function growStudyYear(store: DocStore, from: number, to: number, now: number): Promise<void> {
  const days = store.collection<StudyDayDoc>('study_days');
  const progress = store.collection<ProgressDoc>('study_progress');
  let writes: Array<Promise<unknown>> = [];
  for (let i = from; i < to; i += 1) {
    const memberId = `s-${i}`;
    for (let n = 0; n < STUDY_DAYS_PER_MEMBER; n += 1) {
      const day = chinaDay(now - ((i % 60) + n * 60) * DAY_MS);
      writes.push(days.insert({ _id: `${memberId}_${day}`, memberId, day, seconds: 600 + (i % 7) * 60 }));
    }
    ITEMS.forEach((contentId, n) =>
      writes.push(
        progress.insert({
          _id: `${memberId}_${contentId}`,
          memberId,
          contentId,
          creditedSeconds: 300,
          watched: [],
          position: 0,
          lastOpenedAt: now - ((i % 300) + n) * DAY_MS,
          ...(n < COMPLETED_ITEMS ? { completedAt: now - ((i % 300) + n) * DAY_MS } : {}),
          version: 1,
        }),
      ),
    );
    if (writes.length >= 500) {
      await Promise.all(writes);
      writes = [];
    }
  }
  await Promise.all(writes);
}

/** The nightly reconciles, run once after growing: the backfill that gives the grown records their aggregates. */
export async function backfill(store: DocStore, now: number): Promise<void> {
  const ctx = { store, now, caller: { kind: 'system' } } as unknown as CallContext;
  await reconcileAggregates(ctx);
  await reconcileStudyViews(ctx);
}
