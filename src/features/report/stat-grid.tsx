import { Text, View } from '@tarojs/components';

export interface Stat {
  label: string;
  value: string;
  unit?: string;
}

/** A row of figures, each a number over its label; `strong` makes the numbers big and red. */
export function StatGrid({ stats, strong = false }: { stats: Stat[]; strong?: boolean }) {
  return (
    <View className={strong ? 'report-stats report-stats--strong' : 'report-stats'}>
      {stats.map((stat) => (
        <View
          key={stat.label}
          className="report-stats__item"
          aria-label={`${stat.label} ${stat.value}${stat.unit ?? ''}`}
        >
          <View className="report-stats__number">
            <Text className="report-stats__value">{stat.value}</Text>
            {stat.unit ? <Text className="report-stats__unit">{stat.unit}</Text> : null}
          </View>
          <Text className="report-stats__label">{stat.label}</Text>
        </View>
      ))}
    </View>
  );
}
