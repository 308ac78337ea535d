import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import type { ContentCard as Card } from '@contract/schemas/study';
import { openPage } from '@/lib/pages';
import { ContentCover } from './content-cover';
import { KIND_TAG } from './kind-tag';
import { StudyState } from './study-state';

/** One item in a list: cover, title, kind and minutes, where I am; `note` says why it is here (推荐理由, 计划). */
export function ContentCard({ content, note }: { content: Card; note?: string }) {
  return (
    <View
      className="study-item"
      data-testid="content-card"
      aria-label={content.title}
      onClick={() => openPage('studyDetail', { contentId: content.contentId })}
    >
      <ContentCover coverUrl={content.coverUrl} kind={content.kind} />
      <View className="study-item__text">
        <Text className="study-item__title">{content.title}</Text>
        {note ? <Text className="study-item__note">{note}</Text> : null}
        <View className="study-item__meta">
          <Tag {...KIND_TAG[content.kind]}>{CONTENT_KIND_LABELS[content.kind]}</Tag>
          <Text className="study-item__minutes">{content.estimatedMinutes} 分钟</Text>
          <View className="study-item__state">
            <StudyState percent={content.percent} completed={content.completed} />
          </View>
        </View>
      </View>
    </View>
  );
}
