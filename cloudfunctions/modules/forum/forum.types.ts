import type { CommentTargetKind } from '../../../types/schemas/forum';

/** What a member wrote: the text, images and whom they named, and whether it is still shown. */
interface Written {
  memberId: string;
  authorName: string;
  text: string;
  imageFileIds: string[];
  mentionIds: string[];
  mentionNames: string[];
  createdAt: number;
  /** Withdrawn by its writer: the text and images are gone, the place stays. */
  deleted: boolean;
  /** Hidden by an admin, with the reason they gave (shown to those who moderate only). */
  hidden: boolean;
  hiddenReason: string | null;
}

/** A topic on a board; its opening post is the topic itself. `unitPath` ends with the board's unit. */
export interface TopicDoc extends Written {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  title: string;
  pinned: boolean;
  closed: boolean;
  /** Replies ever posted (deleted and hidden ones included), the measure of what a reader has seen. */
  replyCount: number;
  lastPostAt: number;
}

export interface ReplyDoc extends Written {
  _id: string;
  topicId: string;
  unitPath: string[];
  /** Position in the topic, from 1. */
  seq: number;
}

/** `<memberId>:<topicId>`: how many replies of the topic the member had seen when they last opened it. */
export interface ReadDoc {
  _id: string;
  memberId: string;
  topicId: string;
  seen: number;
  at: number;
}

/** An image uploaded for a post, attachable only by its uploader. `_id` is the file id. */
export interface UploadDoc {
  _id: string;
  memberId: string;
  at: number;
  /** WeChat's asynchronous media check, whose verdict arrives later. */
  traceId: string | null;
  /** That verdict, once it has arrived. */
  verdict?: 'pass' | 'review' | 'risky';
}

/** `<memberId>:<YYYY-MM>`: the member posted on a board that month (participation, counted once). */
export interface MonthPosterDoc {
  _id: string;
  memberId: string;
  month: string;
}

export interface CommentDoc {
  _id: string;
  targetKind: CommentTargetKind;
  targetId: string;
  /** The unit path whose admins moderate it: the item's audience unit, the activity's organiser. */
  managedPath: string[];
  memberId: string;
  authorName: string;
  text: string;
  createdAt: number;
  hidden: boolean;
  hiddenReason: string | null;
}
