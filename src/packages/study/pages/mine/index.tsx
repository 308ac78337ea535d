import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Tabs } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { ContentCard } from '@/features/study/content-card';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study-screens.scss';

type MineView = 'favorites' | 'recent';

const EMPTY: Record<MineView, string> = {
  favorites: '还没有收藏。阅读时点底部的“收藏”，以后在这里就能找到。',
  recent: '还没有学习记录，挑一篇开始学吧。',
};

/** My favourites and what I read recently. */
export default function MyStudyPage() {
  const [view, setView] = useState<MineView>(useRouter().params.view === 'recent' ? 'recent' : 'favorites');
  const { items, loading, error, reload, more } = usePagedCall(
    (skip) => call('study.mine', { view, skip, limit: 20 }),
    view,
  );
  return (
    <PageShell>
      <Tabs value={view} onChange={(value) => setView(value as MineView)} activeType="line" className="study-page-tabs">
        <Tabs.TabPane value="favorites" title="我的收藏" />
        <Tabs.TabPane value="recent" title="最近学习" />
      </Tabs>
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? (
        <EmptyView message={EMPTY[view]} action={{ label: '去学习', onClick: () => openPage('study') }} />
      ) : null}
      {items.map((item) => (
        <ContentCard key={item.contentId} content={item} />
      ))}
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button block fill="outline" type="primary" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
