import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { ResultSummary } from '@/features/quiz/result/result-summary';
import { ReviewItem } from '@/features/quiz/result/review-item';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/quiz/quiz.scss';

/** The result: one score, pass or fail, and each question reviewed as far as the review policy allows. */
export default function QuizResultPage() {
  const attemptId = useRouter().params.attemptId ?? '';
  const { state, reload } = useCall('quiz.result', { attemptId }, attemptId);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(result) => (
          <View>
            <ResultSummary result={result} />
            {result.items.length ? <View className="quiz-section">逐题回顾</View> : null}
            {result.items.map((item, index) => (
              <ReviewItem key={item.questionId} item={item} number={index + 1} />
            ))}
            <View className="quiz-card__actions">
              {result.mode === 'exam' || result.mode === 'competition' ? null : (
                <Button type="primary" fill="outline" onClick={() => openPage('quizWrongbook')}>
                  查看错题本
                </Button>
              )}
              <Button type="primary" onClick={() => openPage('quiz')}>
                返回答题
              </Button>
            </View>
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
