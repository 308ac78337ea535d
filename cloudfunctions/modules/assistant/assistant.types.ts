import type { z } from 'zod';
import type { Turn } from '../../../types/schemas/assistant';

/**
 * One passage of a published item, as the assistant retrieves it. `terms` are the distinct 1-/2-grams of its
 * title, heading and text (an indexed equality match finds candidates); `grams` counts them for BM25. The
 * audience and publication time are copied from the item so retrieval filters without reading it.
 */
export interface PassageDoc {
  _id: string;
  contentId: string;
  /** Its place in the item, from 0: the detail page scrolls to it. */
  passage: number;
  title: string;
  heading: string;
  text: string;
  terms: string[];
  length: number;
  audienceUnitId: string;
  publishAt: number;
}

/** A member's conversation: kept for them alone, deleted when they say so. */
export interface ConversationDoc {
  _id: string;
  memberId: string;
  title: string;
  turns: Array<z.output<typeof Turn>>;
  createdAt: number;
  updatedAt: number;
}

/**
 * Questions a member asked on one China-time day: the daily limit's counter, and the record the dashboards'
 * question counts are reconciled from (never what was asked).
 */
export interface QuotaDoc {
  _id: string;
  memberId: string;
  day: string;
  used: number;
}
