import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { AdminNoticeCard } from '@contract/schemas/notices';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** A published notice in the admin's list: its state tags, title, and how many have read (and confirmed). */
export function AdminNoticeRow({ notice, onOpen }: { notice: AdminNoticeCard; onOpen: () => void }) {
  const expired = notice.expiresAt !== null && notice.expiresAt <= Date.now();
  return (
    <Cell
      align="center"
      onClick={onOpen}
      title={
        <View className="notice-row" data-testid="admin-notice-row">
          <View className="notice-row__line">
            {notice.withdrawn ? <Tag plain>已撤回</Tag> : expired ? <Tag plain>已到期</Tag> : null}
            {notice.mustRead ? <Tag type="danger">必读</Tag> : null}
            {notice.pinned ? (
              <Tag type="primary" plain>
                置顶
              </Tag>
            ) : null}
            <Text className="notice-row__title">{notice.title}</Text>
          </View>
          <Text className="notice-manage__row-meta">
            {notice.unitName} · {whenText(notice.publishedAt)} · 已读 {notice.readCount}/{notice.audienceCount}
            {notice.mustRead ? ` · 已确认 ${notice.confirmedCount}` : ''}
          </Text>
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
