import type { z } from 'zod';
import type { Turn } from '../../../types/schemas/assistant';
import type { ModelMessage } from '../../platform/models';

/**
 * A follow-up in the same conversation ("那它的要求呢？") means little alone. The model is given the earlier
 * exchanges, few and trimmed, so it reads the follow-up as the member meant it; retrieval, which has no
 * model, searches a follow-up that points back, or finds nothing alone, together with the question it follows.
 */
type TurnView = z.output<typeof Turn>;

/** Exchanges the model sees before the new question: the newest, answered ones. */
export const EARLIER_EXCHANGES = 3;
/** How much of an earlier answer the model sees: enough to know what it said, not the whole quote. */
const EARLIER_ANSWER_CHARS = 200;
/** Words that stand for what was asked before ("那" alone only opens a new turn: "那学生党员呢？"). */
const BACK_REFERENCES = /它们|它|他们|她们|这个|这些|这样|这方面|那个|那些|其中|上述|前面说的/gu;

const answered = (turn: TurnView) => turn.kind === 'quoted' || turn.kind === 'generated';

function trimmed(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit).join('')}……`;
}

/** The earlier exchanges as chat messages, oldest first. */
export function earlierMessages(turns: TurnView[]): ModelMessage[] {
  return turns
    .filter(answered)
    .slice(-EARLIER_EXCHANGES)
    .flatMap((turn) => [
      { role: 'user' as const, content: turn.question },
      { role: 'assistant' as const, content: trimmed(turn.answer, EARLIER_ANSWER_CHARS) },
    ]);
}

/** Whether the question stands for something asked before, so it cannot be searched alone. */
export function refersBack(question: string): boolean {
  return question.replace(BACK_REFERENCES, '') !== question;
}

const joined = (question: string, context: string) => `${context} ${question.replace(BACK_REFERENCES, ' ')}`;

/**
 * The follow-up joined to the questions it follows (a chain of follow-ups keeps the subject it started
 * with), or null when nothing was answered before it in the conversation.
 */
export function followUpSearch(question: string, turns: TurnView[]): string | null {
  const earlier = turns.filter(answered).slice(-EARLIER_EXCHANGES);
  if (earlier.length === 0) return null;
  const context = earlier.reduce(
    (subject, turn) => (subject && refersBack(turn.question) ? joined(turn.question, subject) : turn.question),
    '',
  );
  return joined(question, context);
}
