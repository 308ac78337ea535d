import type { PublicityKind } from '../../../types/publicity-labels';

/**
 * One item on a unit's public board (公示栏). Members of the unit's subtree see it from `startsAt`; it takes
 * objections until `endsAt`, then the close timer writes one closing record and sets `closed`.
 * `objectionCount` and `handledCount` are for the unit's admins only; no member route returns them.
 */
export interface PublicityItemDoc {
  _id: string;
  unitId: string;
  /** The unit's ancestors and the unit itself: admins whose subtree holds the unit manage the item. */
  unitPath: string[];
  unitName: string;
  kind: PublicityKind;
  title: string;
  /** Sanitised HTML from the block editor (or paragraphs another module posted). */
  body: string;
  startsAt: number;
  endsAt: number;
  withdrawn: boolean;
  withdrawReason: string | null;
  withdrawnAt: number | null;
  closed: boolean;
  objectionCount: number;
  handledCount: number;
  /** The record another module posted it for (`postToBoard`); null when an admin wrote it. */
  source: { module: string; id: string } | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * A member's objection (异议) to an item, seen only by the item unit's admins and the objector. Its id is
 * `<itemId>_<memberId>_<n>` (n from 1 to the cap), so two concurrent calls can never exceed the cap.
 */
export interface PublicityObjectionDoc {
  _id: string;
  itemId: string;
  unitPath: string[];
  memberId: string;
  memberName: string;
  memberUnitName: string;
  text: string;
  /** The contact phone the objector chose to leave, sealed with the server key; null when none. */
  phoneSealed: string | null;
  handled: boolean;
  note: string | null;
  handledAt: number | null;
  handledBy: string | null;
  createdAt: number;
}

/** What the close wrote when an item's period ended; its id is the item's, so it is written once. */
export interface PublicityClosingDoc {
  _id: string;
  itemId: string;
  unitPath: string[];
  closedAt: number;
  objectionCount: number;
  handledCount: number;
}
