import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { CellGroup, Tabs } from '@nutui/nutui-react-taro';
import type { MemberReceipt } from '@contract/schemas/notices';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { ErrorView, LoadingView } from '@/components/state-views';
import { ReceiptActions } from '@/features/notices/receipt-actions';
import { ReceiptRow } from '@/features/notices/receipt-row';
import { ReceiptsSummary } from '@/features/notices/receipts-summary';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/notices/notices.scss';

type Filter = 'all' | 'unread' | 'read' | 'confirmed';
const FILTER_LABELS: Record<Filter, string> = { all: '全部', unread: '未读', read: '已读', confirmed: '已确认' };

/** A notice's read receipts: the rate overall and per unit, the addressees by state, remind and export. */
export default function NoticeReceiptsPage() {
  const noticeId = useRouter().params.noticeId ?? '';
  const [filter, setFilter] = useState<Filter>('all');
  const [round, setRound] = useState(0);
  const { state, reload } = useCall('admin.noticeReceipts', { noticeId, limit: 1 }, String(round));
  const paged = usePagedCall<MemberReceipt>(
    (skip) =>
      call('admin.noticeReceipts', { noticeId, filter, skip, limit: 30 }).then((result) =>
        result.ok ? { ok: true as const, data: { items: result.data.members, total: result.data.total } } : result,
      ),
    `${filter}-${round}`,
  );
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
  const { notice, nextRound } = state.data;
  const filters = (Object.keys(FILTER_LABELS) as Filter[]).filter((value) => value !== 'confirmed' || notice.mustRead);
  return (
    <PageShell>
      <ReceiptsSummary receipts={state.data} />
      <ReceiptActions notice={notice} nextRound={nextRound} onChanged={() => setRound((n) => n + 1)} />
      <Tabs value={filter} onChange={(value) => setFilter(value as Filter)}>
        {filters.map((value) => (
          <Tabs.TabPane key={value} title={FILTER_LABELS[value]} value={value} />
        ))}
      </Tabs>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty={filter === 'unread' ? '全部党员都已阅读。' : '暂时没有这类记录。'}>
          {(receipt) => <ReceiptRow key={receipt.memberId} receipt={receipt} />}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
