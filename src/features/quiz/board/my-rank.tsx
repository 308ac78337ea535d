import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { rankText, secondsText } from '@/features/quiz/format';

/**
 * My own place, pinned above the list whatever page of it is loaded. Before I am on the board it says so
 * and offers the way on, so the page is never just an empty list.
 */
export function MyRank({
  mine,
  unit,
  rule,
  action,
}: {
  mine: { rank: number | null; score: number; seconds: number } | null;
  unit: string;
  /** How the board ranks, in one line. */
  rule: string;
  action: { label: string; onClick: () => void };
}) {
  const rank = mine?.rank ?? null;
  return (
    <View className="card" data-testid="my-rank">
      <View className="board-mine">
        <View>
          <View className="muted">我的排名</View>
          <Text className={`quiz-figure__value ${rank === null ? 'board-mine__none' : ''}`}>{rankText(rank)}</Text>
        </View>
        {mine && rank !== null ? (
          <Text className="muted">
            {mine.score} {unit} · 用时 {secondsText(mine.seconds)}
          </Text>
        ) : (
          <Button type="primary" className="board-mine__action" onClick={action.onClick}>
            {action.label}
          </Button>
        )}
      </View>
      <Text className="board-mine__rule">{rule}</Text>
    </View>
  );
}
