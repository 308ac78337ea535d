import { Input, Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { colors } from '@/theme/tokens';
import { QUESTION_TYPE_LABELS } from '@contract/labels';
import type { Answer, PlayQuestion } from '@contract/schemas/quiz';
import { LETTERS } from './format';

interface Choice {
  key: string;
  mark: string;
  text: string;
  picked: boolean;
  right: boolean;
  onPick: () => void;
}

/**
 * One question: the stem in large type, options as whole-row tap targets (round marks for one answer,
 * square ones when several may be picked), 对/错 for true/false, a text field for blanks (none in a review).
 * With `reveal` (the review) the right options turn green and a wrong pick is marked as the member's choice.
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
  const reviewing = reveal !== undefined && reveal !== null;
  const picked = Array.isArray(answer) ? answer : [];
  const rightOnes = Array.isArray(reveal) ? reveal : [];
  const multiple = question.type === 'multiple';
  const pickOption = (index: number) => {
    if (!onAnswer) return;
    if (!multiple) return onAnswer([index]);
    onAnswer(picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index].sort((a, b) => a - b));
  };
  const choices: Choice[] =
    question.type === 'judge'
      ? [true, false].map((value, index) => ({
          key: String(value),
          mark: LETTERS[index] ?? '',
          text: value ? '正确' : '错误',
          picked: answer === value,
          right: reveal === value,
          onPick: () => onAnswer?.(value),
        }))
      : question.options.map((option, index) => ({
          key: String(index),
          mark: LETTERS[index] ?? '',
          text: option,
          picked: picked.includes(index),
          right: rightOnes.includes(index),
          onPick: () => pickOption(index),
        }));
  return (
    <View className="question">
      <View className="question__type">
        <Tag
          background={multiple ? colors.goldTint : colors.primaryTint}
          color={multiple ? colors.goldText : colors.primary}
        >
          {QUESTION_TYPE_LABELS[question.type]}
        </Tag>
        {multiple && onAnswer ? <Text>多选：可以选择多个答案</Text> : null}
      </View>
      <View className="question__stem">{question.stem}</View>
      {question.type === 'blank' ? (
        // Without onAnswer (a review) there is nothing to fill in: the answers are written out below it.
        onAnswer ? (
          <Input
            className="field__input question__blank"
            value={typeof answer === 'string' ? answer : ''}
            placeholder="请在这里填写答案"
            aria-label="填写答案"
            data-testid="blank-answer"
            onInput={(event) => onAnswer(event.detail.value)}
          />
        ) : null
      ) : (
        <View role={multiple ? 'group' : 'radiogroup'} aria-label="选项">
          {choices.map((choice) => (
            <OptionRow key={choice.key} choice={choice} square={multiple} reviewing={reviewing} />
          ))}
        </View>
      )}
    </View>
  );
}

function OptionRow({ choice, square, reviewing }: { choice: Choice; square: boolean; reviewing: boolean }) {
  const state = reviewing
    ? choice.right
      ? 'option--right'
      : choice.picked
        ? 'option--wrong'
        : ''
    : choice.picked
      ? 'option--on'
      : '';
  return (
    <View
      className={`option ${state}`}
      role={square ? 'checkbox' : 'radio'}
      aria-checked={choice.picked}
      aria-label={`${choice.mark} ${choice.text}`}
      data-testid="option"
      onClick={reviewing ? undefined : choice.onPick}
    >
      <Text className={`option__mark ${square ? 'option__mark--square' : ''}`}>{choice.mark}</Text>
      <Text className="option__text">{choice.text}</Text>
      {reviewing && choice.right ? (
        <Tag className="option__note" type="success">
          正确答案
        </Tag>
      ) : null}
      {reviewing && choice.picked && !choice.right ? (
        <Tag className="option__note" type="danger">
          您的选择
        </Tag>
      ) : null}
    </View>
  );
}
