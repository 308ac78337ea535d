import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { CONTENT_CATEGORIES, CONTENT_CATEGORY_LABELS, type ContentCategory } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { EmptyView } from '@/components/state-views';
import { ContentCard } from '@/features/study/content-card';
import { openStudy } from '@/features/study/format';
import { StudyFigures } from '@/features/study/study-figures';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

const PAGE = 20;

/** The study home: my figures, resume, my plan's next items, 为你推荐, latest; or browse by category and search. */
export default function StudyIndexPage() {
  const [category, setCategory] = useState<ContentCategory | null>(null);
  const [draft, setDraft] = useState('');
  const [keyword, setKeyword] = useState('');
  const browsing = category !== null || keyword !== '';

  return (
    <PageShell>
      <View className="search">
        <Input
          className="field__input search__input"
          name="study-search"
          value={draft}
          placeholder="搜索标题、摘要或标签"
          confirmType="search"
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={() => setKeyword(draft.trim())}
        />
        <Button className="button search__button study__search" onClick={() => setKeyword(draft.trim())}>
          搜索
        </Button>
      </View>
      <View className="chips">
        <Text
          className={browsing ? 'chips__item' : 'chips__item chips__item--on'}
          onClick={() => {
            setCategory(null);
            setKeyword('');
            setDraft('');
          }}
        >
          推荐
        </Text>
        {CONTENT_CATEGORIES.map((c) => (
          <Text
            key={c}
            className={category === c ? 'chips__item chips__item--on' : 'chips__item'}
            onClick={() => setCategory(c)}
          >
            {CONTENT_CATEGORY_LABELS[c]}
          </Text>
        ))}
      </View>
      {browsing ? <Browse category={category} keyword={keyword} /> : <Home />}
    </PageShell>
  );
}

function Home() {
  const { state, reload } = useCall('study.home', {});
  return (
    <CallView state={state} onRetry={reload} loadingLabel="正在准备学习内容…">
      {(home) => (
        <View>
          <StudyFigures stats={home.stats} />
          <View className="chips study__links">
            <Text className="chips__item" onClick={() => openStudy('plans')}>
              我的计划
            </Text>
            <Text className="chips__item" onClick={() => openStudy('mine', '?view=favorites')}>
              我的收藏
            </Text>
            <Text className="chips__item" onClick={() => openStudy('mine', '?view=recent')}>
              最近学习
            </Text>
            <Text className="chips__item" onClick={() => openStudy('notes')}>
              学习心得
            </Text>
            <Text className="chips__item" onClick={() => openStudy('points')}>
              我的积分
            </Text>
          </View>
          {home.resume ? (
            <View>
              <View className="section-title">继续学习</View>
              <ContentCard content={home.resume} />
            </View>
          ) : null}
          {home.planNext.length ? (
            <View>
              <View className="section-title">学习计划待学</View>
              {home.planNext.map((item) => (
                <ContentCard key={item.contentId} content={item} note={`「${item.planTitle}」`} />
              ))}
            </View>
          ) : null}
          <View className="section-title">为你推荐</View>
          {home.recommended.length === 0 ? <EmptyView message="暂时没有更多推荐，可以按栏目浏览。" /> : null}
          {home.recommended.map((item) => (
            <ContentCard key={item.contentId} content={item} note={item.reason} />
          ))}
          <View className="section-title">最新发布</View>
          {home.latest.length === 0 ? <EmptyView message="还没有发布学习内容。" /> : null}
          {home.latest.map((item) => (
            <ContentCard key={item.contentId} content={item} />
          ))}
        </View>
      )}
    </CallView>
  );
}

function Browse({ category, keyword }: { category: ContentCategory | null; keyword: string }) {
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
  const { total } = paged;
  return (
    <View>
      {keyword ? (
        <View className="muted">
          “{keyword}”共找到 {total} 条
        </View>
      ) : null}
      <PagedList paged={paged} empty={keyword ? '没有找到相关内容，换个词试试。' : '这个栏目还没有内容。'}>
        {(item) => <ContentCard key={item.contentId} content={item} />}
      </PagedList>
    </View>
  );
}
