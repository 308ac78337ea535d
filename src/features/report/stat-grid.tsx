import { Text, View } from '@tarojs/components';

export interface Stat {
  label: string;
  value: string;
  unit?: string;
}

/**
 * A row of figures, each a number over its label; `strong` makes the numbers big and red, `pairs` lays four
 * figures out two by two instead of three and one.
 */
export function StatGrid({
  stats,
  strong = false,
  pairs = false,
}: {
  stats: Stat[];
  strong?: boolean;
  pairs?: boolean;
}) {
  const modifiers = [strong ? ' report-stats--strong' : '', pairs ? ' report-stats--pairs' : ''].join('');
  return (
    <View className={`report-stats${modifiers}`}>
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
