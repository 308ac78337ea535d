import dayjs from 'dayjs';
import { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { QUIZ_KIND_LABELS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { openQuiz } from '@/features/quiz/format';
import { useCall } from '@/lib/use-call';
import '@/features/quiz/quiz.scss';
import '@/features/study/study.scss';

/** 答题: today's quiz, reviews due, the challenge, and the exams and competitions open to me. */
export default function QuizIndexPage() {
  const { state, reload } = useCall('quiz.home', {});
  useDidShow(() => reload());
  return (
    <PageShell>
      <CallView state={state} onRetry={reload} loadingLabel="正在准备题目…">
        {(home) => (
          <View>
            <View className="card">
              <Text className="study-card__title">每日答题</Text>
              <View className="muted">每天 5 道题，答错的题会优先安排复习。</View>
              {home.daily.done ? (
                <View className="row">
                  <Text className="result__right">今日已完成，得分率 {home.daily.percent}%</Text>
                  <Text className="tag" onClick={() => openQuiz('result', `?attemptId=${home.daily.attemptId}`)}>
                    查看
                  </Text>
                </View>
              ) : (
                <Button className="button quiz__daily" onClick={() => openQuiz('take', '?start=daily')}>
                  {home.daily.attemptId ? '继续今日答题' : '开始今日答题'}
                </Button>
              )}
            </View>
            <View className="card">
              <View className="row">
                <Text className="study-card__title">今日复习</Text>
                <Text className="muted">错题本共 {home.wrongBookSize} 道</Text>
              </View>
              {home.reviewDue ? (
                <Button className="button button--plain quiz__review" onClick={() => openQuiz('take', '?start=review')}>
                  复习到期的 {home.reviewDue} 道错题
                </Button>
              ) : (
                <View className="muted">暂时没有到期的错题。</View>
              )}
              <Text className="tag" onClick={() => openQuiz('wrongbook')}>
                查看错题本
              </Text>
            </View>
            <View className="card">
              <View className="row">
                <Text className="study-card__title">挑战答题</Text>
                <Text className="muted">最好成绩：连对 {home.challengeBest} 题</Text>
              </View>
              <View className="muted">一题接一题，答错即结束。</View>
              <View className="row">
                <Button className="button quiz__challenge" onClick={() => openQuiz('challenge')}>
                  开始挑战
                </Button>
                <Button className="button button--plain" onClick={() => openQuiz('board', '?board=challenge')}>
                  排行榜
                </Button>
              </View>
            </View>
            <View className="section-title">考试与竞赛</View>
            {home.quizzes.length === 0 ? <EmptyView message="目前没有面向您的考试或竞赛。" /> : null}
            {home.quizzes.map((quiz) => {
              const closed = Date.now() > quiz.closesAt;
              const notYet = Date.now() < quiz.opensAt;
              const left = quiz.attemptLimit - quiz.attemptsUsed;
              return (
                <View key={quiz.quizId} className="card quiz-card">
                  <View className="row">
                    <Text className="study-card__title">{quiz.title}</Text>
                    <Text className="tag">{QUIZ_KIND_LABELS[quiz.kind]}</Text>
                  </View>
                  <View className="muted">
                    {quiz.unitName} · {quiz.questionCount} 题 ·{' '}
                    {quiz.timeLimitMinutes ? `限时 ${quiz.timeLimitMinutes} 分钟` : '不限时'} · {quiz.passPercent}{' '}
                    分及格
                  </View>
                  <View className="muted">
                    {dayjs(quiz.opensAt).format('M月D日 HH:mm')} 至 {dayjs(quiz.closesAt).format('M月D日 HH:mm')}
                  </View>
                  {quiz.bestPercent !== null ? <View>我的最好成绩：{quiz.bestPercent} 分</View> : null}
                  <View className="row">
                    {quiz.openAttemptId ? (
                      <Button
                        className="button quiz__start"
                        onClick={() => openQuiz('take', `?attemptId=${quiz.openAttemptId}`)}
                      >
                        继续作答
                      </Button>
                    ) : !closed && !notYet && left > 0 ? (
                      <Button
                        className="button quiz__start"
                        onClick={() => openQuiz('take', `?start=exam&quizId=${quiz.quizId}`)}
                      >
                        开始作答（还可答 {left} 次）
                      </Button>
                    ) : (
                      <Text className="muted">{notYet ? '尚未开始' : closed ? '已结束' : '作答次数已用完'}</Text>
                    )}
                    <Text className="tag" onClick={() => openQuiz('board', `?board=${quiz.quizId}`)}>
                      排行榜
                    </Text>
                  </View>
                </View>
              );
            })}
            <Button className="button button--plain" onClick={() => openQuiz('history')}>
              我的答题记录
            </Button>
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
