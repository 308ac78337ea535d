import { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { DailyHero } from '@/features/quiz/home/daily-hero';
import { ExamCard } from '@/features/quiz/home/exam-card';
import { PracticeCards } from '@/features/quiz/home/practice-cards';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/quiz/quiz.scss';

/** 答题: today's quiz, the wrong-answer book and the challenge, and the exams and competitions open to me. */
export default function QuizIndexPage() {
  const { state, reload } = useCall('quiz.home', {});
  useDidShow(() => reload());
  return (
    <PageShell>
      <CallView state={state} onRetry={reload} loadingLabel="正在准备题目…">
        {(home) => (
          <View>
            <DailyHero daily={home.daily} />
            <PracticeCards
              wrongBookSize={home.wrongBookSize}
              reviewDue={home.reviewDue}
              challengeBest={home.challengeBest}
            />
            <View className="quiz-section">专项测验</View>
            {home.quizzes.length === 0 ? (
              <EmptyView
                message="目前没有面向您的考试或竞赛，先做今天的每日答题吧。"
                action={
                  home.daily.done
                    ? undefined
                    : { label: '去做每日答题', onClick: () => openPage('quizTake', { start: 'daily' }) }
                }
              />
            ) : (
              home.quizzes.map((quiz) => <ExamCard key={quiz.quizId} quiz={quiz} />)
            )}
            <Cell
              title="我的答题记录"
              clickable
              align="center"
              extra={<ArrowRight size={16} />}
              onClick={() => openPage('quizHistory')}
            />
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
