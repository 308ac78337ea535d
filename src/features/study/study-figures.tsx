import { Text, View } from '@tarojs/components';

/** Today's minutes, the streak and points, in large figures. */
export function StudyFigures({
  stats,
}: {
  stats: { todayMinutes: number; weekMinutes: number; streakDays: number; points: number };
}) {
  const figures: Array<[string, string]> = [
    [`${stats.todayMinutes}`, '今日分钟'],
    [`${stats.weekMinutes}`, '近7天分钟'],
    [`${stats.streakDays}`, '连续天数'],
    [`${stats.points}`, '积分'],
  ];
  return (
    <View className="card figures">
      {figures.map(([value, label]) => (
        <View key={label} className="figures__cell">
          <Text className="figures__value">{value}</Text>
          <Text className="muted figures__label">{label}</Text>
        </View>
      ))}
    </View>
  );
}
