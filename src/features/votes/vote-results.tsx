import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import type { VoteDetail } from '@contract/schemas/votes';
import { percentText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** The count as bars: each option's ballots, its share of the ballots cast, and the turnout. */
export function VoteResultsView({ vote }: { vote: VoteDetail }) {
  const results = vote.results;
  if (!results) return null;
  const turnout = results.eligible ? results.ballots / results.eligible : null;
  return (
    <View className="card vote-results" data-testid="vote-results">
      <View className="vote-results__head">
        <Text className="section-title">{vote.state === 'closed' ? '最终结果' : '当前结果'}</Text>
        <Text className="muted">
          已投 {results.ballots} / {results.eligible} 人（{percentText(turnout)}）
        </Text>
      </View>
      {vote.options.map((option) => {
        const count = results.counts.find((c) => c.optionId === option.optionId)?.count ?? 0;
        const share = results.ballots ? count / results.ballots : 0;
        return (
          <View key={option.optionId} className="vote-results__row">
            <View className="vote-results__line">
              <Text className="vote-results__option">
                {option.text}
                {results.elected?.includes(option.optionId) ? '（当选）' : ''}
                {results.tiedAtBoundary?.includes(option.optionId) ? '（票数相同）' : ''}
              </Text>
              <Text className="vote-results__count" data-testid="vote-count">
                {count} 票 · {percentText(share)}
              </Text>
            </View>
            <Progress
              percent={Math.round(share * 100)}
              color={colors.primary}
              background={colors.track}
              strokeWidth="8"
            />
          </View>
        );
      })}
      {results.tiedAtBoundary?.length ? (
        <Text className="field__error" data-testid="election-tie">
          票数相同，需由党员大会决定。
        </Text>
      ) : null}
    </View>
  );
}
