import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Notice } from '@nutui/icons-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { PlanCard } from '@/features/study/plan-card';
import { askReminderConsent } from '@/lib/platform/wechat-extras';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/study/study-screens.scss';

/** The plans assigned to me, each with its items and how far I am; unfinished ones first. */
export default function MyPlansPage() {
  const { state, reload } = useCall('study.plans', {});
  const subscribe = async () => {
    const accepted = await askReminderConsent('study');
    await Taro.showToast({ title: accepted ? '截止前会提醒您' : '未开启提醒', icon: accepted ? 'success' : 'none' });
  };
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyView
              message="目前没有布置给您的学习计划，可以先自己学起来。"
              action={{ label: '去学习', onClick: () => openPage('study') }}
            />
          ) : (
            <View>
              {[...items]
                .sort((a, b) => Number(a.completed) - Number(b.completed) || a.deadline - b.deadline)
                .map((plan) => (
                  <PlanCard key={plan.planId} plan={plan} />
                ))}
              <Button
                block
                fill="outline"
                type="primary"
                icon={<Notice size={16} />}
                className="plans__subscribe"
                onClick={() => void subscribe()}
              >
                截止前提醒我
              </Button>
            </View>
          )
        }
      </CallView>
    </PageShell>
  );
}
