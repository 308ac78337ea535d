import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { PointsRules } from '@/features/study/points-rules';
import { SectionHeader } from '@/features/study/study-home';
import { call } from '@/lib/api-client';
import { countText, whenText } from '@/lib/format';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study-screens.scss';

/** My balance, how points are earned, and every award with its reason. */
export default function MyPointsPage() {
  const summary = useCall('points.mine', { limit: 1 });
  const paged = usePagedCall((skip) => call('points.mine', { skip, limit: 20 }), '');
  const balance = summary.state.status === 'ready' ? summary.state.data.balance : null;
  return (
    <PageShell>
      <View className="points-total" data-testid="points-total">
        <Text className="points-total__label">当前积分</Text>
        <Text className="points-total__value">{balance === null ? '—' : countText(balance)}</Text>
      </View>
      <SectionHeader title="积分规则" />
      <PointsRules />
      <SectionHeader title="积分明细" />
      <PagedList paged={paged} empty="还没有积分，学完一篇文章就能获得。">
        {(item, index) => (
          <Cell
            key={`${item.at}-${index}`}
            className="points-row"
            align="center"
            title={<Text className="points-row__reason">{item.reason}</Text>}
            description={whenText(item.at)}
            extra={<Text className="points-row__value">+{item.points}</Text>}
          />
        )}
      </PagedList>
    </PageShell>
  );
}
