import { Text, View } from '@tarojs/components';
import { Button, CellGroup, InputNumber, Switch, TextArea } from '@nutui/nutui-react-taro';
import { SURVEY_QUESTION_KIND_LABELS, SURVEY_QUESTION_KINDS, type SurveyQuestionKind } from '@contract/survey-labels';
import { ChoiceField, Field, TextField } from '@/components/form';

/** A question as the editor holds it: options as lines of text. */
export interface QuestionDraft {
  kind: SurveyQuestionKind;
  title: string;
  required: boolean;
  optionLines: string;
  minChoices: number;
  maxChoices: number;
  scale: number;
}

export const blankQuestion = (): QuestionDraft => ({
  kind: 'single',
  title: '',
  required: true,
  optionLines: '',
  minChoices: 1,
  maxChoices: 2,
  scale: 5,
});

export const optionsOf = (q: QuestionDraft) =>
  q.optionLines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** One question of the questions editor: its kind, wording, whether it must be answered, and its options. */
export function QuestionEditor({
  index,
  question,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  question: QuestionDraft;
  /** The server's messages for this question, by field (`title`, `options`, `maxChoices`…). */
  errors: Record<string, string>;
  onChange: (next: QuestionDraft) => void;
  onRemove: (() => void) | null;
}) {
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) =>
    onChange({ ...question, [key]: value });
  const choice = question.kind === 'single' || question.kind === 'multiple';
  const optionCount = optionsOf(question).length;
  return (
    <CellGroup title={`第 ${index + 1} 题`} className="survey-question-editor" data-testid="question-editor">
      <ChoiceField
        label="题型"
        value={question.kind}
        options={SURVEY_QUESTION_KINDS.map((kind) => ({ value: kind, label: SURVEY_QUESTION_KIND_LABELS[kind] }))}
        onChange={(kind) => set('kind', kind)}
      />
      <TextField
        label="题目"
        name={`question-title-${index + 1}`}
        value={question.title}
        placeholder="如：您对本季度主题党日活动是否满意"
        onChange={(title) => set('title', title)}
        error={errors.title}
      />
      {choice ? (
        <Field label="选项（每行一个）" error={errors.options}>
          <TextArea
            value={question.optionLines}
            rows={4}
            placeholder={'满意\n一般\n不满意'}
            onChange={(text) => set('optionLines', text)}
          />
        </Field>
      ) : null}
      {question.kind === 'multiple' ? (
        <Field label="至少选 / 最多选" error={errors.maxChoices ?? errors.minChoices}>
          <View className="survey-manage__actions">
            <InputNumber
              value={question.minChoices}
              min={0}
              max={Math.max(1, optionCount)}
              onChange={(n) => set('minChoices', Number(n))}
            />
            <InputNumber
              value={question.maxChoices}
              min={1}
              max={Math.max(1, optionCount)}
              onChange={(n) => set('maxChoices', Number(n))}
            />
          </View>
        </Field>
      ) : null}
      {question.kind === 'rating' ? (
        <Field label="满分（几颗星）" error={errors.scale}>
          <InputNumber value={question.scale} min={3} max={10} onChange={(n) => set('scale', Number(n))} />
        </Field>
      ) : null}
      <Field label="必答">
        <View className="survey-manage__actions">
          <Switch checked={question.required} onChange={(on) => set('required', on)} />
          <Text className="muted">{question.required ? '必须回答' : '可以不答'}</Text>
        </View>
      </Field>
      {onRemove ? (
        <Field label="">
          <Button size="small" fill="outline" onClick={onRemove}>
            删除本题
          </Button>
        </Field>
      ) : null}
    </CellGroup>
  );
}
