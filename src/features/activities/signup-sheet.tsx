import { View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import type { ExtraField } from '@contract/schemas/activities';
import { ChoiceField, TextField } from '@/components/form';

/** The answers an organiser asked for (衣服尺码, 是否自驾…), asked in a sheet before the sign-up is sent. */
export function SignupSheet({
  visible,
  fields,
  answers,
  errors,
  busy,
  onAnswer,
  onSubmit,
  onClose,
}: {
  visible: boolean;
  fields: ExtraField[];
  answers: Record<string, string>;
  errors: Record<string, string>;
  busy: boolean;
  onAnswer: (key: string, value: string) => void;
  onSubmit: () => void;
  onClose: () => void;
}) {
  return (
    <Popup visible={visible} position="bottom" round closeable title="报名信息" onClose={onClose}>
      <View className="sheet">
        {fields.map((field) =>
          field.kind === 'choice' ? (
            <ChoiceField
              key={field.key}
              label={field.label}
              value={answers[field.key] ?? ''}
              options={(field.options ?? []).map((option) => ({ value: option, label: option }))}
              onChange={(value) => onAnswer(field.key, value)}
              error={errors[`answers.${field.key}`]}
            />
          ) : (
            <TextField
              key={field.key}
              label={field.label}
              name={`answer-${field.key}`}
              value={answers[field.key] ?? ''}
              type={field.kind === 'number' ? 'number' : 'text'}
              onChange={(value) => onAnswer(field.key, value)}
              error={errors[`answers.${field.key}`]}
            />
          ),
        )}
        <Button block type="primary" loading={busy} disabled={busy} onClick={onSubmit}>
          提交报名
        </Button>
      </View>
    </Popup>
  );
}
