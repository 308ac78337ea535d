import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { PagedList } from '@/components/paged-list';
import { call } from '@/lib/api-client';
import { countText } from '@/lib/format';
import { usePagedCall } from '@/lib/use-paged-call';

/** Members of the subtree by points, one line each: rank, name and unit, the points big and red. */
export function PointsRanking({ unitId }: { unitId: string }) {
  const paged = usePagedCall((skip) => call('admin.pointsRanking', { unitId, skip, limit: 50 }), unitId);
  return (
    <CellGroup>
      <PagedList paged={paged} empty="还没有人获得积分。党员学习、答题、参加活动后会在这里排名。">
        {(row) => (
          <Cell
            key={row.memberId}
            className="console-cell"
            title={
              <View className="console-cell__row">
                <Text className={row.rank <= 3 ? 'ranking__rank ranking__rank--top' : 'ranking__rank'}>{row.rank}</Text>
                <View className="console-cell__text">
                  <Text className="console-cell__title">{row.name}</Text>
                  <Text className="console-cell__meta">{row.unitName}</Text>
                </View>
              </View>
            }
            extra={<Text className="ranking__points">{countText(row.points)} 分</Text>}
          />
        )}
      </PagedList>
    </CellGroup>
  );
}
