import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '../../../../components/state-views';
import { ContentCard } from '../../../../features/study/content-card';
import { call } from '../../../../lib/api-client';
import { usePagedCall } from '../../../../lib/use-paged-call';
import '../../../../features/study/study.scss';

/** My favourites and what I read recently. */
export default function MyStudyPage() {
  const [view, setView] = useState<'favorites' | 'recent'>(
    useRouter().params.view === 'recent' ? 'recent' : 'favorites',
  );
  const { items, loading, error, reload, more } = usePagedCall(
    (skip) => call('study.mine', { view, skip, limit: 20 }),
    view,
  );
  return (
    <PageShell>
      <View className="tabs">
        <Text
          className={view === 'favorites' ? 'tabs__item tabs__item--on' : 'tabs__item'}
          onClick={() => setView('favorites')}
        >
          我的收藏
        </Text>
        <Text
          className={view === 'recent' ? 'tabs__item tabs__item--on' : 'tabs__item'}
          onClick={() => setView('recent')}
        >
          最近学习
        </Text>
      </View>
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? (
        <EmptyView message={view === 'favorites' ? '还没有收藏，阅读时点“☆ 收藏”即可。' : '还没有学习记录。'} />
      ) : null}
      {items.map((item) => (
        <ContentCard key={item.contentId} content={item} />
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
