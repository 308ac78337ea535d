import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ArrowLeft, ArrowRight } from '@nutui/icons-react-taro';

/** 上月 · 2026年12月 · 下月 above the calendar; `month` is YYYY-MM. */
export function MonthSwitcher({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const first = dayjs(`${month}-01`);
  const shift = (months: number) => onChange(first.add(months, 'month').format('YYYY-MM'));
  return (
    <View className="month-switcher">
      <Button size="small" fill="none" icon={<ArrowLeft size={14} />} onClick={() => shift(-1)}>
        上月
      </Button>
      <Text className="month-switcher__label">{first.format('YYYY年M月')}</Text>
      <Button size="small" fill="none" rightIcon={<ArrowRight size={14} />} onClick={() => shift(1)}>
        下月
      </Button>
    </View>
  );
}
