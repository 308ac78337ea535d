import type { HonourKind, HonourLevel, ItemStatus, PeriodKind } from '../../../types/assessment-labels';
import type { GuidanceNote, Indicator, IndicatorScore } from '../../../types/schemas/assessment';
import type { z } from 'zod';

/** One version of a unit subtree's scheme; `_id` is `<unitId>_v<version>`, so two saves of one version cannot both land. */
export interface SchemeDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  name: string;
  periodKind: PeriodKind;
  version: number;
  indicators: Array<z.output<typeof Indicator>>;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  /** Its 扣分项 flags were chosen on save (or set by `system.setup` for versions saved before the flag). */
  deductionsFlagged?: true;
}

/** A manual item (加分/扣分) a branch admin entered; `unitPath` is the member's, ending with their unit. */
export interface ItemDoc {
  _id: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitPath: string[];
  indicatorKey: string;
  indicatorLabel: string;
  points: number;
  occurredAt: number;
  evidence: string;
  status: ItemStatus;
  enteredBy: string;
  enteredByName: string;
  /** The unit the entering admin manages: a unit above it decides. */
  enteredInUnit: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: number | null;
  rejectReason: string | null;
  createdAt: number;
}

/** A period closed for a unit's subtree (`_id` `<unitId>_<periodId>`): its scores are then read from snapshots. */
export interface ClosureDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  periodId: string;
  schemeId: string;
  schemeName: string;
  schemeVersion: number;
  maxTotal: number;
  closedBy: string;
  closedAt: number;
}

/** A member's score kept when a period closed; `_id` `<periodId>_<memberId>`, one per member and period. */
export interface ScoreDoc {
  _id: string;
  memberId: string;
  name: string;
  unitId: string;
  unitPath: string[];
  periodId: string;
  schemeId: string;
  schemeName: string;
  schemeVersion: number;
  maxTotal: number;
  total: number;
  percent: number;
  grade: 'excellent' | 'good' | 'pass' | 'weak';
  indicators: Array<z.output<typeof IndicatorScore>>;
  closedAt: number;
}

/** A 表彰 or 处分 record in a member's dossier. */
export interface HonourDoc {
  _id: string;
  memberId: string;
  unitPath: string[];
  kind: HonourKind;
  title: string;
  level: HonourLevel;
  awardedAt: number;
  documentNo: string;
  createdBy: string;
  createdAt: number;
}

/** A guidance note for a member and period (`_id` `g-<periodId>-<memberId>`): drafted, reviewed, then sent once. */
export interface GuidanceDoc extends Omit<z.output<typeof GuidanceNote>, 'guidanceId'> {
  _id: string;
  unitPath: string[];
  draftedBy: string;
  sentBy: string | null;
  updatedAt: number;
}
