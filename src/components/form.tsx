import type { PropsWithChildren } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';

/** Form rows with a visible label and the field's error underneath, sized for older eyes. */
export function Field({ label, error, children }: PropsWithChildren<{ label: string; error?: string }>) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {children}
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
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
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(event) => onChange(event.detail.value)}
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
        <View className="field__input field__picker">{index >= 0 ? options[index]?.label : '请选择'} ▾</View>
      </Picker>
    </Field>
  );
}
