import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import { DUES_CATEGORY_LABELS, DUES_PAY_METHOD_LABELS } from '@contract/dues-brackets';
import { shortDateText } from '@/lib/format';
import { MEMBER_STATE_LABELS, MEMBER_STATE_TAGS, type DuesMemberRowData } from './labels';
import { yuanText } from './money';

function metaText(row: DuesMemberRowData): string {
  if (row.state === 'no_profile') return '尚未设定党费基数';
  const category = row.category ? DUES_CATEGORY_LABELS[row.category] : '';
  if (row.state === 'paid' && row.paidAt !== null && row.method)
    return `${category} · ${DUES_PAY_METHOD_LABELS[row.method]} · ${shortDateText(row.paidAt)}`;
  return category;
}

/** One member in the console's month: what they owe, how they paid, and the two things to do about it. */
export function MemberDuesRow({
  row,
  onSetBase,
  onRecord,
}: {
  row: DuesMemberRowData;
  onSetBase: () => void;
  onRecord: () => void;
}) {
  return (
    <Cell className="dues-member-cell">
      <View className="dues-member" data-testid="dues-member">
        <View className="dues-row">
          <View className="dues-row__main">
            <Text className="dues-row__title">{row.name}</Text>
            <Text className="dues-row__meta">
              {metaText(row)}
              {row.reviewDue ? ' · 基数待年度核定' : ''}
            </Text>
          </View>
          {row.dueFen !== null ? <Text className="dues-row__amount">{yuanText(row.dueFen)} 元</Text> : null}
          <Tag type={MEMBER_STATE_TAGS[row.state]} plain={row.state === 'no_profile'}>
            {MEMBER_STATE_LABELS[row.state]}
          </Tag>
        </View>
        <View className="dues-row__actions">
          {row.state === 'arrears' ? (
            <Text className="dues-row__alert">
              欠缴 {row.unpaid.length} 个月 · {yuanText(row.unpaidFen)} 元
            </Text>
          ) : null}
          {row.canManage ? null : (
            <Text className="dues-row__meta" data-testid="dues-not-manageable">
              同级或上级管理员的党费由上级管理员办理
            </Text>
          )}
          {row.canManage ? (
            <Button size="small" fill="outline" onClick={onSetBase}>
              {row.state === 'no_profile' ? '设定基数' : '调整基数'}
            </Button>
          ) : null}
          {row.canManage && row.unpaid.length > 0 ? (
            <Button size="small" type="primary" onClick={onRecord}>
              记录缴费
            </Button>
          ) : null}
        </View>
      </View>
    </Cell>
  );
}
