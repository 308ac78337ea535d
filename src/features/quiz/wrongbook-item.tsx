import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { z } from 'zod';
import type { WrongBookOutput } from '@contract/schemas/quiz';
import { shortDateText } from '@/lib/format';
import { answerText } from './format';
import { QuestionView } from './question-view';

export type WrongBookEntry = z.infer<typeof WrongBookOutput>['items'][number];

/** One wrong answer kept for review: the question with the right answer, why, and when it comes back. */
export function WrongBookItem({ item, dueBefore }: { item: WrongBookEntry; dueBefore: number }) {
  const due = item.due < dueBefore;
  return (
    <View className="card" data-testid="wrongbook-item">
      <QuestionView question={item} answer={undefined} reveal={item.answer} />
      <View className="result-item__right">正确答案：{answerText(item.answer)}</View>
      {item.explanation ? <View className="result-item__explain">解析：{item.explanation}</View> : null}
      <View className="quiz-card__meta">
        {due ? <Tag type="warning">今天该复习</Tag> : <Text>下次复习 {shortDateText(item.due, dueBefore)}</Text>}
        {item.lapses ? <Text>又答错 {item.lapses} 次</Text> : null}
      </View>
    </View>
  );
}

/**
 * Due today (or overdue) first, then the rest by when they come back. `dueBefore` is the end of today by the
 * server's clock, so a card due this evening is today's review whatever the phone's clock says.
 */
export function groupWrongBook(items: WrongBookEntry[], dueBefore: number) {
  return {
    due: items.filter((item) => item.due < dueBefore),
    later: items.filter((item) => item.due >= dueBefore).sort((a, b) => a.due - b.due),
  };
}
