import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { rankText, secondsText } from '@/features/quiz/format';
import { copyText } from '@/lib/platform/wechat-extras';

/** A result to share with the group: a poster card, WeChat's share, or the line copied. */
export function ScorePoster({
  title,
  mine,
  unit,
}: {
  title: string;
  mine: { rank: number | null; score: number; seconds: number };
  unit: string;
}) {
  const line = `我在「${title}」中${rankText(mine.rank)}，得 ${mine.score} ${unit}！`;
  return (
    <View>
      <View className="poster">
        <View className="poster__title">{title}</View>
        <View className="poster__score">
          {mine.score} {unit}
        </View>
        <View>
          {rankText(mine.rank)} · 用时 {secondsText(mine.seconds)}
        </View>
        <View>智慧党建 · 学习强党性</View>
      </View>
      <View className="quiz-card__actions">
        <Button type="primary" fill="outline" onClick={() => void copyText(line)}>
          复制成绩
        </Button>
        <Button type="primary" openType="share">
          分享给群聊
        </Button>
      </View>
    </View>
  );
}
