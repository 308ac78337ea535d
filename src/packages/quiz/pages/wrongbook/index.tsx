import { Button, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { answerText, openQuiz } from '@/features/quiz/format';
import { QuestionView } from '@/features/quiz/question-view';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';

/** The wrong-answer book: each question with its answer and when it is due for review. */
export default function WrongBookPage() {
  const paged = usePagedCall((skip) => call('quiz.wrongBook', { skip, limit: 20 }), '');
  const { items, total } = paged;
  const due = items.filter((item) => item.due <= Date.now()).length;
  return (
    <PageShell>
      <View className="card">
        <View className="row">
          <Text>共 {total} 道错题</Text>
          {due ? (
            <Button className="button" onClick={() => openQuiz('take', '?start=review')}>
              复习到期的题
            </Button>
          ) : null}
        </View>
      </View>
      <PagedList paged={paged} empty="还没有错题，继续保持！">
        {(item) => (
          <View key={item.questionId} className="card">
            <QuestionView question={item} answer={undefined} reveal={item.answer} />
            <View className="result__right">正确答案：{answerText(item.answer)}</View>
            {item.explanation ? <View className="muted">解析：{item.explanation}</View> : null}
            <View className="muted">
              {item.due <= Date.now() ? '今天该复习了' : `下次复习：${dayjs(item.due).format('M月D日')}`}
              {item.lapses ? ` · 又错过 ${item.lapses} 次` : ''}
            </View>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
