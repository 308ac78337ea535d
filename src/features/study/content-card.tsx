import { Image, Text, View } from '@tarojs/components';
import { CONTENT_CATEGORY_LABELS, CONTENT_KIND_LABELS } from '@contract/labels';
import type { ContentCard as Card } from '@contract/schemas/study';
import { absoluteUrl } from '@/lib/transport';
import { openContent } from './format';
import { ProgressBar } from './progress-bar';

/** One item in a list: title, kind and length, my progress; `note` adds a line (the reason it is recommended). */
export function ContentCard({ content, note }: { content: Card; note?: string }) {
  return (
    <View className="card study-card" onClick={() => openContent(content.contentId)}>
      <View className="study-card__main">
        <View className="study-card__text">
          <Text className="study-card__title">{content.title}</Text>
          <View className="muted">
            {CONTENT_KIND_LABELS[content.kind]} · {CONTENT_CATEGORY_LABELS[content.category]} · 约{' '}
            {content.estimatedMinutes} 分钟
          </View>
          {note ? <View className="study-card__note">{note}</View> : null}
        </View>
        {content.coverUrl ? (
          <Image className="study-card__cover" src={absoluteUrl(content.coverUrl)} mode="aspectFill" />
        ) : null}
      </View>
      <ProgressBar percent={content.percent} completed={content.completed} />
    </View>
  );
}
