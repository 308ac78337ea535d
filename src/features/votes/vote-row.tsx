import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { VOTE_KIND_LABELS, type VoteKind, type VoteState } from '@contract/labels';
import { whenText } from '@/lib/format';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { colors } from '@/theme/tokens';
import { voteStateTag } from './vote-state';

/**
 * A vote in a list: its state tag and title on one line; who holds it, the kind and when it closes below.
 * In 长辈模式 the larger type leaves room for only a few characters, so the title may take two lines.
 */
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
  const [elder] = useElderMode();
  const { text, ...tagColors } = voteStateTag(vote.state, voted);
  return (
    <Cell
      align="center"
      onClick={onOpen}
      title={
        <View className="vote-row" data-testid="vote-row">
          <View className={elder ? 'vote-row__line vote-row__line--wrap' : 'vote-row__line'}>
            <Tag {...tagColors}>{text}</Tag>
            <Text className="vote-row__title">{vote.title}</Text>
          </View>
          <Text className="vote-row__meta">
            {[vote.unitName, VOTE_KIND_LABELS[vote.kind]].join(' · ')}
            {' · '}
            <Text className="vote-row__when">{whenText(vote.closesAt)} 截止</Text>
            {extra ? ` · ${extra}` : null}
          </Text>
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
