import { useState } from 'react';
import { View } from '@tarojs/components';
import { SearchBar, Tabs } from '@nutui/nutui-react-taro';
import { CONTENT_CATEGORIES, CONTENT_CATEGORY_LABELS, type ContentCategory } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { StudyBrowse } from '@/features/study/study-browse';
import { StudyHome } from '@/features/study/study-home';
import '@/features/study/study-screens.scss';

type Tab = 'recommended' | ContentCategory;

/** The 学习 tab: search, 推荐 (my plan and what to read next) or one category at a time. */
export default function StudyIndexPage() {
  const [tab, setTab] = useState<Tab>('recommended');
  const [draft, setDraft] = useState('');
  const [keyword, setKeyword] = useState('');
  const search = (value: string) => setKeyword(value.trim());
  const clear = () => {
    setDraft('');
    setKeyword('');
  };

  return (
    <PageShell>
      <View className="study-top">
        <SearchBar
          className="study-search"
          shape="round"
          value={draft}
          placeholder="搜索文章、课程、党章党规"
          onChange={(value) => setDraft(value)}
          onSearch={search}
          onClear={clear}
          rightIn={
            <View className="study-search__go" role="button" aria-label="搜索" onClick={() => search(draft)}>
              搜索
            </View>
          }
        />
        <Tabs
          value={tab}
          onChange={(value) => {
            clear();
            setTab(value as Tab);
          }}
          activeType="line"
          className="study-tabs"
        >
          <Tabs.TabPane value="recommended" title="推荐" />
          {CONTENT_CATEGORIES.map((category) => (
            <Tabs.TabPane key={category} value={category} title={CONTENT_CATEGORY_LABELS[category]} />
          ))}
        </Tabs>
      </View>
      {keyword || tab !== 'recommended' ? (
        <StudyBrowse category={tab === 'recommended' ? null : tab} keyword={keyword} />
      ) : (
        <StudyHome onBrowse={() => setTab(CONTENT_CATEGORIES[0])} />
      )}
    </PageShell>
  );
}
