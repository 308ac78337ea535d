import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import type { MemberReceipt } from '@contract/schemas/notices';
import { whenText } from '@/lib/format';

/** One addressee: name and unit, and 未读 / 已读 / 已确认 with when. */
export function ReceiptRow({ receipt }: { receipt: MemberReceipt }) {
  const state = receipt.confirmedAt
    ? { text: '已确认', type: 'success' as const, at: receipt.confirmedAt }
    : receipt.readAt
      ? { text: '已读', type: 'primary' as const, at: receipt.readAt }
      : { text: '未读', type: 'danger' as const, at: null };
  return (
    <Cell
      align="center"
      title={
        <View className="notice-row" data-testid="receipt-row">
          <Text className="notice-row__title">{receipt.name}</Text>
          <Text className="notice-row__meta">
            {receipt.unitName}
            {state.at ? ` · ${whenText(state.at)}` : ''}
            {receipt.remindedRound ? ` · 已提醒 ${receipt.remindedRound} 次` : ''}
          </Text>
        </View>
      }
      extra={
        <Tag type={state.type} plain={state.type !== 'danger'}>
          {state.text}
        </Tag>
      }
    />
  );
}
