import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { ROLE_LABELS, STAGE_LABELS } from '@contract/labels';
import type { MemberCard } from '@contract/schemas/members';
import { partyYearsText } from '@/lib/format';
import './member-card-view.scss';

/** The head of 我的: who I am in the Party, as my branch records it. */
export function MemberCardView({ card, now = Date.now() }: { card: MemberCard; now?: number }) {
  const unitLine = [...card.unitPath.slice(-1), card.unitName].join(' · ');
  const facts = [card.position, card.joinedAt === null ? null : partyYearsText(card.joinedAt, now)].filter(
    (fact): fact is string => Boolean(fact),
  );
  return (
    <View className="member-card" data-testid="member-card">
      <View className="member-card__head">
        <Text className="member-card__name">{card.name}</Text>
        <Tag className="member-card__stage" background="#FFFFFF" color="#C8161D">
          {STAGE_LABELS[card.stage]}
        </Tag>
        {card.role !== 'member' ? (
          <Tag className="member-card__role" background="rgba(255,255,255,0.2)" color="#FFFFFF">
            {ROLE_LABELS[card.role]}
          </Tag>
        ) : null}
      </View>
      <Text className="member-card__unit">{unitLine}</Text>
      {facts.length ? <Text className="member-card__facts">{facts.join(' · ')}</Text> : null}
    </View>
  );
}
