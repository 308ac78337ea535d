import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { ATTEMPT_MODE_LABELS } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { openQuiz, passClass, pointsText } from '@/features/quiz/format';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';

/** My handed-in attempts, newest first. */
export default function QuizHistoryPage() {
  const paged = usePagedCall((skip) => call('quiz.history', { skip, limit: 20 }), '');
  return (
    <PageShell>
      <PagedList paged={paged} empty="还没有答题记录。">
        {(item) => (
          <View
            key={item.attemptId}
            className="card"
            onClick={() => item.mode !== 'challenge' && openQuiz('result', `?attemptId=${item.attemptId}`)}
          >
            <View className="row">
              <Text>{item.title}</Text>
              <Text className={passClass(item.passed)}>
                {item.mode === 'challenge'
                  ? `连续答对 ${item.score} 题`
                  : `${pointsText(item.score)}/${item.maxScore} 分`}
              </Text>
            </View>
            <View className="muted">
              {ATTEMPT_MODE_LABELS[item.mode]} · {dayjs(item.submittedAt).format('YYYY年M月D日 HH:mm')}
            </View>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
