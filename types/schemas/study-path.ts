/** The personal learning path (学习路径): the next items with their reasons, and today's review set. */
import * as z from 'zod';
import { QUESTION_TYPES } from '../labels';
import { Id } from './common';
import { ContentCard } from './study';

export const PathSuggestion = ContentCard.extend({
  /** Why this item, in Chinese: a weak tag, an unfinished plan, or what I studied lately. */
  reason: z.string(),
});

/** A question of today's review: what it asks and its tags only — answers come after answering, in the quiz. */
export const ReviewItem = z.object({
  questionId: Id,
  type: z.enum(QUESTION_TYPES),
  stem: z.string(),
  tags: z.array(z.string()),
  /** How many times I answered it wrong. */
  misses: z.number().int(),
});

export const StudyPath = z.object({
  suggestions: z.array(PathSuggestion),
  /** Tags of the questions I miss most, most missed first. */
  weakTags: z.array(z.object({ tag: z.string(), misses: z.number().int() })),
  review: z.object({ dueCount: z.number().int(), items: z.array(ReviewItem) }),
  /** Whether a model phrased the reasons (the items are always chosen by the rules, from the library). */
  phrasedByModel: z.boolean(),
});
export type StudyPath = z.infer<typeof StudyPath>;

export const PathDismissInput = z.strictObject({ contentId: Id });
export const PathDismissOutput = z.object({ dismissed: z.boolean() });
