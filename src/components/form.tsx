import type { PropsWithChildren } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { Cell, CellGroup, Input } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { colors, radius } from '@/theme/tokens';

/**
 * A form row: the label above its control and the field's error underneath, so long labels and
 * 长辈模式's larger type never squeeze the control into a narrow column.
 */
/** Fields as rows of one white card with hairlines between them, rather than a card per field. */
export function FieldGroup({ children }: PropsWithChildren) {
  return <CellGroup className="field-group">{children}</CellGroup>;
}

export function Field({ label, error, children }: PropsWithChildren<{ label: string; error?: string }>) {
  return (
    <Cell className={`field ${error ? 'field--error' : ''}`} radius={radius.card}>
      <View className="field__body">
        <Text className="field__label">{label}</Text>
        {children}
        {error ? <Text className="field__error">{error}</Text> : null}
      </View>
    </Cell>
  );
}

export function TextField({
  label,
  value,
  onChange,
  error,
  placeholder,
  type = 'text',
  maxlength,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard';
  maxlength?: number;
  name?: string;
}) {
  return (
    <Field label={label} error={error}>
      <Input
        className="field__input"
        name={name}
        value={value}
        type={type}
        maxLength={maxlength}
        placeholder={placeholder}
        onChange={onChange}
      />
    </Field>
  );
}

export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  value: T | '';
  options: Array<{ value: T; label: string }>;
  onChange: (value: T) => void;
  error?: string;
}) {
  const index = options.findIndex((option) => option.value === value);
  return (
    <Field label={label} error={error}>
      <Picker
        mode="selector"
        range={options.map((option) => option.label)}
        value={Math.max(index, 0)}
        onChange={(event) => {
          const chosen = options[Number(event.detail.value)];
          if (chosen) onChange(chosen.value);
        }}
      >
        <View className="field__input field__picker">
          <Text className={index >= 0 ? '' : 'field__placeholder'}>
            {index >= 0 ? options[index]?.label : '请选择'}
          </Text>
          <ArrowRight size={16} color={colors.text3} />
        </View>
      </Picker>
    </Field>
  );
}
