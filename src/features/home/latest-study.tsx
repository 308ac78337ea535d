import { Image, Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { CONTENT_CATEGORY_LABELS, CONTENT_KIND_LABELS } from '@contract/labels';
import type { ContentCard } from '@contract/schemas/study';
import { SectionHeader } from '@/components/section-header';
import { openPage } from '@/lib/pages';

/** 最新学习: the newest items with their covers (a red block naming the category when there is none). */
export function LatestStudy({ items, elder }: { items: ContentCard[]; elder: boolean }) {
  if (items.length === 0) return null;
  return (
    <View data-testid="latest-study">
      <SectionHeader title="最新学习" action={{ onClick: () => openPage('study') }} />
      <View className="card latest">
        {items.slice(0, elder ? 2 : 4).map((item) => (
          <View
            key={item.contentId}
            className="latest__item"
            role="link"
            onClick={() => openPage('studyDetail', { contentId: item.contentId })}
          >
            {item.coverUrl ? (
              <Image className="latest__cover" src={item.coverUrl} mode="aspectFill" />
            ) : (
              <View className="latest__cover latest__cover--plain">
                <Text>{CONTENT_CATEGORY_LABELS[item.category]}</Text>
              </View>
            )}
            <View className="latest__text">
              <Text className="latest__title">{item.title}</Text>
              <View className="latest__meta">
                <Tag type={item.kind === 'article' ? 'default' : 'warning'} plain>
                  {CONTENT_KIND_LABELS[item.kind]}
                </Tag>
                <Text>
                  {CONTENT_CATEGORY_LABELS[item.category]} · {item.estimatedMinutes} 分钟
                </Text>
              </View>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
