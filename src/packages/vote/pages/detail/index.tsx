import { useState } from 'react';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { VOTE_RESULT_POLICY_LABELS } from '@contract/labels';
import type { VoteDetail } from '@contract/schemas/votes';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { BallotForm } from '@/features/votes/ballot-form';
import { newCastId } from '@/features/votes/cast-id';
import { VoteHeading } from '@/features/votes/vote-heading';
import { VoteResultsView } from '@/features/votes/vote-results';
import { call } from '@/lib/api-client';
import { pageUrl } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/votes/votes.scss';

/** One vote: pick, confirm (a ballot cannot be changed), then the count as the vote's policy allows. */
export default function VoteDetailPage() {
  const voteId = useRouter().params.voteId ?? '';
  const { state, reload, setData } = useCall('vote.detail', { voteId }, voteId);
  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `请参与投票：${state.data.title}` : '请参与投票表决',
    path: pageUrl('voteDetail', { voteId }),
  }));
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // One cast id per ballot: pressing again after a lost answer resends the same ballot, not a second one.
  const [cast, setCast] = useState<{ key: string; castId: string } | null>(null);

  const submit = async (vote: VoteDetail) => {
    const names = vote.options.filter((o) => picked.includes(o.optionId)).map((o) => o.text);
    const { confirm } = await Taro.showModal({
      title: '确认投票',
      content: `您选择了：${names.join('、')}。投票后不能更改，确定提交吗？`,
    });
    if (!confirm) return;
    setSending(true);
    const key = [...picked].sort().join(',');
    const castId = cast?.key === key ? cast.castId : await newCastId();
    setCast({ key, castId });
    const result = await call('vote.cast', { voteId, optionIds: picked, castId });
    setSending(false);
    if (result.ok) setData(result.data);
    else setError(result.error.message);
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(vote) => (
          <View>
            <VoteHeading vote={vote} />
            {vote.voted ? (
              <View className="notice notice--ok" role="status">
                {vote.myChoices
                  ? `您已投票：${vote.options
                      .filter((o) => vote.myChoices?.includes(o.optionId))
                      .map((o) => o.text)
                      .join('、')}`
                  : '您已投票。选票不记名保存，任何人（包括您自己）都查不到您投了什么。'}
              </View>
            ) : null}
            {!vote.voted && vote.state === 'open' && vote.eligible ? (
              <BallotForm
                vote={vote}
                picked={picked}
                error={error}
                sending={sending}
                onPick={(ids) => {
                  setError(null);
                  setPicked(ids);
                }}
                onLimit={() => setError(`最多选 ${vote.maxChoices} 项，请先取消一项。`)}
                onSubmit={() => void submit(vote)}
              />
            ) : null}
            {!vote.voted && vote.state === 'open' && !vote.eligible ? (
              <View className="notice">
                {vote.kind === 'ballot' ? '这次表决只由正式党员参加，预备党员没有表决权。' : '您不在这次投票的范围内。'}
              </View>
            ) : null}
            {vote.state === 'upcoming' ? <View className="notice">投票还没有开始，请到开始时间后再来。</View> : null}
            {vote.results ? (
              <VoteResultsView vote={vote} />
            ) : (
              <View className="muted">{VOTE_RESULT_POLICY_LABELS[vote.resultPolicy]}。</View>
            )}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
