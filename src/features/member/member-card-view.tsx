import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { ROLE_LABELS, STAGE_LABELS } from '@contract/labels';
import type { MemberCard } from '@contract/schemas/members';

export function MemberCardView({ card }: { card: MemberCard }) {
  const rows: Array<[string, string]> = [
    ['所在支部', card.unitName],
    ['上级组织', card.unitPath.join(' / ') || '—'],
    ['党内职务', card.position ?? '—'],
    ['身份', ROLE_LABELS[card.role]],
    ['发展阶段', STAGE_LABELS[card.stage]],
    ['本阶段起始', dayjs(card.stageSince).format('YYYY年M月D日')],
    ['入党时间', card.joinedAt === null ? '—' : dayjs(card.joinedAt).format('YYYY年M月D日')],
  ];
  return (
    <View className="card member-card" data-testid="member-card">
      <View className="member-card__header">
        <Text className="member-card__name">{card.name}</Text>
        <Text className="member-card__badge">{STAGE_LABELS[card.stage]}</Text>
      </View>
      {rows.map(([label, value]) => (
        <View className="member-card__row" key={label}>
          <Text className="member-card__label">{label}</Text>
          <Text className="member-card__value">{value}</Text>
        </View>
      ))}
    </View>
  );
}
