import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Picker, Tabs } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { Field } from '@/components/form';
import { colors } from '@/theme/tokens';
import { periodAt, periodText, pickedAt, pickerColumns, type ReportPeriod } from './period';

/** Reports reach back this far: the app's records start no earlier. */
const EARLIEST_YEAR = 2020;

/** 按月 / 按年, and which month or year: the report's window. */
export function PeriodBar({
  period,
  at,
  now,
  onChange,
}: {
  period: ReportPeriod;
  at: string;
  now: number;
  onChange: (period: ReportPeriod, at: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const shown = periodText(at);
  const value = period === 'year' ? [at] : [at.slice(0, 4), at.slice(5, 7)];
  return (
    <View className="learning-period">
      <Tabs
        value={period}
        onChange={(next) => onChange(next as ReportPeriod, periodAt(next as ReportPeriod, now))}
        className="learning-period__tabs"
      >
        <Tabs.TabPane value="month" title="按月" />
        <Tabs.TabPane value="year" title="按年" />
      </Tabs>
      <Field label={period === 'year' ? '年份' : '月份'}>
        <View
          className="field__input field__picker"
          role="button"
          aria-label={`报告时间：${shown}`}
          data-testid="learning-period-at"
          onClick={() => setOpen(true)}
        >
          <Text>{shown}</Text>
          <ArrowRight size={16} color={colors.text3} />
        </View>
      </Field>
      <Picker
        title={period === 'year' ? '选择年份' : '选择月份'}
        visible={open}
        options={pickerColumns(period, now, EARLIEST_YEAR)}
        value={value}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => onChange(period, pickedAt(period, values as string[], now))}
      />
    </View>
  );
}
