import { useState } from 'react';
import { usePullDownRefresh, useRouter, stopPullDownRefresh, useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { Add, Star } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { RoundOpenForm } from '@/features/review/round-open-form';
import { RoundProgress } from '@/features/review/round-progress';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/review/review.scss';

/** 民主评议 in the console: the rounds of the unit's branches, 开启民主评议, and the way to 评星定级. */
export default function ReviewManagePage() {
  const unitId = useRouter().params.unitId ?? '';
  const [opening, setOpening] = useState(false);
  const rounds = useCall('admin.reviewRounds', { unitId }, unitId);
  useDidShow(() => rounds.reload());
  usePullDownRefresh(() => {
    rounds.reload();
    stopPullDownRefresh();
  });
  const { state } = rounds;
  return (
    <PageShell>
      <View className="review-actions">
        <Button block type="primary" icon={<Add size={16} />} onClick={() => setOpening(true)}>
          开启民主评议
        </Button>
        <Button block fill="outline" icon={<Star size={16} />} onClick={() => openPage('reviewBranches', { unitId })}>
          评议汇总与支部评星定级
        </Button>
      </View>
      <SectionHeader title="评议轮次" />
      {state.status === 'loading' ? <LoadingView /> : null}
      {state.status === 'error' ? <ErrorView message={state.error.message} onRetry={rounds.reload} /> : null}
      {state.status === 'ready' && !state.data.items.length ? (
        <EmptyView
          message="还没有开启过民主评议"
          hint="每年开展一次：自我评价、民主测评、组织评定、公示。"
          action={{ label: '开启民主评议', onClick: () => setOpening(true) }}
        />
      ) : null}
      {state.status === 'ready'
        ? state.data.items.map((round) => (
            <RoundProgress
              key={round.roundId}
              round={round}
              onClick={() => openPage('reviewRound', { roundId: round.roundId, unitId })}
            />
          ))
        : null}
      <Popup visible={opening} position="bottom" round closeable title="开启民主评议" onClose={() => setOpening(false)}>
        <View className="review-sheet">
          <RoundOpenForm
            unitId={unitId}
            onDone={() => {
              setOpening(false);
              rounds.reload();
            }}
          />
        </View>
      </Popup>
    </PageShell>
  );
}
