import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import type { ExtraField } from '@contract/schemas/activities';
import { ChoiceField, Field, TextField } from '@/components/form';
import { colors } from '@/theme/tokens';

const FIELD_KINDS: Record<ExtraField['kind'], string> = { text: '文字', choice: '单选', number: '数字' };
const MAX_FIELDS = 5;

/** What members must also fill in when they sign up (衣服尺码…): listed, removable, up to five. */
export function ExtraFieldsEditor({
  fields,
  error,
  onChange,
}: {
  fields: ExtraField[];
  error?: string;
  onChange: (fields: ExtraField[]) => void;
}) {
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ExtraField['kind']>('text');
  const [options, setOptions] = useState('');
  const add = () => {
    const choices = options
      .split(/[,，、]/)
      .map((option) => option.trim())
      .filter(Boolean);
    const key = `f${fields.length + 1}`;
    onChange([
      ...fields,
      { key, label: label.trim(), kind, required: true, ...(kind === 'choice' ? { options: choices } : {}) },
    ]);
    setLabel('');
    setOptions('');
  };
  return (
    <>
      <Field label="报名时还需填写（可选）" error={error}>
        {fields.length === 0 ? <Text className="form-switch__hint">不需要时可以不加。</Text> : null}
      </Field>
      {fields.map((field) => (
        <Cell
          key={field.key}
          title={`${field.label}（${FIELD_KINDS[field.kind]}${field.options ? `：${field.options.join('、')}` : ''}）`}
          extra={
            <View
              role="button"
              aria-label={`删除${field.label}`}
              onClick={() => onChange(fields.filter((f) => f !== field))}
            >
              <Del size={18} color={colors.text3} />
            </View>
          }
        />
      ))}
      {fields.length < MAX_FIELDS ? (
        <>
          <TextField
            label="填写项名称"
            value={label}
            onChange={setLabel}
            placeholder="如：衣服尺码"
            name="field-label"
          />
          <ChoiceField
            label="填写项类型"
            value={kind}
            options={(Object.keys(FIELD_KINDS) as Array<ExtraField['kind']>).map((k) => ({
              value: k,
              label: FIELD_KINDS[k],
            }))}
            onChange={setKind}
          />
          {kind === 'choice' ? (
            <TextField
              label="选项（用逗号分开）"
              value={options}
              onChange={setOptions}
              placeholder="如：M，L，XL"
              name="field-options"
            />
          ) : null}
          <Cell>
            <Button block size="small" fill="outline" type="primary" disabled={!label.trim()} onClick={add}>
              添加填写项
            </Button>
          </Cell>
        </>
      ) : null}
    </>
  );
}
