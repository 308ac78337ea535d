import { View } from '@tarojs/components';
import type { ContentCategory } from '@contract/labels';
import { PagedList } from '@/components/paged-list';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import { ContentCard } from './content-card';

const PAGE = 20;

/** One category, or the results of a search, page by page. */
export function StudyBrowse({ category, keyword }: { category: ContentCategory | null; keyword: string }) {
  const paged = usePagedCall(
    (skip) =>
      call('study.list', {
        ...(category ? { category } : {}),
        ...(keyword ? { keyword } : {}),
        skip,
        limit: PAGE,
      }),
    `${category ?? ''}:${keyword}`,
  );
  return (
    <View>
      {keyword && !paged.loading ? (
        <View className="study-found" data-testid="search-summary">
          “{keyword}”共找到 {paged.total} 条
        </View>
      ) : null}
      <PagedList
        paged={paged}
        empty={keyword ? '没有找到相关内容，换个词试试。' : '这个栏目还没有内容，看看其他栏目吧。'}
      >
        {(item) => <ContentCard key={item.contentId} content={item} />}
      </PagedList>
    </View>
  );
}
