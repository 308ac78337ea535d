import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { ContentCard } from '@/features/study/content-card';
import { dateText } from '@/features/study/format';
import { ProgressBar } from '@/features/study/progress-bar';
import { askReminderConsent } from '@/lib/platform/wechat-extras';
import { useCall } from '@/lib/use-call';
import '@/features/study/study.scss';

/** The plans assigned to me, each with its items and how far I am. */
export default function MyPlansPage() {
  const { state, reload } = useCall('study.plans', {});
  const subscribe = async () => {
    const accepted = await askReminderConsent('study');
    await Taro.showToast({ title: accepted ? '截止前会提醒您' : '未开启提醒', icon: accepted ? 'success' : 'none' });
  };
  return (
    <PageShell>
      <Button className="button button--plain plans__subscribe" onClick={() => void subscribe()}>
        接收学习提醒
      </Button>
      <CallView state={state} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyView message="目前没有布置给您的学习计划。" />
          ) : (
            <View>
              {items.map((plan) => (
                <View key={plan.planId} className="card plan">
                  <Text className="study-card__title">{plan.title}</Text>
                  <View className="muted">
                    {plan.unitName} · 截止 {dateText(plan.deadline)}
                    {plan.deadline < Date.now() && !plan.completed ? '（已过期）' : ''}
                  </View>
                  <View>
                    已完成 {plan.done} / {plan.itemCount}
                  </View>
                  <ProgressBar
                    percent={Math.floor((plan.done / Math.max(1, plan.itemCount)) * 100)}
                    completed={plan.completed}
                  />
                  {plan.items.map((item) => (
                    <ContentCard key={item.contentId} content={item} />
                  ))}
                  {plan.quizzes.map((quiz) => (
                    <View key={quiz.quizId} className="card">
                      <View className="row">
                        <Text>考试：{quiz.title}</Text>
                        {quiz.passed ? (
                          <Text className="progress__text--done">已通过</Text>
                        ) : (
                          <Text
                            className="tag plans__exam"
                            onClick={() =>
                              void Taro.navigateTo({
                                url: `/packages/quiz/pages/take/index?start=exam&quizId=${quiz.quizId}`,
                              })
                            }
                          >
                            去考试
                          </Text>
                        )}
                      </View>
                    </View>
                  ))}
                </View>
              ))}
            </View>
          )
        }
      </CallView>
    </PageShell>
  );
}
