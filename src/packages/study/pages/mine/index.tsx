import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { ContentCard } from '@/features/study/content-card';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

/** My favourites and what I read recently. */
export default function MyStudyPage() {
  const [view, setView] = useState<'favorites' | 'recent'>(
    useRouter().params.view === 'recent' ? 'recent' : 'favorites',
  );
  const paged = usePagedCall((skip) => call('study.mine', { view, skip, limit: 20 }), view);
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
      <PagedList paged={paged} empty={view === 'favorites' ? '还没有收藏，阅读时点“☆ 收藏”即可。' : '还没有学习记录。'}>
        {(item) => <ContentCard key={item.contentId} content={item} />}
      </PagedList>
    </PageShell>
  );
}
