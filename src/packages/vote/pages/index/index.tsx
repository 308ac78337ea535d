import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { VOTE_KIND_LABELS } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { stateTag, voteWindow } from '@/features/votes/format';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/votes/votes.scss';

/** The votes of my branch and the units above it; the ones waiting for my ballot are marked. */
export default function VotesPage() {
  const paged = usePagedCall((skip) => call('vote.list', { skip, limit: 20 }), '');
  return (
    <PageShell>
      <PagedList paged={paged} empty="目前没有需要您参加的投票。">
        {(vote) => (
          <View
            key={vote.voteId}
            className="card"
            onClick={() => void Taro.navigateTo({ url: `/packages/vote/pages/detail/index?voteId=${vote.voteId}` })}
          >
            <View className="row">
              <Text className="vote-card__title">{vote.title}</Text>
              <Text className={vote.state === 'open' && !vote.voted ? 'tag tag--todo' : 'tag'}>
                {stateTag(vote.state, vote.voted)}
              </Text>
            </View>
            <View className="muted">
              {vote.unitName} · {VOTE_KIND_LABELS[vote.kind]}
            </View>
            <View className="muted">{voteWindow(vote.opensAt, vote.closesAt)}</View>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
