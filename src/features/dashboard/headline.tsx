import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@contract/schemas/dashboard';
import { NO_GRADED_HINT, partyMemberCount, passRate, percentOf } from './series';

/** The period's key numbers, big and red, above the charts. */
export function Headline({ dashboard }: { dashboard: Dashboard }) {
  const { composition, totals } = dashboard;
  const rate = passRate(totals);
  const figures: Array<{ label: string; value: string; unit: string; hint?: string }> = [
    { label: '党员', value: `${partyMemberCount(composition)}`, unit: '人' },
    { label: '学习时长', value: `${totals.studyMinutes}`, unit: '分钟' },
    rate === null
      ? { label: '答题通过率', value: '—', unit: '', hint: NO_GRADED_HINT }
      : { label: '答题通过率', value: `${rate}`, unit: '%' },
    {
      label: '活动出勤率',
      value: `${percentOf(totals.checkins, Math.max(totals.signups, totals.checkins))}`,
      unit: '%',
    },
  ];
  return (
    <View className="card dashboard-headline">
      {figures.map((figure) => (
        <View
          key={figure.label}
          className="dashboard-headline__item"
          aria-label={`${figure.label} ${figure.value}${figure.unit}${figure.hint ? `（${figure.hint}）` : ''}`}
        >
          <View className="dashboard-headline__number">
            <Text className="dashboard-headline__value">{figure.value}</Text>
            <Text className="dashboard-headline__unit">{figure.unit}</Text>
          </View>
          <Text className="dashboard-headline__label">{figure.label}</Text>
          {figure.hint ? <Text className="dashboard-headline__hint">{figure.hint}</Text> : null}
        </View>
      ))}
    </View>
  );
}
