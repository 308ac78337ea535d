import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { ElderModeSwitch } from '@/features/elder-mode/elder-mode-switch';
import { MemberCardView } from '@/features/member/member-card-view';
import { NoticesCard } from '@/features/member/notices-card';
import { useMemberCard } from '@/features/member/use-member-card';
import { leaveSession, signOut } from '@/lib/session-end';
import { usesCloud } from '@/lib/transport';
import './index.scss';

export default function HomePage() {
  const { state, reload } = useMemberCard();

  useEffect(() => {
    if (state.status === 'error' && state.error.code === 'UNAUTHENTICATED') leaveSession('ended');
    if (state.status === 'error' && state.error.code === 'NOT_BOUND')
      void Taro.redirectTo({ url: '/pages/bind/index' });
  }, [state]);

  return (
    <PageShell>
      {state.status === 'loading' ? <LoadingView label="正在读取您的党员信息…" /> : null}
      {state.status === 'error' ? (
        <ErrorView message={state.error.message} onRetry={state.error.code === 'NOT_BOUND' ? undefined : reload} />
      ) : null}
      {state.status === 'ready' ? (
        <View>
          <View className="title">您好，{state.card.name}</View>
          <MemberCardView card={state.card} />
          <NoticesCard />
          <View className="entries">
            <Button
              className="button entries__item entries__item--me"
              onClick={() => void Taro.navigateTo({ url: '/pages/me/index' })}
            >
              我的档案
            </Button>
            <Button
              className="button entries__item entries__item--study"
              onClick={() => void Taro.navigateTo({ url: '/packages/study/pages/index/index' })}
            >
              学习
            </Button>
            <Button
              className="button entries__item"
              onClick={() => void Taro.navigateTo({ url: '/packages/quiz/pages/index/index' })}
            >
              答题
            </Button>
            <Button
              className="button entries__item"
              onClick={() => void Taro.navigateTo({ url: '/packages/activity/pages/index/index' })}
            >
              活动
            </Button>
            <Button
              className="button entries__item"
              onClick={() => void Taro.navigateTo({ url: '/packages/vote/pages/index/index' })}
            >
              投票
            </Button>
            {state.card.role !== 'member' ? (
              <Button
                className="button entries__item entries__item--admin"
                onClick={() => void Taro.navigateTo({ url: '/packages/admin/pages/index/index' })}
              >
                管理后台
              </Button>
            ) : null}
          </View>
        </View>
      ) : null}
      <ElderModeSwitch />
      {usesCloud ? null : (
        <View>
          <Button className="button button--plain home__sign-out" onClick={() => void signOut()}>
            <Text>退出登录</Text>
          </Button>
          <View className="muted home__sign-out-note">退出后，您在所有设备上的登录都会结束。</View>
        </View>
      )}
    </PageShell>
  );
}
