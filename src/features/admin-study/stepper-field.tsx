import { InputNumber } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { Field } from '@/components/form';

/** A whole number set with − / + (minutes, counts, scores): no keyboard needed, bounds enforced. */
export function StepperField({
  label,
  value,
  onChange,
  min,
  max,
  step = 1,
  unit,
  error,
  testId,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  error?: string;
  testId?: string;
}) {
  return (
    <Field label={label} error={error}>
      <View className="console-stepper-row" data-testid={testId}>
        <InputNumber value={value} min={min} max={max} step={step} onChange={(next) => onChange(Number(next))} />
        {unit ? <Text className="muted">{unit}</Text> : null}
      </View>
    </Field>
  );
}
