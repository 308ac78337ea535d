import type { CareKind, TransferStatus, VolunteerSource } from '../../../types/transfer-labels';

/**
 * A transfer of a member's organisational relationship (组织关系转接). Inside the system it names the
 * receiving unit (`toUnitId`, `toPath`), whose admins accept or return it; outside it names the receiving
 * organisation (`outsideName`, `toPath` empty) and waits for its receipt (回执) by `receiptDueAt`.
 * `openFor` holds the member id while the transfer is open: a unique index allows one open transfer per member.
 * `actionDueAt` orders lists: open ones by the date that matters (soonest, so overdue, first), closed ones after.
 */
export interface TransferDoc {
  _id: string;
  memberId: string;
  memberName: string;
  fromUnitId: string;
  fromUnitName: string;
  fromPath: string[];
  toUnitId: string | null;
  toName: string;
  toPath: string[];
  outside: boolean;
  letterNo: string;
  validUntil: number;
  reason: string;
  status: TransferStatus;
  returnReason: string | null;
  receiptDueAt: number | null;
  receiptAt: number | null;
  overdueNotifiedAt?: number;
  openFor?: string;
  actionDueAt: number;
  createdBy: string;
  createdAt: number;
  decidedBy: string | null;
  decidedAt: number | null;
}

/** Where a 流动党员 is; one per member, keyed by the member id. */
export interface FlowRegistrationDoc {
  _id: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitPath: string[];
  place: string;
  contactUnit: string;
  since: number;
  until: number | null;
  registeredBy: string;
  registeredAt: number;
  /** Set once, by the first 结束流动; absent while the member is away. */
  ended?: FlowEndingDoc;
  /** Earlier registrations, ended, kept when the member is registered again. */
  past?: Array<{ place: string; since: number; ended: FlowEndingDoc }>;
}

export interface FlowEndingDoc {
  on: number;
  reason: string;
  by: string;
  byName: string;
  at: number;
}

/** Volunteer minutes confirmed by an organiser; `<activityId>_<memberId>`, so once per member and activity. */
export interface VolunteerRecordDoc {
  _id: string;
  activityId: string;
  title: string;
  startAt: number;
  memberId: string;
  minutes: number;
  source: VolunteerSource;
  confirmedBy: string;
  confirmedAt: number;
  /** Why the organiser confirmed other minutes than the member's own check-in/check-out figure. */
  reason?: string;
}

/** A care record (关怀): a visit, help given or a difficulty, seen only by the member's branch admins and above. */
export interface CareRecordDoc {
  _id: string;
  memberId: string;
  unitPath: string[];
  kind: CareKind;
  at: number;
  note: string;
  help: string;
  recordedBy: string;
  recordedByName: string;
  createdAt: number;
}
