import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { z } from 'zod';
import type { QuizHome } from '@contract/schemas/quiz';
import { openPage } from '@/lib/pages';

type Daily = z.infer<typeof QuizHome>['daily'];

const DAILY_QUESTIONS = 5;

/** 每日答题, the tab's first card: start or continue today's five questions, or today's result once done. */
export function DailyHero({ daily }: { daily: Daily }) {
  return (
    <View className="card quiz-hero" data-testid="daily-quiz">
      <View className="quiz-card__head">
        <Text className="quiz-hero__title">每日答题</Text>
        <Tag type={daily.done ? 'success' : 'warning'}>{daily.done ? '今日已完成' : '未完成'}</Tag>
      </View>
      <View className="quiz-hero__sub">{DAILY_QUESTIONS} 题 · 约 3 分钟 · 答错的题会安排复习</View>
      {daily.done ? (
        <View className="quiz-hero__score">
          <Text>今日答对</Text>
          <Text className="quiz-hero__number">
            {Math.round(((daily.percent ?? 0) * DAILY_QUESTIONS) / 100)} / {DAILY_QUESTIONS} 题
          </Text>
        </View>
      ) : null}
      <View className="quiz-hero__action">
        {daily.done && daily.attemptId ? (
          <Button
            block
            className="quiz-hero__button"
            onClick={() => openPage('quizResult', { attemptId: daily.attemptId! })}
          >
            查看今日结果
          </Button>
        ) : (
          <Button block className="quiz-hero__button" onClick={() => openPage('quizTake', { start: 'daily' })}>
            {daily.attemptId ? '继续今日答题' : '开始今日答题'}
          </Button>
        )}
      </View>
    </View>
  );
}
