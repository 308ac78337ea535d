import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import type { QuestionType } from '@contract/labels';
import { PickRow } from '@/components/pick-row';
import { colors } from '@/theme/tokens';
import { LETTERS } from './question-values';

/**
 * Options as one input per letter with the correct ones ticked beside them (choice questions), 对 / 错 to
 * pick (judge), or accepted answers one per input (blank): nobody types letters or separators.
 */
export function AnswerEditor({
  type,
  options,
  answer,
  onOptions,
  onAnswer,
}: {
  type: QuestionType;
  options: string[];
  answer: string[];
  onOptions: (options: string[]) => void;
  onAnswer: (answer: string[]) => void;
}) {
  if (type === 'judge')
    return (
      <View className="answer-editor__judge">
        {['对', '错'].map((value) => (
          <PickRow key={value} on={answer[0] === value} onToggle={() => onAnswer([value])}>
            <Text>{value}</Text>
          </PickRow>
        ))}
      </View>
    );
  if (type === 'blank') {
    const answers = answer.length ? answer : [''];
    return (
      <View>
        {answers.map((value, i) => (
          <View key={i} className="answer-editor__row">
            <Input
              className="field__input answer-editor__input"
              value={value}
              placeholder={i === 0 ? '正确答案' : '另一种也算对的写法'}
              onChange={(text) => onAnswer(answers.map((a, j) => (j === i ? text : a)))}
            />
            {answers.length > 1 ? (
              <View
                role="button"
                aria-label="删除这个答案"
                className="answer-editor__remove"
                onClick={() => onAnswer(answers.filter((_, j) => j !== i))}
              >
                <Del size={18} color={colors.text2} />
              </View>
            ) : null}
          </View>
        ))}
        <Button size="small" fill="outline" disabled={answers.length >= 6} onClick={() => onAnswer([...answers, ''])}>
          + 另一种写法
        </Button>
      </View>
    );
  }
  const toggle = (letter: string) =>
    type === 'single'
      ? onAnswer([letter])
      : onAnswer(answer.includes(letter) ? answer.filter((a) => a !== letter) : [...answer, letter].sort());
  const remove = (index: number) => {
    const removed = LETTERS[index] ?? '';
    onOptions(options.filter((_, i) => i !== index));
    // Letters after the removed option move up by one.
    onAnswer(
      answer
        .filter((a) => a !== removed)
        .map((a) => (a > removed ? (LETTERS[LETTERS.indexOf(a as (typeof LETTERS)[number]) - 1] ?? a) : a)),
    );
  };
  return (
    <View>
      <Text className="muted">{type === 'single' ? '点左侧圆圈标出正确答案' : '点左侧圆圈标出所有正确答案'}</Text>
      {options.map((option, i) => {
        const letter = LETTERS[i] ?? '';
        return (
          <View key={i} className="answer-editor__row">
            <View
              role="checkbox"
              aria-checked={answer.includes(letter)}
              aria-label={`${letter} 是正确答案`}
              className={
                answer.includes(letter) ? 'answer-editor__letter answer-editor__letter--on' : 'answer-editor__letter'
              }
              onClick={() => toggle(letter)}
            >
              {letter}
            </View>
            <Input
              className="field__input answer-editor__input"
              value={option}
              placeholder={`选项 ${letter}`}
              onChange={(text) => onOptions(options.map((o, j) => (j === i ? text : o)))}
            />
            {options.length > 2 ? (
              <View
                role="button"
                aria-label={`删除选项 ${letter}`}
                className="answer-editor__remove"
                onClick={() => remove(i)}
              >
                <Del size={18} color={colors.text2} />
              </View>
            ) : null}
          </View>
        );
      })}
      <Button
        size="small"
        fill="outline"
        disabled={options.length >= LETTERS.length}
        onClick={() => onOptions([...options, ''])}
      >
        + 加一个选项
      </Button>
    </View>
  );
}
