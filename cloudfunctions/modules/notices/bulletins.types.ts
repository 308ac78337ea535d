import type { NoticeAttachment } from '../../../types/schemas/notices';

/**
 * A published 通知公告 (a "bulletin" here, to keep it apart from the inbox of system events in `notices`).
 * Its addressees are fixed when it is published: one receipt each, created then, counts the reads.
 */
export interface BulletinDoc {
  _id: string;
  /** The publishing unit, and its path including itself: the admins of any unit on it manage the notice. */
  unitId: string;
  unitPath: string[];
  unitName: string;
  audience: { kind: 'subtree' } | { kind: 'units'; unitIds: string[] } | { kind: 'members'; memberIds: string[] };
  title: string;
  /** Sanitised HTML. */
  body: string;
  attachments: NoticeAttachment[];
  mustRead: boolean;
  deadline: number | null;
  expiresAt: number | null;
  pinned: boolean;
  withdrawn: boolean;
  publishedAt: number;
  editedAt: number | null;
  audienceCount: number;
  readCount: number;
  confirmedCount: number;
  /** The same counts per addressee's unit, keyed by `mapKey(unitId)`, kept with each receipt change. */
  units: Record<string, UnitTally>;
  /** The last reminder round sent (0 = none yet). */
  remindRound: number;
  createdBy: string;
}

/**
 * One addressee's receipt, `<bulletinId>_<memberId>`: the id makes a second receipt impossible on every store.
 * It repeats what the member's list sorts and filters on, so the list is one query; edits update them all.
 */
export interface ReceiptDoc {
  _id: string;
  bulletinId: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitPath: string[];
  /** 0 unread, 1 read: the member's list sorts unread first. */
  readFlag: 0 | 1;
  readAt: number | null;
  confirmedAt: number | null;
  remindedRound: number;
  pinnedFlag: 0 | 1;
  mustRead: boolean;
  /** The notice's title and 确认期限, kept with edits, so the home's must-read to-do needs no second read. */
  title?: string;
  deadline?: number | null;
  publishedAt: number;
  /** Epoch ms after which the notice leaves the list; `NEVER` when it does not expire. */
  showUntil: number;
  live: boolean;
}

export interface UnitTally {
  unitId: string;
  unitName: string;
  audience: number;
  read: number;
  confirmed: number;
}

export const NEVER = 8_640_000_000_000_000;
