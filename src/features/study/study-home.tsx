import { useRef, type ReactNode } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { EmptyView } from '@/components/state-views';
import { useCall } from '@/lib/use-call';
import { ContentCard } from './content-card';
import { homeSections } from './home-sections';
import { PathEntry } from '@/features/study-path/path-entry';
import { currentPlan, PlanHero } from './plan-hero';
import { StudyEntries } from './study-entries';

export function SectionHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <View className="study-section">
      <Text className="study-section__title">{title}</Text>
      {extra}
    </View>
  );
}

/** The 推荐 tab: my plan, the ways into my study, then 继续学习 / 为您推荐 / 最新 with no item twice. */
export function StudyHome({ onBrowse }: { onBrowse: () => void }) {
  const home = useCall('study.home', {});
  const plans = useCall('study.plans', {});
  // Coming back from the reader: the plan, the minutes and the states have moved on.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) {
      home.reload();
      plans.reload();
    }
    shown.current = true;
  });
  const plan = plans.state.status === 'ready' ? currentPlan(plans.state.data.items) : null;
  const nextInPlan = plan?.items.find((item) => !item.completed)?.contentId;
  return (
    <CallView state={home.state} onRetry={home.reload} loadingLabel="正在准备学习内容…">
      {(data) => {
        const sections = homeSections({
          resume: data.resume,
          shownElsewhere: nextInPlan ? [nextInPlan] : [],
          recommended: data.recommended,
          latest: data.latest,
        });
        return (
          <View>
            {plan ? <PlanHero plan={plan} /> : null}
            <StudyEntries />
            <PathEntry />
            <View className="study-today">
              <Text>今日学习 {data.stats.todayMinutes} 分钟</Text>
              <Text>近 7 天 {data.stats.weekMinutes} 分钟</Text>
              <Text>连续 {data.stats.streakDays} 天</Text>
            </View>
            {sections.resume ? (
              <View>
                <SectionHeader title="继续学习" />
                <ContentCard content={sections.resume} />
              </View>
            ) : null}
            <SectionHeader title="为您推荐" />
            {sections.recommended.length === 0 ? (
              <EmptyView message="暂时没有更多推荐。" action={{ label: '按栏目浏览', onClick: onBrowse }} />
            ) : null}
            {sections.recommended.map((item) => (
              <ContentCard key={item.contentId} content={item} note={item.reason} />
            ))}
            {sections.latest.length ? (
              <View>
                <SectionHeader title="最新发布" />
                {sections.latest.map((item) => (
                  <ContentCard key={item.contentId} content={item} />
                ))}
              </View>
            ) : null}
          </View>
        );
      }}
    </CallView>
  );
}
