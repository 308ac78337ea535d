import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { colors } from '@/theme/tokens';
import type { z } from 'zod';
import { QUIZ_KIND_LABELS } from '@contract/labels';
import type { QuizSummary } from '@contract/schemas/quiz';
import { quizWindowText } from '@/features/quiz/format';
import { openPage } from '@/lib/pages';
import { EXAM_TAG_TYPES, examState, type ExamState } from './exam-state';

type Quiz = z.infer<typeof QuizSummary>;

const CLOSED_LABELS: Record<Exclude<ExamState['kind'], 'resume' | 'open'>, string> = {
  upcoming: '尚未开始',
  closed: '已经结束',
  used: '次数已用完',
};

/** One exam or competition: what it is, when it runs, where I stand, and what I can do now. */
export function ExamCard({ quiz }: { quiz: Quiz }) {
  const state = examState(quiz);
  const start = () =>
    state.kind === 'resume' && quiz.openAttemptId
      ? openPage('quizTake', { attemptId: quiz.openAttemptId })
      : openPage('quizTake', { start: 'exam', quizId: quiz.quizId });
  return (
    <View className="card quiz-card" data-testid="exam-card">
      <View className="quiz-card__head">
        <Text className="quiz-card__title">{quiz.title}</Text>
        <View className="quiz-card__tags">
          <Tag background={colors.primaryTint} color={colors.primary}>
            {QUIZ_KIND_LABELS[quiz.kind]}
          </Tag>
          <Tag type={EXAM_TAG_TYPES[state.kind]}>{state.tag}</Tag>
        </View>
      </View>
      <View className="quiz-card__meta">
        <Text>{quiz.unitName}</Text>
        <Text>{quiz.questionCount} 题</Text>
        <Text>{quiz.timeLimitMinutes ? `限时 ${quiz.timeLimitMinutes} 分钟` : '不限时'}</Text>
        <Text>及格线 {quiz.passPercent}%</Text>
      </View>
      <View className="quiz-card__meta">
        <Text>{quizWindowText(quiz.opensAt, quiz.closesAt)}</Text>
      </View>
      <View className="quiz-card__meta">
        {quiz.bestPercent !== null ? <Text>我的最好成绩 {quiz.bestPercent}%</Text> : null}
        {state.kind === 'open' ? <Text>还可答 {state.attemptsLeft} 次</Text> : null}
      </View>
      <View className="quiz-card__actions">
        {state.kind === 'resume' || state.kind === 'open' ? (
          <Button type="primary" onClick={start}>
            {state.kind === 'resume' ? '继续作答' : '开始作答'}
          </Button>
        ) : (
          <Button disabled>{CLOSED_LABELS[state.kind]}</Button>
        )}
        <Button type="primary" fill="outline" onClick={() => openPage('quizBoard', { board: quiz.quizId })}>
          排行榜
        </Button>
      </View>
    </View>
  );
}
