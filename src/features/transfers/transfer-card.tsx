import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { dateText } from '@/lib/format';
import { transferStatusText, transferTagType, type TransferItem } from './transfer-status';

/** One transfer: who, from where to where, the letter and its dates, the status chip, and its actions. */
export function TransferCard({ transfer, children }: { transfer: TransferItem; children?: ReactNode }) {
  return (
    <Cell className="transfer-cell">
      <View className="transfer-card" data-testid="transfer-card">
        <View className="transfer-card__line">
          <Text className="transfer-card__name">{transfer.memberName}</Text>
          <Tag type={transferTagType(transfer)}>{transferStatusText(transfer)}</Tag>
        </View>
        <Text className="transfer-card__route">
          {transfer.fromUnitName} → {transfer.toName}
          {transfer.outside ? '（系统外）' : ''}
        </Text>
        <Text className="transfer-card__meta">介绍信 {transfer.letterNo}</Text>
        <Text className="transfer-card__meta">有效期至 {dateText(transfer.validUntil)}</Text>
        <Text className="transfer-card__meta">发起于 {dateText(transfer.createdAt)}</Text>
        <Text className="transfer-card__meta">原因：{transfer.reason}</Text>
        {transfer.outside && transfer.status === 'started' && transfer.receiptDueAt !== null ? (
          <Text className={transfer.overdue ? 'transfer-card__alert' : 'transfer-card__meta'}>
            回执应于 {dateText(transfer.receiptDueAt)} 前收回{transfer.overdue ? '，已逾期，请联系对方党组织' : ''}
          </Text>
        ) : null}
        {transfer.receiptAt !== null ? (
          <Text className="transfer-card__meta">回执收到于 {dateText(transfer.receiptAt)}</Text>
        ) : null}
        {transfer.returnReason ? <Text className="transfer-card__alert">退回原因：{transfer.returnReason}</Text> : null}
        {children}
      </View>
    </Cell>
  );
}
