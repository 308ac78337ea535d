import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { VOTE_KIND_LABELS } from '@contract/labels';
import type { VoteDetail } from '@contract/schemas/votes';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { voteStateTag } from './vote-state';

/**
 * What is being decided, named plainly: the vote's title as the matter (表决事项 / 征集事项) and its
 * description under it, with who holds it, the kind, the window and that ballots are secret.
 */
export function VoteHeading({ vote }: { vote: VoteDetail }) {
  const { text, ...tagColors } = voteStateTag(vote.state, vote.voted);
  return (
    <View className="card vote-heading">
      <View className="vote-heading__tags">
        <Tag {...tagColors}>{text}</Tag>
        <Tag background={colors.primaryTint} color={colors.primary}>
          {VOTE_KIND_LABELS[vote.kind]}
        </Tag>
        <Tag background={colors.track} color={colors.text2}>
          无记名
        </Tag>
      </View>
      <Text className="vote-heading__label">{vote.kind === 'ballot' ? '表决事项' : '征集事项'}</Text>
      <Text className="vote-heading__title">{vote.title}</Text>
      {vote.description ? <Text className="vote-heading__description">{vote.description}</Text> : null}
      <Text className="muted">
        {vote.unitName} · {whenText(vote.opensAt)} 至 {whenText(vote.closesAt)}
      </Text>
    </View>
  );
}
