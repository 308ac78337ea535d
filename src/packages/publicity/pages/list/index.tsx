import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { CellGroup } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { PublicityRow } from '@/features/publicity/publicity-row';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/publicity/publicity.scss';

/** 公示栏: what my unit and the units above it are showing now, then what closed lately. */
export default function PublicityListPage() {
  const { state, reload } = useCall('publicity.list', {});
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
  if (state.status === 'loading')
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  if (state.status === 'error')
    return (
      <PageShell>
        <ErrorView message={state.error.message} onRetry={reload} />
      </PageShell>
    );
  const { items } = state.data;
  return (
    <PageShell>
      <Text className="publicity-private">
        党组织在这里公示发展对象、预备党员转正、评议结果和党费收缴等情况。公示期内如有异议，可在公示详情中提出。
      </Text>
      {items.length === 0 ? (
        <EmptyView
          message="现在没有正在公示的事项。"
          hint="有新的公示时会显示在这里；也可以看看通知公告。"
          action={{ label: '查看通知公告', onClick: () => openPage('noticeList') }}
        />
      ) : (
        <CellGroup className="row-list">
          {items.map((card) => (
            <PublicityRow
              key={card.publicityId}
              card={card}
              onOpen={() => openPage('publicityDetail', { publicityId: card.publicityId })}
            />
          ))}
        </CellGroup>
      )}
    </PageShell>
  );
}
