import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { VOTE_KIND_LABELS, type VoteKind, type VoteState } from '@contract/labels';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { voteStateTag } from './vote-state';

/** A vote in a list: its state tag and title on one line; who holds it, the kind and when it closes below. */
export function VoteRow({
  vote,
  voted,
  extra,
  onOpen,
}: {
  vote: { voteId: string; title: string; unitName: string; kind: VoteKind; state: VoteState; closesAt: number };
  /** Whether the viewer has voted; left out in an admin's list, where the open state reads 进行中. */
  voted?: boolean;
  extra?: string;
  onOpen: () => void;
}) {
  const { text, ...tagColors } = voteStateTag(vote.state, voted);
  return (
    <Cell
      align="center"
      onClick={onOpen}
      title={
        <View className="vote-row" data-testid="vote-row">
          <View className="vote-row__line">
            <Tag {...tagColors}>{text}</Tag>
            <Text className="vote-row__title">{vote.title}</Text>
          </View>
          <Text className="vote-row__meta">
            {[vote.unitName, VOTE_KIND_LABELS[vote.kind], `${whenText(vote.closesAt)} 截止`, extra]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
