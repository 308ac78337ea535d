import { View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { ErrorView } from '@/components/state-views';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { useFirstScreenShellRemoved } from '@/features/home/first-screen-shell';
import { HomeBanner } from '@/features/home/home-banner';
import { HomeEntries, homeEntries } from '@/features/home/home-entries';
import { HomeGreeting } from '@/features/home/home-greeting';
import { HomeNoticeBar, NoticesInbox, useNoticesInbox } from '@/features/home/home-notices';
import { HomeSkeleton } from '@/features/home/home-skeleton';
import { HomeStats } from '@/features/home/home-stats';
import { LatestStudy } from '@/features/home/latest-study';
import { TodayTodos } from '@/features/home/today-todos';
import { useAfterFirstPaint } from '@/features/home/use-after-first-paint';
import { useAdminPending } from '@/features/home/use-admin-pending';
import { useHome } from '@/features/home/use-home';
import { useNoticeBadge } from '@/features/notices/use-notice-badge';
import { openPage } from '@/lib/pages';
import '@/features/home/home.scss';

export default function HomePage() {
  const { state, reload, setData } = useHome();
  const [elder] = useElderMode();
  const belowFoldReady = useAfterFirstPaint();
  useFirstScreenShellRemoved(belowFoldReady);
  const home = state.status === 'ready' ? state.data : null;
  const adminPending = useAdminPending(home?.member.role ?? null);
  useNoticeBadge(home?.bulletins.unread);
  const inbox = useNoticesInbox(() => {
    if (home) setData({ ...home, notices: { ...home.notices, unread: 0 } });
  });

  return (
    <PageShell>
      {state.status === 'loading' ? <HomeSkeleton /> : null}
      {state.status === 'error' ? (
        <ErrorView message={state.error.message} onRetry={state.error.code === 'NOT_BOUND' ? undefined : reload} />
      ) : null}
      {home ? (
        <View className="home">
          <HomeGreeting name={home.member.name} unitName={home.member.unitName} />
          <HomeBanner banners={home.banners} />
          <HomeNoticeBar notices={home.notices} onOpen={inbox.show} />
          <HomeEntries
            elder={elder}
            entries={homeEntries({
              quiz: home.today.dailyQuiz.done ? 0 : 1,
              votes: home.today.votes.length,
              notices: home.bulletins.unread,
              plans: home.today.plansDue.length,
              admin: adminPending,
              // 通知公告 first; the system's own messages are the list's second tab.
              openNotices: () => openPage('noticeList'),
            })}
          />
          <TodayTodos today={home.today} serverNow={home.serverNow} elder={elder} />
          {belowFoldReady ? <HomeStats points={home.points} /> : null}
          {belowFoldReady ? <LatestStudy items={home.latest} elder={elder} /> : null}
          <NoticesInbox open={inbox.open} onClose={inbox.hide} />
        </View>
      ) : null}
    </PageShell>
  );
}
