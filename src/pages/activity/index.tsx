import { useState } from 'react';
import dayjs from 'dayjs';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { ActivityCard } from '@/features/activities/activity-card';
import { MonthGrid } from '@/features/activities/month-grid';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import './index.scss';

type View_ = 'upcoming' | 'mine' | 'past' | 'calendar';
const TABS: Array<[View_, string]> = [
  ['upcoming', '即将开始'],
  ['mine', '我的活动'],
  ['calendar', '活动日历'],
  ['past', '往期活动'],
];
const PAGE = 20;

/** Activities open to me: upcoming, mine (incl. waitlisted), by month, and past; with paging. */
export default function ActivityIndexPage() {
  const [view, setView] = useState<View_>('upcoming');
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

  const shift = (months: number) => {
    setDay(null);
    setMonth(dayjs(`${month}-01`).add(months, 'month').format('YYYY-MM'));
  };

  return (
    <PageShell>
      <View className="tabs">
        {TABS.map(([key, label]) => (
          <Text
            key={key}
            className={key === view ? 'tabs__item tabs__item--on' : 'tabs__item'}
            onClick={() => setView(key)}
          >
            {label}
          </Text>
        ))}
      </View>
      <Button
        className="button button--plain activity__scan"
        onClick={() => void Taro.navigateTo({ url: '/packages/activity/pages/checkin/index' })}
      >
        扫码签到
      </Button>
      {view === 'calendar' ? (
        <View className="month">
          <Text className="month__arrow" onClick={() => shift(-1)}>
            ‹ 上月
          </Text>
          <Text className="month__label">{dayjs(`${month}-01`).format('YYYY年M月')}</Text>
          <Text className="month__arrow" onClick={() => shift(1)}>
            下月 ›
          </Text>
        </View>
      ) : null}
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && shown.length === 0 ? (
        <EmptyView message={view === 'mine' ? '您还没有报名任何活动。' : '这段时间没有活动。'} />
      ) : null}
      {view === 'calendar' && !loading ? (
        <MonthGrid month={month} activities={items} selected={day} onSelect={setDay} />
      ) : null}
      {shown.map((activity) => (
        <ActivityCard key={activity.activityId} activity={activity} />
      ))}
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button className="button button--plain" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
