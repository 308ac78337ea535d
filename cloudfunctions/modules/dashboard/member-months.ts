import type { Collection, Doc, DocStore } from '../../store/types';
import { DuplicateKeyError } from '../../store/types';
import { batchedWrites } from './batched-writes';
import { eachDoc } from './member-records';

/**
 * `member_months` `<memberId>:<YYYY-MM>`: which of a member's firsts of a month are already counted (学习人数,
 * 参加活动人数), each holding the id of the event that counted it. A unit's counter goes up only for the event
 * that claimed the mark, so a redelivered event (same id) counts again where it stopped and two concurrent
 * firsts count once. The reconcile recomputes the marks from the records.
 */
export type MonthFirst = 'studied' | 'attended';

export interface MemberMonthDoc extends Doc {
  memberId: string;
  month: string;
  studied?: string;
  attended?: string;
}

export const memberMonths = (store: DocStore) => store.collection<MemberMonthDoc>('member_months');
export const memberMonthId = (memberId: string, month: string) => `${memberId}:${month}`;

/** Claims `kind` of the member's month for `eventId`; true when this event holds it (now or from a first try). */
export async function claimMonthFirst(
  store: DocStore,
  memberId: string,
  month: string,
  kind: MonthFirst,
  eventId: string,
): Promise<boolean> {
  const marks = memberMonths(store);
  const _id = memberMonthId(memberId, month);
  const claim = () => marks.updateWhere({ _id, [kind]: { $exists: false } }, { $set: { [kind]: eventId } });
  if (!(await claim())) {
    try {
      await marks.insert({ _id, memberId, month, [kind]: eventId });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      await claim();
    }
  }
  return (await marks.get(_id))?.[kind] === eventId;
}

/** Wraps counter writes so they run only when this event holds the mark (asked once per delivery). */
export function whenFirst(
  claim: () => Promise<boolean>,
  writes: Array<() => Promise<unknown>>,
): Array<() => Promise<unknown>> {
  let held: Promise<boolean> | undefined;
  const first = () => (held ??= claim());
  return writes.map((write) => async () => ((await first()) ? write() : undefined));
}

/** The marks the records support, by id. */
export type WantedMarks = Map<string, { memberId: string; month: string; kinds: Set<MonthFirst> }>;

export function wantMark(wanted: WantedMarks, memberId: string, month: string, kind: MonthFirst): void {
  const id = memberMonthId(memberId, month);
  if (!wanted.has(id)) wanted.set(id, { memberId, month, kinds: new Set() });
  wanted.get(id)!.kinds.add(kind);
}

const KINDS: MonthFirst[] = ['studied', 'attended'];

/** Makes the marks match the records (a present mark keeps its event id); returns how many were wrong. */
export async function rewriteMarks(store: DocStore, wanted: WantedMarks): Promise<number> {
  const marks = memberMonths(store) as Collection<MemberMonthDoc>;
  const writes = batchedWrites();
  const seen = new Set<string>();
  for await (const doc of eachDoc(marks, {})) {
    seen.add(doc._id);
    const want = wanted.get(doc._id);
    const wrong = KINDS.filter((kind) => (doc[kind] !== undefined) !== Boolean(want?.kinds.has(kind)));
    if (!wrong.length) continue;
    if (!want) await writes.add(() => marks.removeWhere({ _id: doc._id }));
    else {
      const set = Object.fromEntries(wrong.filter((kind) => want.kinds.has(kind)).map((kind) => [kind, 'reconcile']));
      const unset = Object.fromEntries(
        wrong.filter((kind) => !want.kinds.has(kind)).map((kind) => [kind, true as const]),
      );
      await writes.add(() =>
        marks.updateWhere(
          { _id: doc._id },
          {
            ...(Object.keys(set).length ? { $set: set } : {}),
            ...(Object.keys(unset).length ? { $unset: unset } : {}),
          },
        ),
      );
    }
  }
  for (const [_id, want] of wanted) {
    if (seen.has(_id)) continue;
    const kinds = Object.fromEntries([...want.kinds].map((kind) => [kind, 'reconcile']));
    await writes.add(() => marks.insert({ _id, memberId: want.memberId, month: want.month, ...kinds }));
  }
  return writes.done();
}
