/** 问一问: a member's question, the answer built from cited passages of the study library, and their history. */
import * as z from 'zod';
import { EpochMs, Id, PageInput } from './common';

export const QUESTION_MAX_LENGTH = 200;

export const AskInput = z.strictObject({
  question: z
    .string()
    .trim()
    .min(2, '请把问题写完整一些')
    .max(QUESTION_MAX_LENGTH, `问题不能超过 ${QUESTION_MAX_LENGTH} 个字，请精简后再问`)
    .regex(/^[^\p{Cc}]+$/u, '问题里有无法识别的字符'),
  conversationId: Id.optional(),
});

/** One passage an answer rests on: `index` is its number in the answer's text ([1], [2]…). */
export const Citation = z.object({
  index: z.number().int().min(1),
  contentId: Id,
  title: z.string(),
  /** The heading the passage sits under, if any. */
  heading: z.string(),
  /** Which passage of the item, counted from 0, so the detail page can scroll to it. */
  passage: z.number().int().min(0),
  quote: z.string(),
});

/**
 * How the answer was made: `quoted` (passages quoted as they are, no model), `generated` (a model wrote it
 * from the passages), `noAnswer` (the library holds nothing on it), `refused` (not a study question).
 */
export const AnswerKind = z.enum(['quoted', 'generated', 'noAnswer', 'refused']);

export const Turn = z.object({
  question: z.string(),
  answer: z.string(),
  kind: AnswerKind,
  citations: z.array(Citation),
  at: EpochMs,
});

export const AskOutput = z.object({
  conversationId: Id,
  turn: Turn,
  /** Questions left today. */
  remainingToday: z.number().int().min(0),
});

export const ConversationIdInput = z.strictObject({ conversationId: Id });

export const Conversation = z.object({
  conversationId: Id,
  title: z.string(),
  turns: z.array(Turn),
  updatedAt: EpochMs,
});

export const ConversationListInput = z.strictObject({ ...PageInput });

export const ConversationListOutput = z.object({
  items: z.array(z.object({ conversationId: Id, title: z.string(), turnCount: z.number().int(), updatedAt: EpochMs })),
  hasMore: z.boolean(),
  remainingToday: z.number().int().min(0),
  dailyLimit: z.number().int().min(1),
});

export const DeleteConversationOutput = z.object({ deleted: z.boolean() });
