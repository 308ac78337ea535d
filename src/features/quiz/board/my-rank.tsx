import { Text, View } from '@tarojs/components';
import { rankText, secondsText } from '@/features/quiz/format';

/** My own place, pinned above the list whatever page of it is loaded. */
export function MyRank({
  mine,
  unit,
}: {
  mine: { rank: number | null; score: number; seconds: number };
  unit: string;
}) {
  return (
    <View className="card board-mine" data-testid="my-rank">
      <View>
        <View className="muted">我的排名</View>
        <Text className="quiz-figure__value">{rankText(mine.rank)}</Text>
      </View>
      <View>
        <View className="muted">
          {mine.score} {unit} · 用时 {secondsText(mine.seconds)}
        </View>
      </View>
    </View>
  );
}
