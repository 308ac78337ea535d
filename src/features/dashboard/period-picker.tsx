import { View } from '@tarojs/components';
import { Tabs } from '@nutui/nutui-react-taro';
import type { Dashboard } from '@contract/schemas/dashboard';
import { PeriodAnchorField } from './period-anchor-field';

export type DashboardPeriod = Dashboard['period'];

const PERIOD_LABELS: Record<DashboardPeriod, string> = { month: '月', quarter: '季', year: '年' };
const PERIODS = Object.keys(PERIOD_LABELS) as DashboardPeriod[];

/** The dashboard's window: month, quarter or year, holding the month picked (this month at first). */
export function PeriodPicker({
  period,
  anchor,
  onPeriod,
  onAnchor,
  today,
}: {
  period: DashboardPeriod;
  anchor: number;
  onPeriod: (period: DashboardPeriod) => void;
  onAnchor: (at: number) => void;
  today: number;
}) {
  return (
    <View className="dashboard-period">
      <Tabs value={period} onChange={(value) => onPeriod(value as DashboardPeriod)} className="dashboard-period__tabs">
        {PERIODS.map((key) => (
          <Tabs.TabPane key={key} value={key} title={`按${PERIOD_LABELS[key]}`} />
        ))}
      </Tabs>
      <PeriodAnchorField period={period} value={anchor} onChange={onAnchor} max={today} />
    </View>
  );
}
