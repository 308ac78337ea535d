import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { SectionHeader } from '@/features/study/study-home';
import { PathSuggestions } from '@/features/study-path/path-suggestions';
import { ReviewSet, WeakTags } from '@/features/study-path/review-set';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/study/study-screens.scss';
import '@/features/study-path/study-path.scss';

/** 学习路径: what to study next and why, the tags I miss most, and today's review of wrong answers. */
export default function StudyPathPage() {
  const path = useCall('study.path', {});
  const dismiss = async (contentId: string) => {
    const result = await call('study.pathDismiss', { contentId });
    if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
    void Taro.showToast({ title: '以后不再推荐', icon: 'none' });
    path.reload();
  };
  return (
    <PageShell>
      <CallView state={path.state} onRetry={path.reload} loadingLabel="正在为您安排学习…">
        {(data) => (
          <View>
            <SectionHeader title="下一步学什么" />
            {data.phrasedByModel ? (
              <Text className="path-model-note">推荐理由由大模型润色，推荐内容都来自本单位学习资料。</Text>
            ) : null}
            {data.suggestions.length ? (
              <PathSuggestions suggestions={data.suggestions} onDismiss={(s) => void dismiss(s.contentId)} />
            ) : (
              <EmptyView
                message="暂时没有新的推荐，资料都学过了。"
                action={{ label: '去学习资料库', onClick: () => openPage('study') }}
              />
            )}
            <WeakTags tags={data.weakTags} />
            <SectionHeader title="今日复习" />
            <ReviewSet review={data.review} />
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
