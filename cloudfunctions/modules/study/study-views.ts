import type { Collection, DocStore } from '../../store/types';
import type { PlanDoc } from './study.types';

/**
 * What `study.home` reads instead of the records (ADR 0015, part 2), all in one collection so that one query
 * by id fetches a member's summary and the plans of every unit on their path:
 * - `m:<memberId>`: the member's study figures, kept by the study consumer from the domain events and rebuilt
 *   from the records when missing or of an older layout (summary-records.ts);
 * - `u:<unitId>`: the plans assigned to that unit, kept from `study.planAssigned`.
 * The nightly `system.reconcileStudy` recomputes both from the records and repairs any drift.
 */
export const SUMMARY_VERSION = 1;

export interface ItemState {
  /** Last opened. */
  at: number;
  percent?: number;
}

export interface MemberStudySummary {
  _id: string;
  kind: 'member';
  /** SUMMARY_VERSION once built from the records; 0 while a first build holds the place. */
  version: number;
  /** Moved by every write, so a build that read older records does not store over a newer event. */
  rev: number;
  /** Seconds credited per China-time day (by dayKey). */
  days: Record<string, number>;
  /** Completed items (by viewKey) and when. */
  completed: Record<string, number>;
  /** Every item opened (by viewKey): when last, and how far along (absent until first credited: 0). */
  open: Record<string, ItemState>;
  /** The points balance. */
  points: number;
}

export type PlanBrief = Pick<PlanDoc, 'title' | 'startAt' | 'deadline' | 'itemIds' | 'quizIds'> & {
  planId: string;
};

export interface UnitPlansView {
  _id: string;
  kind: 'unitPlans';
  plans: Record<string, PlanBrief>;
}

export type StudyView = MemberStudySummary | UnitPlansView;

export function studyViews(store: DocStore): Collection<StudyView> {
  return store.collection<StudyView>('study_views');
}

export const memberViewId = (memberId: string) => `m:${memberId}`;
export const unitPlansId = (unitId: string) => `u:${unitId}`;

/** Ids as keys of a stored map, whose path segments the store limits to letters, digits and `_`. */
export const viewKey = (id: string) => id.replace(/_/g, '_u').replace(/-/g, '_h');
export const fromViewKey = (key: string) => key.replace(/_([uh])/g, (_, code) => (code === 'u' ? '_' : '-'));
/** A China-time day (YYYY-MM-DD) as a key (YYYYMMDD, which sorts the same). */
export const dayKey = (day: string) => day.replace(/-/g, '');

export function planBrief(plan: Pick<PlanDoc, '_id' | 'title' | 'startAt' | 'deadline' | 'itemIds' | 'quizIds'>) {
  const { _id, title, startAt, deadline, itemIds, quizIds } = plan;
  return { planId: _id, title, startAt, deadline, itemIds, quizIds };
}
