import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { EmptyView } from '@/components/state-views';
import { groupWrongBook, WrongBookItem } from '@/features/quiz/wrongbook-item';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';

/** The wrong-answer book: what is due today (with 去练习), then what comes back later. */
export default function WrongBookPage() {
  const [dueBefore, setDueBefore] = useState(0);
  const paged = usePagedCall(async (skip) => {
    const result = await call('quiz.wrongBook', { skip, limit: 20 });
    if (result.ok) setDueBefore(result.data.dueBefore);
    return result;
  }, '');
  const { due, later } = groupWrongBook(paged.items, dueBefore);
  if (!paged.loading && !paged.error && paged.items.length === 0)
    return (
      <PageShell>
        <EmptyView
          message="还没有错题，继续保持！答错的题会自动收进这里。"
          action={{ label: '去做每日答题', onClick: () => openPage('quizTake', { start: 'daily' }) }}
        />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="card board-mine">
        <View className="quiz-figure">
          <Text className="quiz-figure__unit">共</Text>
          <Text className="quiz-figure__value">{paged.total}</Text>
          <Text className="quiz-figure__unit">道错题</Text>
        </View>
        {due.length ? (
          <Button type="primary" onClick={() => openPage('quizTake', { start: 'review' })}>
            去练习
          </Button>
        ) : null}
      </View>
      {due.length ? <View className="quiz-section">今天该复习（{due.length}）</View> : null}
      {due.map((item) => (
        <WrongBookItem key={item.questionId} item={item} dueBefore={dueBefore} />
      ))}
      {later.length ? <View className="quiz-section">以后复习</View> : null}
      {/* The list keeps every loaded item (so its empty state never shows under today's review) and draws the later ones. */}
      <PagedList paged={paged} empty="">
        {(item) =>
          later.includes(item) ? <WrongBookItem key={item.questionId} item={item} dueBefore={dueBefore} /> : null
        }
      </PagedList>
    </PageShell>
  );
}
