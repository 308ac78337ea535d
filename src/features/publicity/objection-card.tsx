import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import type { AdminObjection } from '@contract/schemas/publicity';
import { whenText } from '@/lib/format';

/** One objection as the unit's admins see it: who, what, how to reach them, and its handling. */
export function ObjectionCard({ objection, onHandle }: { objection: AdminObjection; onHandle: () => void }) {
  return (
    <Cell
      title={
        <View className="publicity-objection" data-testid="objection-card">
          <View className="publicity-row__line">
            {objection.handled ? <Tag plain>已处理</Tag> : <Tag type="danger">待处理</Tag>}
            <Text className="publicity-row__title">{objection.memberName}</Text>
            <Text className="publicity-row__meta">{objection.memberUnitName}</Text>
          </View>
          <Text className="publicity-objection__text">{objection.text}</Text>
          <Text className="publicity-row__meta">
            {whenText(objection.createdAt)} 提交
            {objection.phoneMasked ? ` · 留有电话 ${objection.phoneMasked}` : ' · 未留电话'}
          </Text>
          {objection.handled && objection.note ? (
            <Text className="publicity-objection__note">
              处理情况：{objection.note}
              {objection.handledAt ? `（${whenText(objection.handledAt)}）` : ''}
            </Text>
          ) : null}
          {objection.handled ? null : (
            <View className="publicity-objection__actions">
              <Button size="small" type="primary" onClick={onHandle}>
                标记已处理
              </Button>
            </View>
          )}
        </View>
      }
    />
  );
}
