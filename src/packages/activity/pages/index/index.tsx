import { useCallback, useEffect, useState } from 'react';
import dayjs from 'dayjs';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../types/errors';
import type { ActivitySummary } from '../../../../../types/schemas/activities';
import { PageShell } from '../../../../components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '../../../../components/state-views';
import { ActivityCard } from '../../../../features/activities/activity-card';
import { call } from '../../../../lib/api-client';
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
  const [items, setItems] = useState<ActivitySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (skip: number) => {
      setLoading(true);
      setError(null);
      const input =
        view === 'calendar' ? { view: 'upcoming' as const, month, skip, limit: PAGE } : { view, skip, limit: PAGE };
      const result = await call('activity.list', input);
      setLoading(false);
      if (!result.ok) return setError(result.error);
      setItems((previous) => (skip === 0 ? result.data.items : [...previous, ...result.data.items]));
      setTotal(result.data.total);
    },
    [view, month],
  );

  useEffect(() => {
    void load(0);
  }, [load]);

  const shift = (months: number) => setMonth(dayjs(`${month}-01`).add(months, 'month').format('YYYY-MM'));

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
      {error ? <ErrorView message={error.message} onRetry={() => void load(0)} /> : null}
      {!error && !loading && items.length === 0 ? (
        <EmptyView message={view === 'mine' ? '您还没有报名任何活动。' : '这段时间没有活动。'} />
      ) : null}
      {items.map((activity) => (
        <ActivityCard key={activity.activityId} activity={activity} />
      ))}
      {loading ? <LoadingView /> : null}
      {!loading && items.length < total ? (
        <Button className="button button--plain" onClick={() => void load(items.length)}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
