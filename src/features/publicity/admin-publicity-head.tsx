import { Text, View } from '@tarojs/components';
import { NoticeBar, Tag } from '@nutui/nutui-react-taro';
import { PUBLICITY_KIND_LABELS } from '@contract/publicity-labels';
import type { AdminObjectionsOutput, AdminPublicityDetail } from '@contract/schemas/publicity';
import { dateTimeText, dateText } from '@/lib/format';
import { PublicityStatusTag } from './publicity-status-tag';

/** The item's head for its admins: status, period, objection counts, and the closing record once closed. */
export function AdminPublicityHead({
  item,
  closing,
}: {
  item: AdminPublicityDetail;
  closing: AdminObjectionsOutput['closing'];
}) {
  return (
    <View>
      {item.status === 'withdrawn' ? (
        <NoticeBar content={`已撤回，党员不再能看到。原因：${item.withdrawReason ?? ''}`} wrap />
      ) : null}
      {closing ? (
        <NoticeBar
          content={`${dateText(closing.closedAt)} 公示期满自动结束：共收到异议 ${closing.objectionCount} 条，结束时已处理 ${closing.handledCount} 条。`}
          wrap
        />
      ) : null}
      <View className="card publicity-reader__head">
        <View className="publicity-row__line">
          <PublicityStatusTag status={item.status} />
          <Tag type="primary" plain>
            {PUBLICITY_KIND_LABELS[item.kind]}
          </Tag>
        </View>
        <Text className="publicity-reader__title">{item.title}</Text>
        <Text className="publicity-reader__period">
          {item.unitName} · {dateTimeText(item.startsAt)} 至 {dateTimeText(item.endsAt)}
        </Text>
        <View className="publicity-counts">
          <View className="publicity-counts__item">
            <Text className="publicity-counts__number">{item.objectionCount}</Text>
            <Text className="publicity-counts__label">收到异议</Text>
          </View>
          <View className="publicity-counts__item">
            <Text className="publicity-counts__number">{item.pendingCount}</Text>
            <Text className="publicity-counts__label">待处理</Text>
          </View>
        </View>
      </View>
    </View>
  );
}
