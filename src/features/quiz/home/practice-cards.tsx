import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { openPage } from '@/lib/pages';

/** 错题本 and 挑战答题 side by side (stacked in 长辈模式), each with its number and next step. */
export function PracticeCards({
  wrongBookSize,
  reviewDue,
  challengeBest,
}: {
  wrongBookSize: number;
  reviewDue: number;
  challengeBest: number;
}) {
  const [elder] = useElderMode();
  return (
    <View className={`quiz-pair ${elder ? 'quiz-pair--stacked' : ''}`}>
      <View className="card" data-testid="wrongbook-card">
        <Text className="quiz-card__title">错题本</Text>
        <View className="quiz-figure">
          <Text className="quiz-figure__value">{wrongBookSize}</Text>
          <Text className="quiz-figure__unit">道错题</Text>
        </View>
        <View className="quiz-card__meta">
          <Text>{reviewDue ? `${reviewDue} 道今天该复习` : '今天没有要复习的'}</Text>
        </View>
        <View className="quiz-card__actions">
          {reviewDue ? (
            <Button type="primary" size="small" onClick={() => openPage('quizTake', { start: 'review' })}>
              去复习
            </Button>
          ) : null}
          <Button type="primary" fill="outline" size="small" onClick={() => openPage('quizWrongbook')}>
            查看错题本
          </Button>
        </View>
      </View>
      <View className="card" data-testid="challenge-card">
        <Text className="quiz-card__title">挑战答题</Text>
        <View className="quiz-figure">
          <Text className="quiz-figure__unit">最好成绩 连对</Text>
          <Text className="quiz-figure__value">{challengeBest}</Text>
          <Text className="quiz-figure__unit">题</Text>
        </View>
        <View className="quiz-card__meta">
          <Text>答错一题即结束</Text>
        </View>
        <View className="quiz-card__actions">
          <Button type="primary" size="small" onClick={() => openPage('quizChallenge')}>
            开始挑战
          </Button>
          <Button
            type="primary"
            fill="outline"
            size="small"
            onClick={() => openPage('quizBoard', { board: 'challenge' })}
          >
            排行榜
          </Button>
        </View>
      </View>
    </View>
  );
}
