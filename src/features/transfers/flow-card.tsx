import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { FlowRegistration } from '@contract/schemas/transfers';
import type { z } from 'zod';
import { dateText, shortDateText } from '@/lib/format';

export type FlowItem = z.output<typeof FlowRegistration>;

/**
 * One 流动党员 registration: where the member is (or was), since when, and — once ended — the day, the reason
 * and who recorded it; earlier registrations stay listed under it. `actions` are the admin's buttons.
 */
export function FlowCard({ flow, showName, actions }: { flow: FlowItem; showName: boolean; actions?: ReactNode }) {
  return (
    <View className="transfer-card" data-testid="flow-card">
      <View className="transfer-card__line">
        <Text className="transfer-card__name">{showName ? flow.memberName : flow.place}</Text>
        <Tag type={flow.ended ? 'default' : 'warning'} plain>
          {flow.ended ? '已结束流动' : '流动中'}
        </Tag>
      </View>
      {showName ? <Text className="transfer-card__route">流动去向：{flow.place}</Text> : null}
      {showName ? <Text className="transfer-card__meta">{flow.unitName}</Text> : null}
      {flow.contactUnit ? <Text className="transfer-card__meta">联系党组织：{flow.contactUnit}</Text> : null}
      <Text className="transfer-card__meta">外出时间：{dateText(flow.since)}</Text>
      {flow.ended ? (
        <>
          <Text className="transfer-card__meta">结束时间：{dateText(flow.ended.on)}</Text>
          <Text className="transfer-card__text">
            结束原因：{flow.ended.reason}（{flow.ended.byName}办理）
          </Text>
        </>
      ) : flow.until !== null ? (
        <Text className="transfer-card__meta">预计返回：{dateText(flow.until)}</Text>
      ) : null}
      {flow.past.map((past) => (
        <Text key={`${past.since}-${past.ended.on}`} className="transfer-card__meta">
          此前流动：{past.place}（{shortDateText(past.since)}—{shortDateText(past.ended.on)}）
        </Text>
      ))}
      {actions}
    </View>
  );
}
