import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { DatePicker } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { dateText, dateTimeText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { Field } from './form';

type Precision = 'date' | 'datetime';

const DEFAULT_SPAN_YEARS = { past: 80, future: 5 };

/** The picker's wheels hand back strings per column (年, 月, 日[, 时, 分]); the app keeps epoch ms. */
export function pickedToEpoch(values: ReadonlyArray<string | number | null>): number {
  const [year, month, day, hour = 0, minute = 0] = values.map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, hour, minute).getTime();
}

/**
 * A date (or date and time) picked from wheels in a bottom sheet, never typed: the row shows the value as
 * every screen writes it (12月8日 周二 14:30) and hands the form epoch ms. `min`/`max` bound the wheels, so
 * a deadline before the start cannot even be chosen.
 */
export function DateTimeField({
  label,
  value,
  onChange,
  precision = 'datetime',
  min,
  max,
  error,
  placeholder = '请选择',
  minuteStep = 5,
  testId,
}: {
  label: string;
  value: number | null;
  onChange: (at: number) => void;
  precision?: Precision;
  min?: number;
  max?: number;
  error?: string;
  placeholder?: string;
  minuteStep?: number;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const now = new Date();
  const start = min !== undefined ? new Date(min) : new Date(now.getFullYear() - DEFAULT_SPAN_YEARS.past, 0, 1);
  const end = max !== undefined ? new Date(max) : new Date(now.getFullYear() + DEFAULT_SPAN_YEARS.future, 11, 31);
  const shown = value === null ? null : precision === 'date' ? dateText(value) : dateTimeText(value);
  return (
    <Field label={label} error={error}>
      <View
        className="field__input field__picker"
        role="button"
        aria-label={`${label}：${shown ?? placeholder}`}
        data-testid={testId}
        onClick={() => setOpen(true)}
      >
        <Text className={shown ? '' : 'field__placeholder'}>{shown ?? placeholder}</Text>
        <ArrowRight size={16} color={colors.text3} />
      </View>
      <DatePicker
        title={`选择${label}`}
        visible={open}
        type={precision}
        showChinese
        minuteStep={minuteStep}
        startDate={start}
        endDate={end}
        value={new Date(value ?? Math.min(Math.max(now.getTime(), start.getTime()), end.getTime()))}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => onChange(pickedToEpoch(values))}
      />
    </Field>
  );
}
