import { Image, Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { dateText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/assess/assess.scss';

/** 先锋模范: the stories of exemplary members addressed to my organisation; open one to read it. */
export default function ShowcasePage() {
  const stories = useCall('showcase.list', {});
  return (
    <PageShell>
      <CallView state={stories.state} onRetry={stories.reload}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyView
              message="还没有先锋模范故事。"
              hint="组织发布带「先锋模范」标签的图文后会显示在这里。"
              action={{ label: '去学习', onClick: () => openPage('study') }}
            />
          ) : (
            <View>
              {data.items.map((story) => (
                <View
                  key={story.contentId}
                  className="card"
                  role="link"
                  data-testid="showcase-story"
                  onClick={() => openPage('studyDetail', { contentId: story.contentId })}
                >
                  {story.coverUrl ? (
                    <Image className="assess-story__cover" src={story.coverUrl} mode="aspectFill" />
                  ) : null}
                  <Text className="assess-line__label">{story.title}</Text>
                  <View className="assess-text">{story.summary}</View>
                  <Text className="assess-meta">
                    {story.unitName} · {dateText(story.publishAt)}
                  </Text>
                </View>
              ))}
            </View>
          )
        }
      </CallView>
    </PageShell>
  );
}
