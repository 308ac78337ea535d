import { View } from '@tarojs/components';
import { CellGroup } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { EmptyView } from '@/components/state-views';
import { useCall } from '@/lib/use-call';
import { BoardRow } from './board-rows';

/** A competition's units, each scored per member (average × participation). */
export function UnitRanking({ quizId }: { quizId: string }) {
  const { state, reload } = useCall('quiz.unitBoard', { quizId }, quizId);
  return (
    <CallView state={state} onRetry={reload}>
      {({ units }) =>
        units.length === 0 ? (
          <EmptyView message="还没有单位参赛。" />
        ) : (
          <View>
            <View className="notice">单位成绩 = 参赛党员平均分 × 参与率，人多的单位不占便宜。</View>
            <CellGroup>
              {units.map((u) => (
                <BoardRow
                  key={u.unitId}
                  row={{
                    rank: u.rank,
                    name: u.unitName,
                    detail: `平均 ${u.averagePercent}% · 参与 ${u.participants}/${u.members} 人`,
                    value: `${u.index} 分`,
                  }}
                />
              ))}
            </CellGroup>
          </View>
        )
      }
    </CallView>
  );
}
