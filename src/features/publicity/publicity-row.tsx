import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { PUBLICITY_KIND_LABELS } from '@contract/publicity-labels';
import type { PublicityCard } from '@contract/schemas/publicity';
import { shortDateText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { PublicityStatusTag } from './publicity-status-tag';

/** The period as two days: 11月20日 至 11月27日. */
export const periodText = (card: Pick<PublicityCard, 'startsAt' | 'endsAt'>) =>
  `${shortDateText(card.startsAt)} 至 ${shortDateText(card.endsAt)}`;

/** One item on the board: status, kind, title, and who posted it for how long; `flag` adds the admin's count. */
export function PublicityRow({ card, flag, onOpen }: { card: PublicityCard; flag?: string; onOpen: () => void }) {
  return (
    <Cell
      align="center"
      clickable
      onClick={onOpen}
      title={
        <View className="publicity-row" data-testid="publicity-row">
          <View className="publicity-row__line">
            <PublicityStatusTag status={card.status} />
            <Text className="publicity-row__meta">{PUBLICITY_KIND_LABELS[card.kind]}</Text>
            {flag ? (
              <Tag type="danger" plain>
                {flag}
              </Tag>
            ) : null}
          </View>
          <Text className="publicity-row__title">{card.title}</Text>
          <Text className="publicity-row__meta">
            {card.unitName} · {periodText(card)}
          </Text>
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
