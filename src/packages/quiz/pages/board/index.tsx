import { useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CellGroup, Tabs } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { BoardRow } from '@/features/quiz/board/board-rows';
import { MyRank } from '@/features/quiz/board/my-rank';
import { ScorePoster } from '@/features/quiz/board/score-poster';
import { UnitRanking } from '@/features/quiz/board/unit-ranking';
import { rankText, secondsText } from '@/features/quiz/format';
import { call } from '@/lib/api-client';
import { openPage, pageUrl } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';

/** Individual ranking with my rank pinned; for competitions the unit ranking; a result poster to share. */
export default function BoardPage() {
  const board = useRouter().params.board ?? 'challenge';
  const [view, setView] = useState('people');
  const head = useCall('quiz.leaderboard', { board, limit: 1 }, board);
  const paged = usePagedCall((skip) => call('quiz.leaderboard', { board, skip, limit: 50 }), board);
  const data = head.state.status === 'ready' ? head.state.data : null;
  const unit = board === 'challenge' ? '题' : '分';
  useShareAppMessage(() => ({
    title: data?.mine?.rank
      ? `我在「${data.title}」中${rankText(data.mine.rank)}，得 ${data.mine.score} ${unit}`
      : (data?.title ?? '答题排行榜'),
    path: pageUrl('quizBoard', { board }),
  }));
  const challenge = board === 'challenge';
  const people = (
    <PagedList paged={paged} empty="还没有人上榜，做第一个上榜的人吧。">
      {(row, index) => (
        <BoardRow
          key={index}
          row={{
            rank: row.rank,
            name: row.name,
            detail: row.unitName,
            value: `${row.score} ${unit} · ${secondsText(row.seconds)}`,
          }}
        />
      )}
    </PagedList>
  );
  // An empty list shows its own card; rows sit together in one group.
  const peopleList = paged.items.length > 0 ? <CellGroup>{people}</CellGroup> : people;
  const tabbed = Boolean(data?.competition || data?.mine?.rank);
  return (
    <PageShell>
      {data ? <View className="quiz-section">{data.title}</View> : null}
      {data ? (
        <MyRank
          mine={data.mine}
          unit={unit}
          rule={challenge ? '按连续答对的题数排名，题数相同时用时短的在前。' : '按得分排名，得分相同时用时短的在前。'}
          action={
            challenge
              ? { label: '开始挑战', onClick: () => openPage('quizChallenge') }
              : { label: '去答题', onClick: () => openPage('quiz') }
          }
        />
      ) : null}
      {tabbed ? (
        <Tabs value={view} onChange={(value) => setView(String(value))}>
          <Tabs.TabPane title="个人" value="people">
            {peopleList}
          </Tabs.TabPane>
          {data?.competition ? (
            <Tabs.TabPane title="单位" value="units">
              {view === 'units' ? <UnitRanking quizId={board} /> : null}
            </Tabs.TabPane>
          ) : null}
          {data?.mine?.rank ? (
            <Tabs.TabPane title="海报" value="poster">
              <ScorePoster title={data.title} mine={data.mine} unit={unit} />
            </Tabs.TabPane>
          ) : null}
        </Tabs>
      ) : (
        <>
          <View className="quiz-section">个人排行</View>
          {peopleList}
        </>
      )}
    </PageShell>
  );
}
