import { useState } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, NoticeBar, SearchBar, Tabs } from '@nutui/nutui-react-taro';
import { CONTENT_STATUS_LABELS, CONTENT_STATUSES, type ContentStatus } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { openAdmin } from '@/features/admin/admin-links';
import { ContentActions } from '@/features/admin-study/content-actions';
import { ContentRowCell, type ContentRow } from '@/features/admin-study/content-row';
import { matchesSearch } from '@/features/admin-study/content-status';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin-study/admin-console.scss';

const FILTERS = ['all', ...CONTENT_STATUSES] as const;

/** Content whose audience lies in the unit's subtree: drafts, published (incl. scheduled), taken down. */
export default function AdminContentsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [filter, setFilter] = useState<'all' | ContentStatus>('all');
  const [search, setSearch] = useState('');
  const [acting, setActing] = useState<ContentRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const paged = usePagedCall(
    (skip) => call('admin.contentList', { unitId, ...(filter === 'all' ? {} : { status: filter }), skip, limit: 20 }),
    `${unitId}:${filter}`,
  );
  const { reload } = paged;
  useDidShow(() => reload());
  const shown = { ...paged, items: paged.items.filter((item) => matchesSearch(item.title, search)) };

  return (
    <PageShell>
      <Button type="primary" block onClick={() => openAdmin.contentForm(unitId)}>
        新建学习内容
      </Button>
      <SearchBar placeholder="按标题搜索" value={search} onChange={setSearch} onClear={() => setSearch('')} />
      <Tabs value={filter} onChange={(value) => setFilter(value as typeof filter)} activeType="line">
        {FILTERS.map((key) => (
          <Tabs.TabPane key={key} value={key} title={key === 'all' ? '全部' : CONTENT_STATUS_LABELS[key]} />
        ))}
      </Tabs>
      {message ? <NoticeBar content={message} closeable onClose={() => setMessage(null)} /> : null}
      <View className="console-group">
        <CellGroup>
          <PagedList paged={shown} empty={search ? '没有标题含这些字的内容。' : '还没有学习内容，点上方按钮新建。'}>
            {(item) => <ContentRowCell key={item.contentId} item={item} onClick={() => setActing(item)} />}
          </PagedList>
        </CellGroup>
      </View>
      <ContentActions
        item={acting}
        onClose={() => setActing(null)}
        onEdit={(item) => openAdmin.contentForm(unitId, item.contentId)}
        onChanged={(text) => {
          setMessage(text);
          reload();
        }}
      />
    </PageShell>
  );
}
