import type { PartialCredit, QuestionType } from '../../../types/labels';
import { OPTION_LETTERS, type Answer } from '../../../types/schemas/quiz';
import type { GradedAnswer } from './quiz.types';

/**
 * Grading, only ever on the server. Choice answers arrive as positions in the attempt's shuffled order and
 * are mapped back to the original options before comparing. Each question is worth one point; multiple
 * choice with some right options and no wrong one earns per the quiz's partial-credit rule.
 */
export interface Gradable {
  type: QuestionType;
  answer: string[];
}

/** Full-width to half-width, no spaces, lower case: "Ｐａｒｔｙ 章程" and "party章程" are the same answer. */
export function normaliseBlank(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/** The stem as duplicates are detected: normalised, without punctuation. */
export function stemKey(stem: string): string {
  return normaliseBlank(stem).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Original option indexes of a choice question's answer letters. */
export function answerIndexes(question: Gradable): number[] {
  return question.answer.map((letter) => OPTION_LETTERS.indexOf(letter as (typeof OPTION_LETTERS)[number]));
}

export function gradeAnswer(
  question: Gradable,
  given: Answer | null | undefined,
  order: number[] | undefined,
  partialCredit: PartialCredit,
): GradedAnswer {
  const miss: GradedAnswer = { given: given ?? null, correct: false, score: 0 };
  if (given === null || given === undefined) return miss;
  switch (question.type) {
    case 'judge':
      return typeof given === 'boolean' && given === (question.answer[0] === '对')
        ? { given, correct: true, score: 1 }
        : miss;
    case 'blank': {
      if (typeof given !== 'string') return miss;
      const accepted = question.answer.map(normaliseBlank);
      return accepted.includes(normaliseBlank(given)) && normaliseBlank(given) !== ''
        ? { given, correct: true, score: 1 }
        : miss;
    }
    case 'single':
    case 'multiple': {
      if (!Array.isArray(given) || given.length === 0) return miss;
      const chosen = new Set(given.map((position) => (order ? order[position] : position)));
      if (chosen.has(undefined)) return miss;
      const right = new Set(answerIndexes(question));
      const wrongPicks = [...chosen].filter((index) => !right.has(index as number)).length;
      const rightPicks = [...chosen].filter((index) => right.has(index as number)).length;
      if (wrongPicks === 0 && rightPicks === right.size) return { given, correct: true, score: 1 };
      if (question.type === 'single' || wrongPicks > 0 || rightPicks === 0) return miss;
      const score = partialCredit === 'half' ? 0.5 : partialCredit === 'proportional' ? rightPicks / right.size : 0;
      return { given, correct: false, score: Math.round(score * 100) / 100 };
    }
  }
}

/** The right answer in the attempt's shown order, for the review screen. */
export function shownAnswer(question: Gradable, order: number[] | undefined): Answer {
  if (question.type === 'judge') return question.answer[0] === '对';
  if (question.type === 'blank') return question.answer[0] ?? '';
  const original = answerIndexes(question);
  const positions = order ? original.map((index) => order.indexOf(index)) : original;
  return positions.sort((a, b) => a - b);
}
