import { Text, View } from '@tarojs/components';
import type { VoteDetail } from '@contract/schemas/votes';

/** The count as bars: each option's ballots, its share of the ballots cast, and the turnout. */
export function VoteResultsView({ vote }: { vote: VoteDetail }) {
  const results = vote.results;
  if (!results) return null;
  const turnout = results.eligible ? Math.round((results.ballots / results.eligible) * 100) : 0;
  return (
    <View className="card vote-results">
      <View className="row">
        <Text className="vote-results__title">{vote.state === 'closed' ? '最终结果' : '当前结果'}</Text>
        <Text className="muted">
          已投 {results.ballots} / {results.eligible} 人（{turnout}%）
        </Text>
      </View>
      {vote.options.map((option) => {
        const count = results.counts.find((c) => c.optionId === option.optionId)?.count ?? 0;
        const share = results.ballots ? Math.round((count / results.ballots) * 100) : 0;
        return (
          <View key={option.optionId} className="vote-results__row">
            <View className="row">
              <Text>{option.text}</Text>
              <Text className="vote-results__count">
                {count} 票 · {share}%
              </Text>
            </View>
            <View className="vote-results__track">
              <View className="vote-results__bar" style={{ width: `${share}%` }} />
            </View>
          </View>
        );
      })}
    </View>
  );
}
