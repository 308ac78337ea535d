import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Popup, Tabs } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { BranchRatingForm } from '@/features/review/branch-rating-form';
import { BranchYearCard, type BranchYear } from '@/features/review/branch-year-card';
import { ReviewSummaryCard } from '@/features/review/review-summary-card';
import { useCall } from '@/lib/use-call';
import '@/features/review/review.scss';

const THIS_YEAR = new Date().getFullYear();

/** 支部评星定级: the year's 民主评议 counts per grade, and each branch's figures beside its stars. */
export default function BranchRatingsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [year, setYear] = useState(THIS_YEAR - 1);
  const [rating, setRating] = useState<BranchYear | null>(null);
  const summary = useCall('admin.reviewSummary', { unitId, year }, `${unitId}:${year}`);
  const branches = useCall('admin.branchRatings', { unitId, year }, `${unitId}:${year}`);
  const { state } = branches;
  return (
    <PageShell>
      <Tabs value={year} onChange={(value) => setYear(Number(value))}>
        {[THIS_YEAR - 1, THIS_YEAR].map((y) => (
          <Tabs.TabPane key={y} value={y} title={`${y}年度`} />
        ))}
      </Tabs>
      {summary.state.status === 'ready' ? <ReviewSummaryCard summary={summary.state.data} /> : null}
      <SectionHeader title="各支部" />
      {state.status === 'loading' ? <LoadingView rows={4} /> : null}
      {state.status === 'error' ? <ErrorView message={state.error.message} onRetry={branches.reload} /> : null}
      {state.status === 'ready' && !state.data.items.length ? (
        <EmptyView message="这个单位下没有党支部" hint="请在上级单位查看各支部。" />
      ) : null}
      {state.status === 'ready'
        ? state.data.items.map((row) => <BranchYearCard key={row.unitId} row={row} onRate={() => setRating(row)} />)
        : null}
      <Popup
        visible={rating !== null}
        position="bottom"
        round
        closeable
        title="评星定级"
        onClose={() => setRating(null)}
      >
        <View className="review-sheet">
          {rating ? (
            <BranchRatingForm
              row={rating}
              year={year}
              onDone={() => {
                setRating(null);
                branches.reload();
              }}
            />
          ) : null}
        </View>
      </Popup>
    </PageShell>
  );
}
