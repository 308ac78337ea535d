import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { DatePicker } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { Dashboard } from '@contract/schemas/dashboard';
import { Field } from '@/components/form';
import { pickedToEpoch } from '@/components/date-time-field';
import { colors } from '@/theme/tokens';

const QUARTERS = ['一', '二', '三', '四'];
const EARLIEST_YEAR = 2000;

/** The window the dashboard counts, as a secretary says it: 2026年11月, 2026年第四季度, 2026年. */
export function periodText(period: Dashboard['period'], at: number): string {
  const day = new Date(at);
  const year = `${day.getFullYear()}年`;
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}第${QUARTERS[Math.floor(day.getMonth() / 3)]}季度`;
  return `${year}${day.getMonth() + 1}月`;
}

/** Picks the month the window holds (year and month wheels only: a day would mean nothing here). */
export function PeriodAnchorField({
  period,
  value,
  onChange,
  max,
}: {
  period: Dashboard['period'];
  value: number;
  onChange: (at: number) => void;
  max: number;
}) {
  const [open, setOpen] = useState(false);
  const shown = periodText(period, value);
  return (
    <Field label="统计时间">
      <View
        className="field__input field__picker"
        role="button"
        aria-label={`统计时间：${shown}`}
        data-testid="dashboard-anchor"
        onClick={() => setOpen(true)}
      >
        <Text>{shown}</Text>
        <ArrowRight size={16} color={colors.text3} />
      </View>
      <DatePicker
        title="选择统计时间"
        visible={open}
        type="year-month"
        showChinese
        startDate={new Date(EARLIEST_YEAR, 0, 1)}
        endDate={new Date(max)}
        value={new Date(value)}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => onChange(pickedToEpoch(values))}
      />
    </Field>
  );
}
