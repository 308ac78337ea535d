import type { QuestionType } from '../../../types/labels';
import { answerIndexes, normaliseBlank, stemKey } from './grading';

/**
 * When two questions are the same question: same type, stem, options in any order and answer (for choice
 * questions, the same option texts are right). Public banks hold many questions with one stem
 * (“选择词语的正确词形。”) and different options; those are different questions. Stems and options compare
 * normalised (width, spaces, punctuation), accepted blank answers ignoring width, spaces and order.
 */
export interface QuestionContentKey {
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
}

const SEPARATOR = '\u0001';

export function questionIdentity(question: QuestionContentKey): string {
  const options = question.options.map(stemKey);
  const answer =
    question.type === 'single' || question.type === 'multiple'
      ? answerIndexes(question).map((index) => options[index] ?? '')
      : question.type === 'blank'
        ? question.answer.map(normaliseBlank)
        : question.answer;
  return [
    question.type,
    stemKey(question.stem),
    [...options].sort().join(SEPARATOR),
    [...answer].sort().join(SEPARATOR),
  ].join(SEPARATOR.repeat(2));
}
