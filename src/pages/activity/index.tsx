import { useState } from 'react';
import dayjs from 'dayjs';
import { View } from '@tarojs/components';
import { Button, Tabs } from '@nutui/nutui-react-taro';
import { Scan } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { ActivityCard } from '@/features/activities/activity-card';
import { MonthGrid } from '@/features/activities/month-grid';
import { MonthSwitcher } from '@/features/activities/month-switcher';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import './index.scss';

type ListView = 'upcoming' | 'mine' | 'calendar' | 'past';
const TABS: Array<[ListView, string]> = [
  // Short titles, so all four fit on one line in 长辈模式 too.
  ['upcoming', '近期'],
  ['mine', '我报名的'],
  ['calendar', '日历'],
  ['past', '已结束'],
];
const EMPTY: Record<ListView, string> = {
  upcoming: '近期没有活动，组织发布后会出现在这里。',
  mine: '您还没有报名任何活动。',
  calendar: '这个月没有活动。',
  past: '还没有结束的活动。',
};
const PAGE = 20;

/** Activities open to me: upcoming, mine (incl. waitlisted), by month, and past; with paging. */
export default function ActivityIndexPage() {
  const [view, setView] = useState<ListView>('upcoming');
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [day, setDay] = useState<string | null>(null);
  // The calendar loads the whole month (up to 100) so every busy day can be marked.
  const { items, loading, error, reload, more } = usePagedCall(
    (skip) =>
      call(
        'activity.list',
        view === 'calendar' ? { view: 'upcoming', month, skip, limit: 100 } : { view, skip, limit: PAGE },
      ),
    `${view}:${month}`,
  );
  const shown = view === 'calendar' && day ? items.filter((a) => dayjs(a.startAt).format('YYYY-MM-DD') === day) : items;
  const changeMonth = (next: string) => {
    setDay(null);
    setMonth(next);
  };

  return (
    <PageShell>
      <Tabs value={view} onChange={(value) => setView(value as ListView)} activeType="line" className="activity-tabs">
        {TABS.map(([key, label]) => (
          <Tabs.TabPane key={key} value={key} title={label} />
        ))}
      </Tabs>
      <Button
        block
        fill="outline"
        type="primary"
        icon={<Scan size={18} />}
        className="activity-scan"
        onClick={() => openPage('activityCheckin')}
      >
        现场签到
      </Button>
      {view === 'calendar' ? <MonthSwitcher month={month} onChange={changeMonth} /> : null}
      {view === 'calendar' && !loading && !error ? (
        <MonthGrid month={month} activities={items} selected={day} onSelect={setDay} />
      ) : null}
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && shown.length === 0 ? (
        <EmptyView
          message={EMPTY[view]}
          action={view === 'upcoming' ? undefined : { label: '看看近期的活动', onClick: () => setView('upcoming') }}
        />
      ) : null}
      <View>
        {shown.map((activity) => (
          <ActivityCard
            key={activity.activityId}
            activity={activity}
            onOpen={() => openPage('activityDetail', { activityId: activity.activityId })}
          />
        ))}
      </View>
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button block fill="outline" type="primary" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
