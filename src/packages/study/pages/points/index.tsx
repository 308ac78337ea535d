import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { dateText } from '@/features/study/format';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

/** My balance and every award with its reason. */
export default function MyPointsPage() {
  const balance = useCall('points.mine', { limit: 1 });
  const paged = usePagedCall((skip) => call('points.mine', { skip, limit: 20 }), '');
  return (
    <PageShell>
      <View className="card figures">
        <View>
          <Text className="figures__value points__balance">
            {balance.state.status === 'ready' ? balance.state.data.balance : '—'}
          </Text>
          <Text className="muted">当前积分</Text>
        </View>
      </View>
      <View className="section-title">积分明细</View>
      <PagedList paged={paged} empty="还没有积分，去学习一篇文章吧。">
        {(item, index) => (
          <View key={`${item.at}-${index}`} className="card">
            <View className="row">
              <View>
                <Text>{item.reason}</Text>
                <View className="muted">{dateText(item.at)}</View>
              </View>
              <Text className="figures__value">+{item.points}</Text>
            </View>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
