import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Dialog } from '@nutui/nutui-react-taro';
import type { ReviewPhase } from '@contract/review-labels';
import { call } from '@/lib/api-client';
import type { RoundCard } from './round-progress';

/** The one step a round can take next, asked about first: each phase ends for good. */
const NEXT: Partial<Record<ReviewPhase, { label: string; ask: (r: RoundCard) => string }>> = {
  self: {
    label: '结束自我评价，开始民主测评',
    ask: (r) => `已有 ${r.selfSubmitted}/${r.underReview} 人提交自我评价。开始民主测评后不能再修改自我评价。`,
  },
  rating: {
    label: '结束民主测评',
    ask: (r) => `已收到 ${r.sheets}/${r.raters} 张测评票。结束后不能再投，测评结果将对支部委员会开放。`,
  },
  grading: {
    label: '发布公示',
    ask: (r) => `${r.underReview} 人全部评定后才能发布。公示后评定结果不能再修改，并通知参加评议的党员。`,
  },
  publicity: { label: '结束公示，完成评议', ask: () => '结束后本次民主评议完成。' },
};

export function RoundActions({ round, onChanged }: { round: RoundCard; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const next = NEXT[round.phase];
  if (!next) return null;
  const run = async () => {
    setAsking(false);
    setBusy(true);
    const route = round.phase === 'grading' ? 'admin.reviewPublish' : 'admin.reviewRoundAdvance';
    const result = await call(route, { roundId: round.roundId });
    setBusy(false);
    setMessage(result.ok ? '' : result.error.message);
    if (result.ok) onChanged();
  };
  return (
    <View className="review-actions">
      {message ? <View className="notice">{message}</View> : null}
      <Button block type="primary" loading={busy} onClick={() => setAsking(true)}>
        {next.label}
      </Button>
      <Dialog
        visible={asking}
        title={`确定${next.label}吗？`}
        content={next.ask(round)}
        confirmText="确定"
        cancelText="取消"
        onConfirm={() => void run()}
        onCancel={() => setAsking(false)}
      />
    </View>
  );
}
