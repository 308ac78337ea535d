import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { SearchBar, Tag } from '@nutui/nutui-react-taro';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PickRow } from '@/components/pick-row';
import { EmptyView } from '@/components/state-views';
import { useCall } from '@/lib/use-call';
import { matchesSearch } from './content-status';

/**
 * Published content of the unit's subtree, searched by title and picked by tapping: the items of a 专题 or
 * of a study plan. The picked ones are listed first, in the order they were picked.
 */
export function ContentPicker({
  unitId,
  picked,
  onChange,
  exclude,
  testId,
}: {
  unitId: string;
  picked: string[];
  onChange: (ids: string[]) => void;
  exclude?: string;
  testId?: string;
}) {
  const { state, reload } = useCall('admin.contentList', { unitId, status: 'published', limit: 100 }, unitId);
  const [search, setSearch] = useState('');
  const toggle = (id: string) => onChange(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  return (
    <View data-testid={testId}>
      <SearchBar placeholder="搜索已发布的内容" value={search} onChange={setSearch} onClear={() => setSearch('')} />
      <CallView state={state} onRetry={retryWhenUseful(state, reload)}>
        {({ items }) => {
          const choices = items.filter((item) => item.contentId !== exclude);
          if (choices.length === 0) return <EmptyView message="还没有已发布的学习内容，请先发布。" />;
          const order = (id: string) => (picked.includes(id) ? picked.indexOf(id) : picked.length);
          const shown = choices
            .filter((item) => picked.includes(item.contentId) || matchesSearch(item.title, search))
            .sort((a, b) => order(a.contentId) - order(b.contentId));
          return (
            <View>
              {shown.map((item) => (
                <PickRow
                  key={item.contentId}
                  on={picked.includes(item.contentId)}
                  onToggle={() => toggle(item.contentId)}
                >
                  <View className="console-cell__row">
                    <Text className="console-cell__title">
                      {picked.includes(item.contentId) ? `${picked.indexOf(item.contentId) + 1}. ` : ''}
                      {item.title}
                    </Text>
                    <Tag type="primary" plain>
                      {CONTENT_KIND_LABELS[item.kind]}
                    </Tag>
                  </View>
                </PickRow>
              ))}
              {shown.length === 0 ? <Text className="muted">没有标题含这些字的内容。</Text> : null}
            </View>
          );
        }}
      </CallView>
    </View>
  );
}
