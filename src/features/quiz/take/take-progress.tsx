import { Text, View } from '@tarojs/components';
import { Progress, Tag } from '@nutui/nutui-react-taro';
import { countdownText } from '@/features/quiz/format';
import { colors } from '@/theme/tokens';

/** Where I am in the paper (第 3/5 题) and, for a timed exam, the time left. */
export function TakeProgress({
  title,
  index,
  count,
  secondsLeft,
}: {
  title: string;
  index: number;
  count: number;
  secondsLeft: number | null;
}) {
  return (
    <View className="card quiz-progress">
      <View className="quiz-progress__head">
        <Text className="quiz-card__title">{title}</Text>
        {secondsLeft !== null ? (
          <Tag
            background={secondsLeft < 60 ? colors.primary : colors.goldTint}
            color={secondsLeft < 60 ? '#FFFFFF' : colors.goldText}
            data-testid="countdown"
          >
            剩余 <Text className="quiz-timer">{countdownText(secondsLeft)}</Text>
          </Tag>
        ) : null}
      </View>
      <View className="quiz-progress__head">
        <Text className="quiz-progress__count" data-testid="question-count">
          第 {index + 1}/{count} 题
        </Text>
      </View>
      <Progress
        percent={Math.round(((index + 1) / count) * 100)}
        strokeWidth="8"
        color={colors.primary}
        background={colors.track}
        ariaLabel={`第 ${index + 1} 题，共 ${count} 题`}
      />
    </View>
  );
}
