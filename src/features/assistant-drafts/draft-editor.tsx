import { TextArea } from '@nutui/nutui-react-taro';
import { DIFFICULTIES, DIFFICULTY_LABELS, QUESTION_TYPE_LABELS, type Difficulty } from '@contract/labels';
import { ChoiceField, Field, TextField } from '@/components/form';
import { FormSheet } from '@/features/admin/form-sheet';
import { AnswerEditor } from '@/features/admin-quiz/answer-editor';
import { useRouteForm } from '@/lib/use-route-form';
import { draftInput, draftValues, type Draft } from './draft-values';

/** Edits a pending draft in a bottom sheet before it is accepted; the type stays the draft's own. */
export function DraftEditor({ draft, onClose, onSaved }: { draft: Draft; onClose: () => void; onSaved: () => void }) {
  const form = useRouteForm('admin.questionDraftUpdate', {
    initial: draftValues(draft),
    toInput: (v) => draftInput(draft, v),
    successToast: '草稿已保存',
    onDone: onSaved,
  });
  const { values, set, errors } = form;
  return (
    <FormSheet
      title={`编辑${QUESTION_TYPE_LABELS[draft.type]}草稿`}
      visible
      busy={form.busy}
      error={form.formMessage}
      onSubmit={() => void form.submit()}
      onClose={onClose}
    >
      <Field label="题干" error={errors.stem}>
        <TextArea className="field__input" value={values.stem} autoSize onChange={(stem) => set('stem', stem)} />
      </Field>
      <Field label="正确答案" error={errors.options ?? errors.answer}>
        <AnswerEditor
          type={draft.type}
          options={values.options}
          answer={values.answer}
          onOptions={(options) => set('options', options)}
          onAnswer={(answer) => set('answer', answer)}
        />
      </Field>
      <TextField
        label="解析"
        value={values.explanation}
        onChange={(e) => set('explanation', e)}
        error={errors.explanation}
        name="draft-explanation"
      />
      <TextField
        label="知识点"
        value={values.tags}
        onChange={(t) => set('tags', t)}
        error={errors.tags}
        placeholder="多个用逗号分隔"
        name="draft-tags"
      />
      <ChoiceField<Difficulty>
        label="难度"
        value={values.difficulty}
        options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
        onChange={(d) => set('difficulty', d)}
      />
    </FormSheet>
  );
}
