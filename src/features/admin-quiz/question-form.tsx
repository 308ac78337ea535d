import { Text, View } from '@tarojs/components';
import { Button, CellGroup, TextArea } from '@nutui/nutui-react-taro';
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type Difficulty,
  type QuestionType,
} from '@contract/labels';
import { ChoiceField, Field, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { AnswerEditor } from './answer-editor';
import { isChoice, questionInput, questionValues, type Question } from './question-values';

/** Write a question or correct one (a correction is saved as a new version; the old one stays). */
export function QuestionForm({
  unitId,
  question,
  onDone,
}: {
  unitId: string;
  question: Question | null;
  onDone: () => void;
}) {
  const form = useRouteForm('admin.questionSave', {
    initial: questionValues(question),
    toInput: (v) => questionInput(unitId, question, v),
    successToast: question ? '已保存新版本' : '题目已保存',
    onDone,
  });
  const { values, set, errors } = form;
  const changeType = (type: QuestionType) => {
    set('type', type);
    set('answer', []);
  };
  return (
    <View className="console-group" data-testid="question-form">
      <View className="console-section">{question ? `修改题目（第 ${question.version} 版）` : '新增题目'}</View>
      <CellGroup>
        {question ? null : (
          <ChoiceField<QuestionType>
            label="题型"
            value={values.type}
            options={QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
            onChange={changeType}
          />
        )}
        <Field label="题干" error={errors.stem}>
          <TextArea
            className="field__input"
            value={values.stem}
            autoSize
            placeholder={values.type === 'blank' ? '空白处用 ____ 表示' : '题目的问题'}
            onChange={(stem) => set('stem', stem)}
          />
        </Field>
        <Field label={isChoice(values.type) ? '选项和正确答案' : '正确答案'} error={errors.options ?? errors.answer}>
          <AnswerEditor
            type={values.type}
            options={values.options}
            answer={values.answer}
            onOptions={(options) => set('options', options)}
            onAnswer={(answer) => set('answer', answer)}
          />
        </Field>
        <TextField
          label="解析（可选）"
          value={values.explanation}
          onChange={(e) => set('explanation', e)}
          name="question-explanation"
        />
        <TextField
          label="知识点（可选）"
          value={values.tags}
          onChange={(t) => set('tags', t)}
          error={errors.tags}
          placeholder="多个用逗号分隔"
          name="question-tags"
        />
        <ChoiceField<Difficulty>
          label="难度"
          value={values.difficulty}
          options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
          onChange={(d) => set('difficulty', d)}
        />
      </CellGroup>
      {question ? <Text className="muted">修改后保存为第 {question.version + 1} 版，原来的版本会保留。</Text> : null}
      {form.formMessage ? <View className="console-error">{form.formMessage}</View> : null}
      <View className="console-toolbar console-actions">
        <Button type="primary" loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
          保存
        </Button>
        <Button fill="outline" onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  );
}
