import { useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { rankText, secondsText } from '@/features/quiz/format';
import { call } from '@/lib/api-client';
import { copyText } from '@/lib/platform/wechat-extras';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';
import '@/features/study/study.scss';

/** Individual ranking with my rank; for competitions the unit ranking and a result poster to share. */
export default function BoardPage() {
  const board = useRouter().params.board ?? 'challenge';
  const [view, setView] = useState<'people' | 'units' | 'poster'>('people');
  const head = useCall('quiz.leaderboard', { board, limit: 1 }, board);
  const paged = usePagedCall((skip) => call('quiz.leaderboard', { board, skip, limit: 50 }), board);
  const data = head.state.status === 'ready' ? head.state.data : null;
  const unit = board === 'challenge' ? '题' : '分';
  useShareAppMessage(() => ({
    title: data?.mine?.rank
      ? `我在「${data.title}」中排名第 ${data.mine.rank}，得 ${data.mine.score} ${unit}`
      : (data?.title ?? '答题排行榜'),
    path: `/packages/quiz/pages/board/index?board=${board}`,
  }));
  const copy = () =>
    void copyText(
      data?.mine?.rank ? `我在「${data.title}」中排名第 ${data.mine.rank}，得 ${data.mine.score} ${unit}！` : '',
    );
  return (
    <PageShell>
      {data ? <View className="title">{data.title}</View> : null}
      {data?.mine ? (
        <View className="card">
          <View className="row">
            <Text>我的排名：{rankText(data.mine.rank)}</Text>
            <Text className="figures__value">
              {data.mine.score} {unit}
            </Text>
          </View>
        </View>
      ) : null}
      <View className="tabs">
        <Text
          className={view === 'people' ? 'tabs__item tabs__item--on' : 'tabs__item'}
          onClick={() => setView('people')}
        >
          个人排名
        </Text>
        {data?.competition ? (
          <Text
            className={view === 'units' ? 'tabs__item tabs__item--on' : 'tabs__item'}
            onClick={() => setView('units')}
          >
            单位排名
          </Text>
        ) : null}
        {data?.mine?.rank ? (
          <Text
            className={view === 'poster' ? 'tabs__item tabs__item--on' : 'tabs__item'}
            onClick={() => setView('poster')}
          >
            成绩海报
          </Text>
        ) : null}
      </View>
      {view === 'people' ? (
        <View>
          <PagedList paged={paged} empty="还没有人上榜。">
            {(row, index) => (
              <View key={index} className="card">
                <View className="row">
                  <Text>
                    {rankText(row.rank)} {row.name} <Text className="muted">{row.unitName}</Text>
                  </Text>
                  <Text>
                    {row.score} {unit} · {secondsText(row.seconds)}
                  </Text>
                </View>
              </View>
            )}
          </PagedList>
        </View>
      ) : null}
      {view === 'units' ? <UnitRanking quizId={board} /> : null}
      {view === 'poster' && data?.mine ? (
        <View>
          <View className="poster">
            <View className="poster__title">{data.title}</View>
            <View className="poster__score">
              {data.mine.score} {unit}
            </View>
            <View>
              全体{rankText(data.mine.rank)} · 用时 {secondsText(data.mine.seconds)}
            </View>
            <View className="muted">智慧党建 · 学习强党性</View>
          </View>
          <Button className="button" openType="share">
            分享给群聊
          </Button>
          <Button className="button button--plain" onClick={copy}>
            复制成绩
          </Button>
        </View>
      ) : null}
    </PageShell>
  );
}

/** A competition's units, each scored per member (average × participation). */
function UnitRanking({ quizId }: { quizId: string }) {
  const { state, reload } = useCall('quiz.unitBoard', { quizId }, quizId);
  return (
    <CallView state={state} onRetry={reload}>
      {({ units }) => (
        <View>
          <View className="muted">单位成绩 = 参赛党员平均分 × 参与率，人多的单位不占便宜。</View>
          {units.map((u) => (
            <View key={u.unitId} className="card">
              <View className="row">
                <Text className="study-card__title">
                  {rankText(u.rank)} {u.unitName}
                </Text>
                <Text className="figures__value">{u.index}</Text>
              </View>
              <View className="muted">
                平均 {u.averagePercent} 分 · 参与 {u.participants}/{u.members} 人（{u.participationPercent}%）
              </View>
            </View>
          ))}
        </View>
      )}
    </CallView>
  );
}
