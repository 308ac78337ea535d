import { useEffect } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { openPage, replacePage } from '@/lib/pages';
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
    if (state.status === 'error' && state.error.code === 'NOT_BOUND') replacePage('bind');
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
            <Button className="button entries__item entries__item--me" onClick={() => openPage('me')}>
              我的档案
            </Button>
            <Button className="button entries__item entries__item--study" onClick={() => openPage('study')}>
              学习
            </Button>
            <Button className="button entries__item" onClick={() => openPage('quiz')}>
              答题
            </Button>
            <Button className="button entries__item" onClick={() => openPage('activity')}>
              活动
            </Button>
            <Button className="button entries__item" onClick={() => openPage('voteIndex')}>
              投票
            </Button>
            {state.card.role !== 'member' ? (
              <Button className="button entries__item entries__item--admin" onClick={() => openPage('admin')}>
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
