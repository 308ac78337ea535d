import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import type { ForumTopicSummary } from '@contract/schemas/forum';
import type { z } from 'zod';
import { agoText } from '@/lib/format';

type Topic = z.output<typeof ForumTopicSummary>;

/** A topic on the board: its marks (置顶, 已关闭), title, first line, who and when, and what is new for me. */
export function TopicRow({ topic, onOpen }: { topic: Topic; onOpen: () => void }) {
  const fresh = topic.unreadCount > 0 ? `${topic.unreadCount} 条新回复` : topic.unread ? '新话题' : null;
  return (
    <Cell clickable onClick={onOpen}>
      <View className="forum-topic" data-testid="forum-topic">
        <View className="forum-topic__line">
          {topic.pinned ? <Tag type="danger">置顶</Tag> : null}
          {topic.closed ? <Tag type="default">已关闭</Tag> : null}
          {topic.hidden ? <Tag type="warning">已隐藏</Tag> : null}
          <Text className="forum-topic__title">{topic.title}</Text>
        </View>
        <Text className="forum-topic__excerpt">{topic.excerpt}</Text>
        <View className="forum-topic__line">
          <Text className="forum-meta forum-topic__meta">
            {topic.authorName} · {agoText(topic.lastPostAt)} · 回复 {topic.replyCount}
            {topic.imageCount ? ` · ${topic.imageCount} 张图片` : ''}
          </Text>
          {fresh ? <Text className="forum-topic__unread">{fresh}</Text> : null}
        </View>
      </View>
    </Cell>
  );
}
