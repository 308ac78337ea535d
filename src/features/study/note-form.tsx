import { Text, View } from '@tarojs/components';
import { Button, SafeArea, TextArea } from '@nutui/nutui-react-taro';
import { ChoiceField, Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

const MAX = 2000;

export interface NoteTarget {
  targetId: string;
  title: string;
}

/**
 * Writing a 心得 on one item: the item is fixed when written from the reader, or picked from what I read
 * recently. The secretary reviews it before it counts.
 */
export function NoteForm({ targets, onDone }: { targets: NoteTarget[]; onDone: () => void }) {
  const fixed = targets.length === 1 ? targets[0] : undefined;
  const form = useRouteForm('study.noteSubmit', {
    initial: { targetId: fixed?.targetId ?? '', text: '' },
    toInput: (values) => ({ targetKind: 'content', targetId: values.targetId, text: values.text }),
    validate: (values): Record<string, string> => (values.targetId ? {} : { targetId: '请选择学过的内容' }),
    successToast: '心得已提交',
    onDone,
  });
  const text = form.field('text');
  return (
    <View className="note-form" data-testid="note-form">
      {fixed ? (
        <Text className="note-form__target">《{fixed.title}》</Text>
      ) : (
        <ChoiceField
          label="学习内容"
          value={form.values.targetId}
          options={targets.map((target) => ({ value: target.targetId, label: target.title }))}
          onChange={(value) => form.set('targetId', value)}
          error={form.errors.targetId}
        />
      )}
      <Field label="学习体会" error={text.error}>
        <TextArea
          className="note-form__text"
          name="note-text"
          value={text.value}
          onChange={text.onChange}
          maxLength={MAX}
          showCount
          autoSize
          placeholder="写下您的学习体会，至少 10 个字；支部书记审核通过后计入积分。"
        />
      </Field>
      {form.formError && !form.errors.text ? <Text className="field__error">{form.formError.message}</Text> : null}
      <View className="note-form__actions">
        <Button block type="primary" loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
          提交心得
        </Button>
        <SafeArea position="bottom" />
      </View>
    </View>
  );
}
