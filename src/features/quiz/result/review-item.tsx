import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { z } from 'zod';
import type { ReviewItem as ReviewItemSchema } from '@contract/schemas/quiz';
import { answerText, isUnanswered, pointsText } from '@/features/quiz/format';
import { QuestionView } from '@/features/quiz/question-view';
import { ReportQuestion } from './report-question';

type Item = z.infer<typeof ReviewItemSchema>;

/** The verdict on one question, as the server sent it: nothing when the review policy withholds it. */
function Verdict({ item }: { item: Item }) {
  if (isUnanswered(item.given)) return <Tag type="warning">未作答</Tag>;
  if (item.correct === null) return null;
  if (item.correct) return <Tag type="success">正确</Tag>;
  if (item.score) return <Tag type="warning">部分正确 +{pointsText(item.score)} 分</Tag>;
  return <Tag type="danger">错误</Tag>;
}

/** One question of a handed-in paper: my answer, and the right answer and why when the policy allows. */
export function ReviewItem({ item, number }: { item: Item; number: number }) {
  return (
    <View className="card" data-testid="review-item">
      <View className="quiz-card__head">
        <Text className="quiz-card__title">第 {number} 题</Text>
        <Verdict item={item} />
      </View>
      <QuestionView question={item} answer={item.given ?? undefined} reveal={item.answer} />
      <View className="result-item__answers">
        <View>您的答案：{answerText(item.given)}</View>
        {item.answer !== null ? <View className="result-item__right">正确答案：{answerText(item.answer)}</View> : null}
      </View>
      {item.explanation ? <View className="result-item__explain">解析：{item.explanation}</View> : null}
      <ReportQuestion questionId={item.questionId} />
    </View>
  );
}
