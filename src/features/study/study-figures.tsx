import { Text, View } from '@tarojs/components';

/** Today's minutes, the streak and points, in large figures. */
export function StudyFigures({
  stats,
}: {
  stats: { todayMinutes: number; weekMinutes: number; streakDays: number; points: number };
}) {
  const figures: Array<[string, string]> = [
    [`${stats.todayMinutes}`, '今日学习(分钟)'],
    [`${stats.weekMinutes}`, '近7天(分钟)'],
    [`${stats.streakDays}`, '连续学习(天)'],
    [`${stats.points}`, '积分'],
  ];
  return (
    <View className="card figures">
      {figures.map(([value, label]) => (
        <View key={label}>
          <Text className="figures__value">{value}</Text>
          <Text className="muted">{label}</Text>
        </View>
      ))}
    </View>
  );
}
