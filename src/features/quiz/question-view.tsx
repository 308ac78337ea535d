import { Input, Text, View } from '@tarojs/components';
import { QUESTION_TYPE_LABELS } from '@contract/labels';
import type { Answer, PlayQuestion } from '@contract/schemas/quiz';
import { LETTERS } from './format';

/**
 * One question, answerable: options as large tap targets (several for multiple choice), 对/错 for
 * true/false, a text field for blanks. `reveal` colours the right options and the member's wrong ones.
 */
export function QuestionView({
  question,
  answer,
  onAnswer,
  reveal,
}: {
  question: PlayQuestion;
  answer: Answer | undefined;
  onAnswer?: (answer: Answer) => void;
  reveal?: Answer | null;
}) {
  const picked = Array.isArray(answer) ? answer : [];
  const right = Array.isArray(reveal) ? reveal : [];
  const optionClass = (on: boolean, isRight: boolean) =>
    reveal !== undefined && reveal !== null
      ? isRight
        ? 'option option--right'
        : on
          ? 'option option--wrong'
          : 'option'
      : on
        ? 'option option--on'
        : 'option';
  const toggle = (index: number) => {
    if (!onAnswer) return;
    if (question.type === 'single') return onAnswer([index]);
    onAnswer(picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index].sort((a, b) => a - b));
  };
  return (
    <View className="question">
      <Text className="tag">{QUESTION_TYPE_LABELS[question.type]}</Text>
      <View className="question__stem">{question.stem}</View>
      {question.type === 'single' || question.type === 'multiple'
        ? question.options.map((option, index) => (
            <View
              key={index}
              className={`${optionClass(picked.includes(index), right.includes(index))} question__option`}
              onClick={() => toggle(index)}
            >
              <Text className="option__letter">{LETTERS[index]}</Text>
              <Text>{option}</Text>
            </View>
          ))
        : null}
      {question.type === 'judge'
        ? [true, false].map((value) => (
            <View
              key={String(value)}
              className={`${optionClass(answer === value, reveal === value)} question__option`}
              onClick={() => onAnswer?.(value)}
            >
              <Text className="option__letter">{value ? '✓' : '✗'}</Text>
              <Text>{value ? '对' : '错'}</Text>
            </View>
          ))
        : null}
      {question.type === 'blank' ? (
        <Input
          className="field__input question__blank"
          value={typeof answer === 'string' ? answer : ''}
          disabled={!onAnswer}
          placeholder="请填写答案"
          onInput={(event) => onAnswer?.(event.detail.value)}
        />
      ) : null}
      {question.type === 'multiple' && onAnswer ? <View className="muted">多选题，可选多项</View> : null}
    </View>
  );
}
