import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { NoticeCard } from '@contract/schemas/notices';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/**
 * A notice in a member's list: 未读 / 必读 / 置顶 tags, the title, who sent it and when; a must-read deadline
 * takes its own line so the larger type of 长辈模式 never pushes it out of sight.
 */
export function NoticeRow({ notice, onOpen }: { notice: NoticeCard; onOpen: () => void }) {
  const pending = notice.mustRead && !notice.confirmed;
  return (
    <Cell
      align="center"
      onClick={onOpen}
      title={
        <View className="notice-row" data-testid="notice-row">
          <View className="notice-row__line">
            {notice.read ? null : <Tag type="danger">未读</Tag>}
            {pending ? (
              <Tag type="warning" plain>
                必读
              </Tag>
            ) : null}
            {notice.pinned ? (
              <Tag type="primary" plain>
                置顶
              </Tag>
            ) : null}
            <Text className={notice.read ? 'notice-row__title notice-row__title--read' : 'notice-row__title'}>
              {notice.title}
            </Text>
          </View>
          <Text className="notice-row__meta">
            {notice.unitName} · {whenText(notice.publishedAt)}
            {notice.edited ? ' · 已编辑' : ''}
            {notice.attachmentCount ? ` · 附件 ${notice.attachmentCount}` : ''}
          </Text>
          {pending && notice.deadline ? (
            <Text className="notice-row__deadline">请于 {whenText(notice.deadline)} 前确认</Text>
          ) : null}
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
