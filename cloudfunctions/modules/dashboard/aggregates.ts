import type { DocStore } from '../../store/types';
import { incrementOrCreate, upsert } from '../shared/upsert';

/**
 * Per-unit aggregates (ADR 0015), each rolled up: a fact about a member counts in their unit and in every unit
 * above it, so a committee reads its own documents, never its members'.
 * - `unit_days` `<unitId>:<YYYY-MM-DD>` — what happened that day (counters `c`).
 * - `unit_months` `<unitId>:<YYYY-MM>` — the same counters per month, plus the 三会一课 meetings that month.
 * - `unit_snapshots` `<unitId>` — who is there now: members by stage, status, year joined, points balance.
 */
export type Counts = Record<string, number>;

export interface UnitDayDoc {
  _id: string;
  unitId: string;
  day: string;
  c: Counts;
}

export interface MeetingEntry {
  type: string;
  endAt: number;
  organiserPath: string[];
}

export interface UnitMonthDoc {
  _id: string;
  unitId: string;
  month: string;
  c: Counts;
  meetings: Record<string, MeetingEntry>;
}

export interface UnitSnapshotDoc {
  _id: string;
  c: Counts;
}

/** The documents' ids; unit ids hold no `:`, so one unit's days are one `_id` range. */
export const unitDayId = (unitId: string, day: string) => `${unitId}:${day}`;
export const unitMonthId = (unitId: string, month: string) => `${unitId}:${month}`;

export function aggregateCollections(store: DocStore) {
  return {
    days: store.collection<UnitDayDoc>('unit_days'),
    months: store.collection<UnitMonthDoc>('unit_months'),
    snapshots: store.collection<UnitSnapshotDoc>('unit_snapshots'),
  };
}

/** What a member (or one event of theirs) adds: counters per day, and to the snapshot. */
export interface Tally {
  days: Map<string, Counts>;
  snapshot: Counts;
}

export const emptyTally = (): Tally => ({ days: new Map(), snapshot: {} });

export function addTo(counts: Counts, key: string, amount: number): void {
  if (amount) counts[key] = (counts[key] ?? 0) + amount;
}

export function addDay(tally: Tally, day: string, key: string, amount: number): void {
  let counts = tally.days.get(day);
  if (!counts) tally.days.set(day, (counts = {}));
  addTo(counts, key, amount);
}

/** Field-path safe form of an id (`-` is not allowed in a path segment; `_` is escaped so keys stay distinct). */
export const encodeKey = (id: string) => id.replace(/_/g, '_u').replace(/-/g, '_h');
export const decodeKey = (key: string) => key.replace(/_h/g, '-').replace(/_u/g, '_');

const prefixed = (counts: Counts, sign: number) =>
  Object.fromEntries(Object.entries(counts).map(([key, n]) => [`c.${key}`, sign * n]));

/**
 * The writes that add `sign` × `tally` to every unit on `unitPath`: day, month and snapshot documents. Planned
 * in a fixed order, so a delivery that stopped half way resumes where it stopped.
 */
export function tallyWrites(
  store: DocStore,
  unitPath: readonly string[],
  tally: Tally,
  sign: 1 | -1,
): Array<() => Promise<unknown>> {
  const { days, months, snapshots } = aggregateCollections(store);
  const byMonth = new Map<string, Counts>();
  for (const [day, counts] of [...tally.days].sort(([a], [b]) => a.localeCompare(b))) {
    const month = byMonth.get(day.slice(0, 7)) ?? {};
    for (const [key, n] of Object.entries(counts)) addTo(month, key, n);
    byMonth.set(day.slice(0, 7), month);
  }
  const writes: Array<() => Promise<unknown>> = [];
  for (const unitId of unitPath) {
    for (const [day, counts] of tally.days) {
      if (!Object.keys(counts).length) continue;
      writes.push(() =>
        incrementOrCreate(
          days,
          { _id: unitDayId(unitId, day), unitId, day, c: scaled(counts, sign) },
          prefixed(counts, sign),
        ),
      );
    }
    for (const [month, counts] of byMonth) {
      if (!Object.keys(counts).length) continue;
      writes.push(() =>
        incrementOrCreate(
          months,
          { _id: unitMonthId(unitId, month), unitId, month, c: scaled(counts, sign), meetings: {} },
          prefixed(counts, sign),
        ),
      );
    }
    if (Object.keys(tally.snapshot).length)
      writes.push(() =>
        incrementOrCreate(snapshots, { _id: unitId, c: scaled(tally.snapshot, sign) }, prefixed(tally.snapshot, sign)),
      );
  }
  return writes;
}

const scaled = (counts: Counts, sign: number): Counts =>
  Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, sign * n]));

/** Sets (or, with `entry` null, removes) a meeting in the month documents of every unit on the organiser's path. */
export function meetingWrites(
  store: DocStore,
  activityId: string,
  month: string,
  organiserPath: readonly string[],
  entry: MeetingEntry | null,
): Array<() => Promise<unknown>> {
  const { months } = aggregateCollections(store);
  const key = `meetings.${encodeKey(activityId)}`;
  return organiserPath.map(
    (unitId) => () =>
      entry
        ? upsert(
            months,
            { _id: unitMonthId(unitId, month), unitId, month, c: {}, meetings: { [encodeKey(activityId)]: entry } },
            { $set: { [key]: entry } },
          )
        : months.updateWhere({ _id: unitMonthId(unitId, month) }, { $unset: { [key]: true } }),
  );
}

/** The snapshot counters of some units, by unit (read 100 at a time); a unit nobody was counted in has none. */
export async function unitSnapshots(store: DocStore, unitIds: readonly string[]): Promise<Map<string, Counts>> {
  const found = new Map<string, Counts>();
  for (let i = 0; i < unitIds.length; i += 100) {
    const ids = unitIds.slice(i, i + 100);
    const docs = await aggregateCollections(store).snapshots.find({ _id: { $in: ids } }, { limit: ids.length });
    for (const doc of docs) found.set(doc._id, doc.c);
  }
  return found;
}
