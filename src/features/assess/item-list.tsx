import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, Tag, TextArea } from '@nutui/nutui-react-taro';
import { ITEM_STATUS_LABELS } from '@contract/assessment-labels';
import type { AssessmentItem } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { EmptyView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { dateText } from '@/lib/format';

type Item = z.output<typeof AssessmentItem>;

const toast = (title: string, ok = true) => void Taro.showToast({ title, icon: ok ? 'success' : 'none' });
const STATUS_TAG = { pending: 'warning', approved: 'success', rejected: 'default' } as const;

/** Manual items, pending first: 通过 or 驳回 (with a reason) where the caller is the level that decides. */
export function ItemList({ items, onChanged }: { items: Item[]; onChanged: () => void }) {
  const [rejecting, setRejecting] = useState<Item | null>(null);
  const [reason, setReason] = useState('');
  const decide = async (item: Item, decision: 'approve' | 'reject', why = '') => {
    const result = await call('admin.assessmentItemDecide', { itemId: item.itemId, decision, reason: why });
    if (!result.ok) return toast(result.error.message, false);
    toast(decision === 'approve' ? '已通过' : '已驳回');
    setRejecting(null);
    setReason('');
    onChanged();
  };
  if (items.length === 0) return <EmptyView message="还没有加扣分记录。" hint="点上方「录入加扣分」为党员记一笔。" />;
  return (
    <View>
      {items.map((item) => (
        <View key={item.itemId} className="card" data-testid="assess-item">
          <View className="assess-line">
            <Text className="assess-line__label">
              {item.memberName} · {item.indicatorLabel}
            </Text>
            <Text className={`assess-line__value ${item.points < 0 ? 'assess-line__value--minus' : ''}`}>
              {item.points > 0 ? `+${item.points}` : item.points} 分
            </Text>
            <Tag className="assess-grade" type={STATUS_TAG[item.status]} plain>
              {ITEM_STATUS_LABELS[item.status]}
            </Tag>
          </View>
          <View className="assess-text">{item.evidence}</View>
          <Text className="assess-meta">
            {item.unitName} · {dateText(item.occurredAt)} · {item.enteredByName}录入
            {item.decidedByName ? ` · ${item.decidedByName}审核` : ''}
          </Text>
          {item.rejectReason ? <Text className="assess-meta">驳回原因：{item.rejectReason}</Text> : null}
          {item.status === 'pending' && !item.canManage ? (
            <View className="assess-meta" data-testid="assess-item-outranked">
              同级或上级管理员的加扣分，请由更上级的管理员审核
            </View>
          ) : null}
          {item.canDecide ? (
            <View className="assess-actions">
              <Button size="small" fill="outline" onClick={() => setRejecting(item)}>
                驳回
              </Button>
              <Button size="small" type="primary" onClick={() => void decide(item, 'approve')}>
                通过
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      <Dialog
        visible={rejecting !== null}
        title="驳回这条加扣分"
        confirmText="驳回"
        cancelText="取消"
        onConfirm={() => {
          if (rejecting) void decide(rejecting, 'reject', reason.trim());
        }}
        onCancel={() => setRejecting(null)}
      >
        <TextArea value={reason} maxLength={200} placeholder="请写明驳回原因，录入人会看到" onChange={setReason} />
      </Dialog>
    </View>
  );
}
