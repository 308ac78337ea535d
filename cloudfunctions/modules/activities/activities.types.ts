import type { ActivityType, CancelPolicy, SignupStatus } from '../../../types/labels';
import type { ExtraField } from '../../../types/schemas/activities';
import type { ClaimedPosition } from './claimed-position';

/**
 * An activity. `organiserPath` is the organiser unit's path ending with the unit itself (scope checks);
 * the audience is the organiser's subtree unless `openToAll`. The counters are the atomic seat ledger:
 * `confirmedCount` never exceeds `capacity`.
 */
export interface ActivityDoc {
  _id: string;
  type: ActivityType;
  title: string;
  description: string;
  startAt: number;
  endAt: number;
  place: { text: string; latitude?: number; longitude?: number; radiusMeters?: number };
  organiserUnitId: string;
  organiserPath: string[];
  openToAll: boolean;
  capacity: number | null;
  signupOpensAt: number;
  signupClosesAt: number;
  cancelPolicy: CancelPolicy;
  approvalRequired: boolean;
  showRoster: boolean;
  extraFields: ExtraField[];
  /** 三会一课: the members expected to attend (应到), fixed when the meeting is published. */
  expectedMemberIds: string[];
  confirmedCount: number;
  waitlistCount: number;
  /** The updatable share message showing the live count, re-issued when it expires. */
  share?: { id: string; expiresAt: number };
  minutes?: {
    topic: string;
    presenter: string;
    recorder: string;
    content: string;
    resolutions: string;
    photos: string[];
    recordedAt: number;
    recordedBy: string;
  };
  createdBy: string;
  createdAt: number;
}

/** One member's relation to one activity; `_id` is `${activityId}_${memberId}`, so it is unique by design. */
export interface SignupDoc {
  _id: string;
  activityId: string;
  memberId: string;
  memberName: string;
  unitId: string;
  status: SignupStatus;
  /** Arrival order (server time in µs-ish units): the waitlist is served in this order. */
  arrival: number;
  answers: Record<string, string | number>;
  leaveReason: string | null;
  checkedInAt?: number;
  /** 志愿服务 only: when the member checked out; set once, by a conditional write. */
  checkedOutAt?: number;
  /** Where the member's device said it was at check-in: a claim, not a verified position. */
  claimedPosition?: ClaimedPosition;
  proxy?: { by: string; reason: string };
  /** Set when on leave: the activity's organiser path and end, for the console's one-count leave badge. */
  organiserPath?: string[];
  endAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** A reminder a member subscribed to; `sentAt` is claimed atomically so each is sent exactly once. */
export interface ReminderDoc {
  _id: string;
  activityId: string;
  memberId: string;
  openid: string | null;
  dueAt: number;
  sentAt?: number;
}

/** A group chat bound to a unit, by its openGId. */
export interface GroupDoc {
  _id: string;
  unitId: string;
  boundBy: string;
  boundAt: number;
}
