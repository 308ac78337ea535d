import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, Popup, SearchBar } from '@nutui/nutui-react-taro';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import { PagedList } from '@/components/paged-list';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';

export interface PickedContent {
  contentId: string;
  title: string;
}

/**
 * Picks a study item to draft questions from: a row showing the choice, and a sheet listing the library
 * (what the admin's own unit reads), searchable by title.
 */
export function ContentPicker({
  value,
  onChange,
}: {
  value: PickedContent | null;
  onChange: (content: PickedContent) => void;
}) {
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState('');
  const paged = usePagedCall(
    (skip) => call('study.list', { ...(keyword ? { keyword } : {}), skip, limit: 20 }),
    `${open}:${keyword}`,
  );
  return (
    <View>
      <View data-testid="content-picker">
        <Cell
          className="drafts-picker"
          title="学习内容"
          description={value ? undefined : '从学习资料中选一篇来出题'}
          extra={
            <Text className={value ? 'drafts-picker__value' : 'drafts-picker__placeholder'}>
              {value ? value.title : '请选择'}
            </Text>
          }
          onClick={() => setOpen(true)}
        />
      </View>
      <Popup visible={open} position="bottom" round closeable title="选择学习内容" onClose={() => setOpen(false)}>
        <View className="drafts-sheet">
          <SearchBar
            placeholder="按标题搜索"
            onSearch={(text) => setKeyword(text.trim())}
            onClear={() => setKeyword('')}
          />
          <PagedList paged={paged} empty={keyword ? '没有标题含这些字的内容。' : '学习资料库里还没有内容。'}>
            {(item) => (
              <View key={item.contentId} data-testid="content-option">
                <Cell
                  className="console-cell"
                  title={<Text className="console-cell__title">{item.title}</Text>}
                  description={`${CONTENT_KIND_LABELS[item.kind]}${item.tags.length ? ` · ${item.tags.join('、')}` : ''}`}
                  onClick={() => {
                    onChange({ contentId: item.contentId, title: item.title });
                    setOpen(false);
                  }}
                />
              </View>
            )}
          </PagedList>
        </View>
      </Popup>
    </View>
  );
}
